/**
 * Direction overrides and embeddings in a digest's body, in any text the page shows: prose, code,
 * link text, addresses and titles, and characters written as HTML references (`&#x202E;`), which
 * Markdown decodes into the character itself.
 */
import type { Text } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { findOverride, overrideFix, overrideMessage } from '../../model/direction-controls.ts';
import { offsetIn, startOf, type BodyRule, type Finding } from './rule.ts';

/** The texts of a node that reach the page: its value, an address, a title, an image's description. */
function textsOf(node: Node): string[] {
  const fields = node as { value?: unknown; url?: unknown; title?: unknown; alt?: unknown };
  return [fields.value, fields.url, fields.title, fields.alt].filter((v): v is string => typeof v === 'string');
}

/** `Troops \u202Eyad\u202C arrived` is an error at the override, once per node. */
export const noDirectionOverrides: BodyRule = (tree) => {
  const findings: Finding[] = [];
  visit(tree, (node: Node) => {
    // The frontmatter's fields are checked as fields, each at its own line.
    if (node.type === 'yaml') return;
    for (const text of textsOf(node)) {
      const found = findOverride(text);
      if (!found) continue;
      findings.push({
        severity: 'error',
        message: overrideMessage(found.char),
        fix: overrideFix(found.char),
        ...(node.type === 'text' ? offsetIn(node as Text, found.index) : startOf(node)),
      });
      return;
    }
  });
  return findings;
};
