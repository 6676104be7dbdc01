import { parseDigest } from '../../src/lib/checker/read-file.ts';
import type { BodyContext, BodyRule, Finding } from '../../src/lib/checker/rules/rule.ts';

/** A digest that tags no place and no actor, in a gazetteer and an actor list that find none. */
export const NO_PLACES: BodyContext = {
  findMentions: () => [],
  tagged: new Set(),
  placeNames: new Map(),
  findActors: () => [],
  taggedActors: new Set(),
  actorNames: new Map(),
};

/** Runs one body rule on a digest's Markdown, as the checker parses it. */
export function lint(rule: BodyRule, markdown: string, context: BodyContext = NO_PLACES): Finding[] {
  return rule(parseDigest(markdown), context);
}
