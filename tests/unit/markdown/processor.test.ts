import { describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { digestMarkdown } from '../../../src/markdown/processor.ts';

/** Renders Markdown exactly as Astro does for a digest: through the configured processor. */
async function render(markdown: string) {
  const renderer = await digestMarkdown().createRenderer({});
  return renderer.render(markdown, { frontmatter: { headline: 'x' } });
}

describe('the digest Markdown processor', () => {
  test('renders CommonMark with heading ids for linking to a section', async () => {
    const { code, metadata } = await render('## What Iran said\n\nA *short* [report](https://example.org).');
    expect(code).toBe(
      '<h2 id="what-iran-said">What Iran said</h2>\n<p>A <em>short</em> <a href="https://example.org">report</a>.</p>',
    );
    expect(metadata.headings).toEqual([{ depth: 2, slug: 'what-iran-said', text: 'What Iran said' }]);
  });

  test('renders GitHub tables, strikethrough and footnotes, as a pull request preview shows them', async () => {
    const html = parse(
      (
        await render(
          '| Place | Country |\n| --- | --- |\n| Jolfa | Iran |\n\n~~Ardabil~~ Parsabad.[^1]\n\n[^1]: A correction.',
        )
      ).code,
    );
    expect(html.querySelector('table td')?.text).toBe('Jolfa');
    expect(html.querySelector('del')?.text).toBe('Ardabil');
    expect(html.querySelector('section[data-footnotes] li')?.text).toContain('A correction.');
  });

  test('does not link a bare web address (the checker asks for a written link)', async () => {
    expect((await render('See https://example.org/x today.')).code).toBe('<p>See https://example.org/x today.</p>');
  });

  test('drops raw HTML, script URLs and images: a digest makes no request and runs nothing', async () => {
    const { code } = await render(
      'Hello <b onmouseover="x()">bold</b> ' +
        '![Guards at the bridge](https://example.org/a.png) [x](javascript:alert(1))\n\n<script>alert(1)</script>\n\n<iframe src="https://example.org"></iframe>',
    );
    expect(code).toBe('<p>Hello bold Guards at the bridge <a href="">x</a></p>');
  });

  test('adds nothing to the stored frontmatter', async () => {
    expect((await render('Text.')).metadata.frontmatter).toEqual({});
  });
});
