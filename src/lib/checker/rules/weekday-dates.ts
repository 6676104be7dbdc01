/** A weekday beside a date that fell on another day: "on Tuesday 28 October 2020". */
import type { Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { weekdayMismatches } from '../../model/weekdays.ts';
import { WEEKDAY_FIX, weekdayMessage } from '../weekday-dates.ts';
import { offsetIn, type BodyRule, type Finding } from './rule.ts';

/** "on Tuesday 28 October" in a digest of 2020 is a warning at "Tuesday": it was a Wednesday. */
export const weekdayDates: BodyRule = (tree, { year }) => {
  const findings: Finding[] = [];
  visit(tree, 'text', (node: Text) => {
    for (const m of weekdayMismatches(node.value, year))
      findings.push({ severity: 'warning', message: weekdayMessage(m), fix: WEEKDAY_FIX, ...offsetIn(node, m.start) });
  });
  return findings;
};
