/** A digest with no text: headings alone are not a digest. */
import type { BodyRule } from './rule.ts';

const TEXT_BLOCKS = new Set(['paragraph', 'list', 'blockquote', 'table']);

/** A body of only headings (or nothing) is an error on the line after the frontmatter. */
export const hasText: BodyRule = (tree) => {
  if (tree.children.some((node) => TEXT_BLOCKS.has(node.type))) return [];
  return [
    {
      severity: 'error',
      message: 'The digest has no text.',
      fix: 'Below the closing "---", write the digest: the key facts in our own words, short attributed quotes, context.',
      line: (tree.children[0]?.position?.end.line ?? 1) + 1,
      column: 1,
    },
  ];
};
