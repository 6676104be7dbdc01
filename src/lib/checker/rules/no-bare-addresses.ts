/** Web addresses typed as text: GitHub's preview links them, the site does not (`markdown/syntax.ts`). */
import type { Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { offsetIn, type BodyRule, type Finding } from './rule.ts';

const BARE_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>()]*[^\s<>().,;:!?'"”’]/i;

/** `See www.example.org.` is a warning that suggests `[what the page is](https://www.example.org)`. */
export const noBareAddresses: BodyRule = (tree) => {
  const findings: Finding[] = [];
  visit(tree, 'text', (node: Text, _index, parent) => {
    // The words of a link may spell its address.
    if (parent?.type === 'link' || parent?.type === 'linkReference') return;
    const bare = BARE_ADDRESS.exec(node.value);
    if (!bare) return;
    findings.push({
      severity: 'warning',
      message: `The web address "${bare[0]}" is written bare: on the site it is plain text, not a link.`,
      fix: `Make it a link whose words say where it leads: [what the page is](${bare[0].startsWith('www.') ? 'https://' : ''}${bare[0]}).`,
      ...offsetIn(node, bare.index),
    });
  });
  return findings;
};
