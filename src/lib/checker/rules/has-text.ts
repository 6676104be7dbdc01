/** A digest with no text: headings alone are not a digest. */
import type { BodyRule } from './rule.ts';

const TEXT_BLOCKS = new Set(['paragraph', 'list', 'blockquote', 'table']);

/**
 * A body of only headings (or nothing) is an error on the line after the frontmatter, or on the
 * last line when the file ends there.
 */
export const hasText: BodyRule = (tree) => {
  if (tree.children.some((node) => TEXT_BLOCKS.has(node.type))) return [];
  return [
    {
      severity: 'error',
      message: 'The digest has no text.',
      fix: 'Below the closing "---", write the digest: the key facts in our own words, short attributed quotes, context.',
      line: Math.min((tree.children[0]?.position?.end.line ?? 0) + 1, tree.position?.end.line ?? 1),
      column: 1,
    },
  ];
};
