/**
 * The search index and the feeds as built: only the search pages (one per language) may run
 * WebAssembly and load search code, only digests, events, places and actors (first pages) are
 * indexed, each language's into its own index, and every feed is Atom a feed reader can parse,
 * with absolute links.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DIST, eagerScripts, files, page } from '../support/dist.ts';
import { LOCALES, LOCALE_CODES, localePath, splitLocalePath } from '../../src/i18n/locales.ts';
import { bundleParts } from '../support/pagefind.ts';

const html = files().filter((f) => f.endsWith('.html'));
const csp = (path: string) =>
  page(path).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
/** The policy's directives without Astro's per-page hashes, which differ with each page's scripts. */
const policy = (path: string) =>
  csp(path)
    .split(';')
    .map((d) => d.trim().replace(/ 'sha256-[^']+'/g, ''))
    .filter(Boolean);
const SEARCH = 'search/index.html';
const SEARCH_PAGES = LOCALE_CODES.map((locale) => localePath(locale, `/${SEARCH}`).slice(1));
/** The language of a built page: "fa" for fa/places/jolfa/index.html. */
const languageOf = (path: string) => splitLocalePath(`/${path}`).locale;

describe('the search pages', () => {
  test('alone allow WebAssembly; every other page keeps the site’s policy', () => {
    expect(SEARCH_PAGES).toEqual(['search/index.html', 'fa/search/index.html', 'az/search/index.html']);
    for (const path of SEARCH_PAGES) expect(policy(path), path).toContain("script-src 'self' 'wasm-unsafe-eval'");
    const others = html.filter((f) => !SEARCH_PAGES.includes(f));
    expect(others.length).toBeGreaterThan(10);
    const expected = policy(SEARCH).map((d) => (d.startsWith('script-src') ? "script-src 'self'" : d));
    for (const path of others) {
      expect(csp(path), path).not.toContain('wasm');
      expect(
        policy(path).filter((d) => !d.startsWith('style-src')),
        path,
      ).toEqual(expected.filter((d) => !d.startsWith('style-src')));
    }
  });

  test('are the only pages that refer to Pagefind, in their markup or their scripts', () => {
    const referring = html.filter((path) => {
      const own = readFileSync(join(DIST, path), 'utf8');
      const scripts = [...eagerScripts(path.replace(/index\.html$/, '')).values()];
      return [own, ...scripts].some((text) =>
        /pagefind(?!-(body|ignore|meta|filter|weight))/.test(text.replace(/data-pagefind-[a-z]+/g, '')),
      );
    });
    expect(referring.sort()).toEqual([...SEARCH_PAGES].sort());
  });

  test('index digests, events, places and actors in each language, not the timeline’s pages, which repeat event text', () => {
    const indexed = html.filter((path) => page(path).querySelector('[data-pagefind-body]') !== null);
    const expected = html.filter((path) =>
      /^((fa|az)\/)?(articles\/[^/]+|places\/[^/]+|actors\/[^/]+|events\/[^/]+)\/index\.html$/.test(path),
    );
    expect(indexed.sort()).toEqual(expected.sort());
    // Each language has an index and bundle of its own (indexed one after another to bound the
    // indexer's memory), named by the page language Pagefind reads from `<html lang>`.
    for (const locale of LOCALE_CODES) {
      const lang = LOCALES[locale].lang.toLowerCase();
      const entries = bundleParts(locale).map(
        (part) =>
          JSON.parse(readFileSync(join(part, 'pagefind-entry.json'), 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          },
      );
      const pages = expected.filter((path) => languageOf(path) === locale);
      expect(pages.length, locale).toBeGreaterThan(10);
      for (const entry of entries) expect(Object.keys(entry.languages), locale).toEqual([lang]);
      expect(
        entries.reduce((sum, entry) => sum + entry.languages[lang]!.page_count, 0),
        locale,
      ).toBe(pages.length);
    }
  });

  test('are linked from the header of every page, each language to its own', () => {
    for (const path of html) {
      const own = `/${localePath(languageOf(path), `/${SEARCH}`)
        .slice(1)
        .replace(/index\.html$/, '')}`;
      expect(page(path).querySelector(`header nav a[href="${own}"]`), path).not.toBeNull();
    }
  });
});

interface AtomLink {
  '@_href': string;
  '@_rel'?: string;
}
/** A `type="html"` element as the parser reads it. */
type Html = { '#text': string; '@_type': 'html' };
interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: AtomLink | AtomLink[];
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' });
/** Every language's feeds: feeds/…, fa/feeds/…, az/feeds/…. */
const feeds = files().filter((f) => /^(?:[a-z]+\/)?feeds\/.+\.xml$/.test(f));
const absolute = (url: string) => /^https?:\/\/[^/]+\//.test(url);

describe('the feeds', () => {
  test('exist site-wide and for every place and actor, in every language', () => {
    const placeIds = html.flatMap((f) => /^places\/([^/]+)\/index\.html$/.exec(f)?.[1] ?? []);
    const actorIds = html.flatMap((f) => /^actors\/([^/]+)\/index\.html$/.exec(f)?.[1] ?? []);
    const inEach = (path: string) => LOCALE_CODES.map((locale) => localePath(locale, path).slice(1));
    expect(feeds.sort()).toEqual(
      [
        ...inEach('feeds/digests.xml'),
        ...placeIds.flatMap((id) => inEach(`feeds/places/${id}.xml`)),
        ...actorIds.flatMap((id) => inEach(`feeds/actors/${id}.xml`)),
      ].sort(),
    );
  });

  test.each(feeds)('%s is Atom with absolute links, newest addition first', (path) => {
    const xml = readFileSync(join(DIST, path), 'utf8');
    const { feed } = parser.parse(xml) as {
      feed: { id: string; updated: string; link: AtomLink[]; entry?: AtomEntry[] };
    };
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${LOCALES[languageOf(path)].lang}">`);
    expect(absolute(feed.id)).toBe(true);
    expect(feed.link.map((l) => l['@_href']).every(absolute)).toBe(true);
    expect(feed.link.find((l) => l['@_rel'] === 'self')?.['@_href']).toMatch(
      new RegExp(`/${path.replace(/\./g, '\\.')}$`),
    );
    const entries = feed.entry ?? [];
    for (const entry of entries) {
      expect(absolute(entry.id), entry.id).toBe(true);
      for (const link of [entry.link].flat()) expect(absolute(link['@_href'])).toBe(true);
    }
    const updated = entries.map((e) => e.updated);
    expect(updated).toEqual([...updated].sort().reverse());
  });

  test('the site-wide feed lists every digest (while there are fewer than a feed holds)', () => {
    const { feed } = parser.parse(readFileSync(join(DIST, 'feeds/digests.xml'), 'utf8')) as {
      feed: { entry: AtomEntry[] };
    };
    const digests = html.filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
    expect(feed.entry).toHaveLength(Math.min(digests.length, 50));
  });

  test('are announced and linked by the pages they follow, each language its own', () => {
    for (const path of html.filter((f) => /^(?:[a-z]+\/)?(places|actors)\/[^/]+\/index\.html$/.test(f))) {
      const { locale, path: own } = splitLocalePath(`/${path}`);
      const [, kind, id] = own.split('/');
      const url = localePath(locale, `/feeds/${kind}/${id}.xml`);
      const doc = page(path);
      expect(
        doc.querySelector(`link[rel="alternate"][type="application/atom+xml"][href="${url}"]`),
        path,
      ).not.toBeNull();
      expect(doc.querySelector(`main a[href="${url}"]`), path).not.toBeNull();
    }
    for (const locale of LOCALE_CODES)
      expect(
        page(localePath(locale, '/index.html').slice(1)).querySelector(
          `link[rel="alternate"][href="${localePath(locale, '/feeds/digests.xml')}"]`,
        ),
        locale,
      ).not.toBeNull();
  });

  test('in Persian give each digest in its translation and link it in the other languages', () => {
    const read = (path: string) =>
      parser.parse(readFileSync(join(DIST, path), 'utf8')) as {
        feed: {
          title: string;
          entry: { title: Html; summary: Html; link: (AtomLink & { '@_hreflang'?: string })[] }[];
        };
      };
    const persian = read('fa/feeds/places/jolfa.xml').feed;
    expect(persian.title).toBe('گاه‌شمار مرز ارس: جلفا');
    expect(persian.entry.length).toBeGreaterThan(0);
    for (const entry of persian.entry) {
      const [own, ...others] = entry.link;
      expect(new URL(own!['@_href']).pathname).toMatch(/^\/fa\/articles\//);
      const id = new URL(own!['@_href']).pathname.replace('/fa', '');
      expect(others.map((l) => [l['@_hreflang'], new URL(l['@_href']).pathname])).toEqual([
        ['en', id],
        ['az-Latn', `/az${id}`],
      ]);
      // Every digest about Jolfa is translated: a Persian headline and a Persian date.
      expect(entry.title['#text']).toMatch(/\p{Script=Arabic}/u);
      expect(entry.summary['#text']).toMatch(/منتشرشده در/);
    }
    // No digest is translated into Azerbaijani yet: the feed says so, in Azerbaijani.
    const azerbaijani = read('az/feeds/digests.xml').feed;
    for (const entry of azerbaijani.entry) expect(entry.summary['#text']).toMatch(/^Hələ tərcümə olunmayıb/);
  });
});
