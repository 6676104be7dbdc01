/** Internal source numbers in the body: "as source 004 put it" tells a reader nothing. */
import type { Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { SOURCE_LABEL_FIX, sourceLabels } from '../../model/sourceLabels.ts';
import { offsetIn, type BodyRule, type Finding } from './rule.ts';

/** `Source 000 calls it Martuni.` is an error at "Source 000", once per label. */
export const noSourceNumbers: BodyRule = (tree) => {
  const findings: Finding[] = [];
  visit(tree, 'text', (node: Text) => {
    for (const label of sourceLabels(node.value))
      findings.push({
        severity: 'error',
        message: `"${label.text}" is our internal number for a source article, which readers cannot look up.`,
        fix: SOURCE_LABEL_FIX,
        ...offsetIn(node, label.start),
      });
  });
  return findings;
};
