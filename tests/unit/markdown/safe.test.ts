import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { remarkSafeMarkdown } from '../../../src/markdown/safe.ts';
import { isSafeUrl } from '../../../src/markdown/safe-url.ts';

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
    if (node.type === 'imageReference') urls.push(node.identifier);
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

  test('replaces an image with its description, and drops one without', () => {
    const tree = transform(
      'Before ![Guards at the bridge](https://example.org/a.png) and ![](x.png) ![ref][r]\n\n[r]: y.png',
    );
    expect(collect(tree).urls).toEqual([]);
    expect(JSON.stringify(tree)).toContain('"value":"Guards at the bridge"');
    expect(JSON.stringify(tree)).toContain('"value":"ref"');
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
