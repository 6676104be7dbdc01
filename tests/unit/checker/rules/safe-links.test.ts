import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { safeLinks } from '../../../../src/lib/checker/rules/safe-links.ts';
import { remarkSafeMarkdown } from '../../../../src/markdown/safe.ts';
import { lint } from '../../../support/body-rules.ts';

const ADDRESSES = [
  'https://example.org/report',
  'http://example.org',
  'mailto:desk@example.org',
  '#event-x',
  '/places/jolfa/',
  '../about/',
  'javascript:alert(1)',
  'JAVASCRIPT:x',
  'data:text/html,hi',
  'vbscript:x',
];

/** True when the site's renderer empties the link's address. */
function renderedEmpty(url: string): boolean {
  const processor = unified().use(remarkParse).use(remarkSafeMarkdown);
  const tree = processor.runSync(processor.parse(`[x](${url})`)) as Root;
  let empty = false;
  visit(tree, 'link', (node) => {
    empty = node.url === '';
  });
  return empty;
}

describe('safeLinks', () => {
  test('reports a javascript: link where it starts, saying what the site does with it', () => {
    expect(lint(safeLinks, 'Troops [arrived](javascript:alert(1)).')).toEqual([
      {
        severity: 'error',
        message: 'The link address "javascript:alert(1)" is removed on the site: its words stay, but lead nowhere.',
        fix: 'Link to the page with its full https:// address (mailto: and addresses within this site are kept too).',
        line: 1,
        column: 8,
      },
    ]);
  });

  test('reports a reference definition to a data: URL', () => {
    expect(lint(safeLinks, 'See [x][d].\n\n[d]: data:text/html,hi').map((f) => f.line)).toEqual([3]);
  });

  test.each(ADDRESSES)('reports %j exactly when the renderer removes it', (url) => {
    expect(lint(safeLinks, `[x](${url})`).length > 0).toBe(renderedEmpty(url));
  });
});
