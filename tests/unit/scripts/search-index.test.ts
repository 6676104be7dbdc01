/** How the search indexer cuts a language's pages into parts, each indexed by its own Pagefind process. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { indexedPages, partGlobs } from '../../../scripts/lib/search-index.ts';
import { searchPartFolder } from '../../../src/lib/site/searchBundle.ts';

/** The pages among `pages` a part's glob matches: its alternatives are folders or folder prefixes ending in `*`. */
function matched(glob: string, pages: readonly string[]): string[] {
  const alternatives = /^\{(.*)\}\/index\.html$/.exec(glob)![1]!.split(',');
  return pages.filter((page) =>
    alternatives.some((alt) =>
      alt.endsWith('*') ? page.startsWith(alt.slice(0, -1)) && !page.slice(alt.length - 1).includes('/') : page === alt,
    ),
  );
}

describe('partGlobs', () => {
  const pages = ['actors/iran', 'articles/a', 'events/b', 'events/c', 'places/jolfa'];

  test('reads whole folders while one part holds them all', () => {
    expect(partGlobs(pages, 5)).toEqual(['{actors/*,articles/*,events/*,places/*}/index.html']);
    expect(partGlobs(pages, 100)).toEqual(partGlobs(pages, 5));
  });

  test('cuts a folder too large for a part by the first letters of its pages’ names', () => {
    expect(partGlobs(pages, 2)).toEqual([
      '{actors/*,articles/*}/index.html',
      '{events/*}/index.html',
      '{places/*}/index.html',
    ]);
    const events = ['ab', 'abc', 'abd', 'b', 'ba', 'c1', 'c2'].map((n) => `events/${n}`);
    expect(partGlobs(events, 2)).toEqual([
      '{events/ab,events/abc*}/index.html',
      '{events/abd*}/index.html',
      '{events/b*}/index.html',
      '{events/c*}/index.html',
    ]);
  });

  test('puts every page in exactly one part, none over the size, however the names fall', () => {
    // Names that share long prefixes, are prefixes of each other, and crowd one letter.
    const names = Array.from({ length: 400 }, (_, i) => `e-${(i * 7919) % 1000}`).concat(
      Array.from({ length: 60 }, (_, i) => `x${'y'.repeat(i % 7)}${i}`),
    );
    const many = [...names.map((n) => `events/${n}`), ...names.slice(0, 50).map((n) => `fa/events/${n}`)];
    for (const size of [1, 3, 10, 37, 100, 1000]) {
      const globs = partGlobs(many, size);
      const parts = globs.map((glob) => matched(glob, many));
      expect(
        parts.every((p) => p.length > 0 && p.length <= size),
        `size ${size}`,
      ).toBe(true);
      expect(parts.flat().sort(), `size ${size}`).toEqual([...many].sort());
    }
  });

  test.each(['events/a,b', 'events/*', 'events/{x}', 'events/a?', 'events/[ab]', 'events/!a', 'events/a\\b'])(
    'refuses a folder a glob would read as syntax: %s',
    (page) => {
      expect(() => partGlobs(['events/ok', page], 10)).toThrow(/letters, digits and hyphens/);
    },
  );
});

describe('indexedPages', () => {
  const site = mkdtempSync(join(tmpdir(), 'aras-index-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const page = (path: string) => {
    mkdirSync(join(site, path), { recursive: true });
    writeFileSync(join(site, path, 'index.html'), '<html></html>');
  };
  ['events/b', 'events/a', 'places/jolfa', 'places/jolfa/2', 'fa/events/a', 'timeline/2020-10'].forEach(page);
  mkdirSync(join(site, 'actors/empty'), { recursive: true });

  test('lists one language’s digest, event, place and actor pages, sorted, and nothing else', () => {
    expect(indexedPages(site, 'en')).toEqual(['events/a', 'events/b', 'places/jolfa']);
    expect(indexedPages(site, 'fa')).toEqual(['fa/events/a']);
    expect(indexedPages(site, 'az')).toEqual([]);
  });
});

test('names the first part after its bundle and the rest after their number', () => {
  expect([1, 2, 3].map(searchPartFolder)).toEqual(['', 'part-2/', 'part-3/']);
});
