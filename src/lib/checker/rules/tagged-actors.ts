/** People and organisations the text names but the frontmatter does not tag: the entry would miss their filter. */
import type { Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { offsetIn, type BodyRule, type Finding } from './rule.ts';

/** "Pakpour said …" without `mohammad-pakpour` in actors is a warning, once per actor per digest. */
export const taggedActors: BodyRule = (tree, { findActors, taggedActors: tagged, actorNames }) => {
  const findings: Finding[] = [];
  const warned = new Set<string>();
  visit(tree, 'text', (node: Text) => {
    for (const { ids, start, end } of findActors(node.value)) {
      if (ids.some((id) => tagged.has(id)) || warned.has(ids.join())) continue;
      warned.add(ids.join());
      const names = ids.map((id) => `${id} (${actorNames.get(id)})`).join(' or ');
      findings.push({
        severity: 'warning',
        message: `The text names "${node.value.slice(start, end)}", the actor ${names}, but the article does not tag it.`,
        fix: `Add "${ids[0]}" to actors, or to the actors (or claim.by, claim.deniedBy) of the event it took part in.`,
        ...offsetIn(node, start),
      });
    }
  });
  return findings;
};
