/**
 * What the search index holds for each page, read from the fragments Pagefind wrote: its words
 * as the page shows them, each separate (a fact's label never runs into its value), and none of
 * the page furniture that scripts/lib/search-index.ts leaves out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { HTMLElement, Node } from 'node-html-parser';
import { NodeType } from 'node-html-parser';
import { DIST, files, page } from '../support/dist.ts';
import { fragments } from '../support/pagefind.ts';
import { indexedPages, NOT_INDEXED, pageDate } from '../../scripts/lib/search-index.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';

/** Elements a browser runs into their neighbours' text: everything else starts a new line or box. */
const INLINE = new Set(
  'a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var'.split(' '),
);

/** The page's text as a browser lays it out: blocks apart, inline elements within their line. */
function shownText(node: Node): string {
  if (node.nodeType === NodeType.TEXT_NODE) return node.text;
  if (node.nodeType !== NodeType.ELEMENT_NODE) return '';
  const el = node as HTMLElement;
  const inner = el.childNodes.map(shownText).join('');
  return INLINE.has(el.rawTagName?.toLowerCase() ?? '') ? inner : ` ${inner} `;
}

/** Words without the punctuation around them: Pagefind ends each block with a full stop. */
const words = (text: string) =>
  text
    .split(/\s+/)
    .map((w) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter((w) => w !== '');

const indexed = fragments();
const path = (url: string) => `${url.slice(1)}index.html`;

describe('the search index', () => {
  test('holds every language’s digests, events, places and actors, wherever the site has them', () => {
    const kindOf = (url: string) => url.replace(/^\/((?:fa|az)\/)?([a-z]+)\/.*$/, '$1$2');
    const built = files().filter((f) => /^((fa|az)\/)?(articles|events|places|actors)\/[^/]+\/index\.html$/.test(f));
    const expected = new Set(built.map((f) => kindOf(`/${f}`)));
    expect([...expected]).toEqual(
      expect.arrayContaining(['articles', 'events', 'places', 'actors', 'fa/articles', 'fa/places', 'az/articles']),
    );
    expect(new Set(indexed.map((f) => kindOf(f.url)))).toEqual(expected);
  });

  test('reads every page that asks to be indexed, and only those', () => {
    const read = new Set(LOCALE_CODES.flatMap((l) => indexedPages(DIST, l)).map((folder) => `${folder}/index.html`));
    const marked = files().filter((f) => f.endsWith('.html') && page(f).querySelector('[data-pagefind-body]'));
    expect(marked.filter((f) => !read.has(f))).toEqual([]);
    expect([...read].filter((f) => !marked.includes(f))).toEqual([]);
    expect(new Set(indexed.map((f) => path(f.url)))).toEqual(new Set(marked));
  });

  test('dates every event and digest page by its own date, which cuts a large index into parts', () => {
    const html = (folder: string) => readFileSync(join(DIST, folder, 'index.html'), 'utf8');
    const dated = new Map(
      LOCALE_CODES.flatMap((l) => indexedPages(DIST, l)).map((folder) => [folder, pageDate(html(folder))] as const),
    );
    expect(
      [...dated].filter(([folder, date]) => /(^|\/)(places|actors)\//.test(folder) !== (date === undefined)),
    ).toEqual([]);
    const timeline = readFileSync(join(DIST, 'data', 'timeline.json'), 'utf8');
    const { entries } = JSON.parse(timeline) as { entries: { id: string; type: string; date: string }[] };
    const events = entries.filter((entry) => entry.type === 'event');
    expect(events.length).toBeGreaterThan(10);
    for (const prefix of ['', 'fa/', 'az/'])
      expect(
        events.filter(({ id, date }) => dated.get(`${prefix}events/${id.replace(/^event-/, '')}`) !== date),
      ).toEqual([]);
  });

  test('keeps each word the page shows apart from the next: no label run into its value', () => {
    const glued: string[] = [];
    for (const fragment of indexed) {
      const shown = new Set(words(shownText(page(path(fragment.url)))));
      for (const word of words(fragment.content)) if (!shown.has(word)) glued.push(`${fragment.url}: ${word}`);
    }
    expect(glued).toEqual([]);
  });

  test('reads a place’s spellings and local names as separate words', () => {
    const jolfa = indexed.find((f) => f.url === '/places/jolfa/')!;
    expect(words(jolfa.content)).toEqual(expect.arrayContaining(['Julfa', 'Djulfa', 'جلفا', 'Culfa']));
    expect(jolfa.content).not.toMatch(/spelled|Persian|Azerbaijani\s*Culfa/);
  });

  test.each(NOT_INDEXED)('leaves out %s, which still names something on the indexed pages', (selector) => {
    const pages = indexed.map((f) => page(path(f.url)));
    const matched = pages.flatMap((doc) => doc.querySelectorAll(`[data-pagefind-body] ${selector}`));
    expect(matched.length, `no indexed page has ${selector}: update NOT_INDEXED`).toBeGreaterThan(0);
    const left = matched.map((el) => words(shownText(el)).join(' ')).filter((text) => text.length > 30);
    for (const text of left.slice(0, 20))
      expect(
        indexed.some((f) => f.content.includes(text)),
        text,
      ).toBe(false);
  });
});
