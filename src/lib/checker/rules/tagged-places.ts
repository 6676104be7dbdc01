/** Places the text names but the frontmatter does not tag, so the entry would be missing from that place's page. */
import type { Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { offsetIn, type BodyRule, type Finding } from './rule.ts';

/** "Shelling near Jolfa." without `jolfa` in places is a warning, once per place per digest. */
export const taggedPlaces: BodyRule = (tree, { findMentions, tagged, placeNames }) => {
  const findings: Finding[] = [];
  const warned = new Set<string>();
  visit(tree, 'text', (node: Text) => {
    for (const { ids, start, end } of findMentions(node.value)) {
      if (ids.some((id) => tagged.has(id)) || warned.has(ids.join())) continue;
      warned.add(ids.join());
      const names = ids.map((id) => `${id} (${placeNames.get(id)})`).join(' or ');
      findings.push({
        severity: 'warning',
        message: `The text names "${node.value.slice(start, end)}", the place ${names}, but the article does not tag it.`,
        fix: `Add "${ids[0]}" to places, or to the places of the event that happened there.`,
        ...offsetIn(node, start),
      });
    }
  });
  return findings;
};
