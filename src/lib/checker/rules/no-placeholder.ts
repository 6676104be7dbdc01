/** The scaffold's placeholder left in the body, where the contributor was to write the digest. */
import type { Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { TODO } from '../../model/placeholder.ts';
import { offsetIn, type BodyRule, type Finding } from './rule.ts';

/** `TODO: the key facts…` is an error at the first "TODO" of each text. */
export const noPlaceholder: BodyRule = (tree) => {
  const findings: Finding[] = [];
  visit(tree, 'text', (node: Text) => {
    const at = node.value.indexOf(TODO);
    if (at === -1) return;
    findings.push({
      severity: 'error',
      message: 'The scaffold\'s placeholder "TODO" is still here.',
      fix: 'Replace it with the digest: the key facts in our own words, short attributed quotes, context.',
      ...offsetIn(node, at),
    });
  });
  return findings;
};
