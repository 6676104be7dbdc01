/**
 * The render-side guarantee: a digest that got past the checker still renders no executable
 * markup. This renders through the Markdown processor configured in astro.config.mjs, so the
 * test fails if the guard plugin is ever dropped from the site's configuration.
 */
import { describe, expect, test } from 'vitest';
import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import config from '../../../astro.config.mjs';

async function render(markdown: string): Promise<string> {
  const processor = config.markdown?.processor;
  if (!processor) throw new Error('astro.config.mjs configures no Markdown processor.');
  const renderer = await processor.createRenderer(markdownConfigDefaults);
  return (await renderer.render(markdown)).code;
}

/** Everything in HTML that can run script or pull in another document (text may mention it). */
const EXECUTABLE = [
  /<script/i,
  /<iframe/i,
  /<object/i,
  /<embed/i,
  /<style/i,
  /<svg/i,
  /<[^>]*\son[a-z]+\s*=/i,
  /\s(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i,
];

describe('rendering a hostile digest', () => {
  test.each([
    ['a script block', 'Before.\n\n<script>alert(document.cookie)</script>\n\nAfter.'],
    ['an inline script', 'Troops moved <script>alert(1)</script> near Jolfa.'],
    ['an onerror attribute', 'A map: <img src="x" onerror="alert(1)">'],
    ['an onerror attribute in a block', '<img src=x onerror=alert(1)>\n\nText.'],
    ['a javascript: link', 'Read [the original](javascript:alert(1)).'],
    ['a javascript: link with a tab in its scheme', 'Read [the original](java\tscript:alert(1)).'],
    ['a javascript: autolink', 'See <javascript:alert(1)>.'],
    ['a javascript: reference link', 'See [the original][x].\n\n[x]: javascript:alert(1)'],
    ['a data: image', '![map](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['an iframe', '<iframe src="https://example.org/embed"></iframe>'],
    ['a script hidden behind a comment', '<!-- note --><script>alert(1)</script>'],
    ['an svg with an onload handler', '<svg onload="alert(1)"><circle r="1"/></svg>'],
  ])('renders %s without executable markup', async (_, markdown) => {
    const html = await render(markdown);
    for (const pattern of EXECUTABLE) expect(html).not.toMatch(pattern);
  });

  test('keeps the words of a neutralised link and the safe links', async () => {
    const html = await render('[the original](javascript:alert(1)) and [Dawn](https://www.dawn.com/news/1587070)');
    expect(html).toContain('the original');
    expect(html).toContain('href="https://www.dawn.com/news/1587070"');
  });
});
