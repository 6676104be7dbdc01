import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { isSafeUrl, remarkSafeMarkdown } from '../../src/plugins/remark-safe-markdown.ts';

function transform(markdown: string): Root {
  const processor = unified().use(remarkParse).use(remarkSafeMarkdown);
  return processor.runSync(processor.parse(markdown)) as Root;
}

function collect(tree: Root) {
  const html: string[] = [];
  const urls: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'html') html.push(node.value);
    if (node.type === 'link' || node.type === 'image') urls.push(node.url);
  });
  return { html, urls };
}

describe('remarkSafeMarkdown', () => {
  test.each([
    ['a script block', 'Before\n\n<script>alert(1)</script>\n\nAfter'],
    ['an inline event handler', 'Text <img src=x onerror="alert(1)"> more'],
    ['an iframe', '<iframe src="https://example.org"></iframe>'],
  ])('removes %s', (_, markdown) => {
    expect(collect(transform(markdown)).html).toEqual([]);
  });

  test('empties a javascript: link but keeps its text', () => {
    const tree = transform('[click](javascript:alert(1)) and [ok](https://example.org)');
    expect(collect(tree).urls).toEqual(['', 'https://example.org']);
  });

  test.each(['javascript:alert(1)', 'JAVASCRIPT:x', 'java\tscript:x', 'data:text/html,x', 'vbscript:x'])(
    'treats %j as unsafe',
    (url) => expect(isSafeUrl(url)).toBe(false),
  );

  test.each(['https://example.org', 'http://x.org/a', 'mailto:a@b.c', '/places/jolfa/', '#event-x', 'relative/page'])(
    'treats %j as safe',
    (url) => expect(isSafeUrl(url)).toBe(true),
  );
});
