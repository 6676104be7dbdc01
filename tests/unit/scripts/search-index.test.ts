/** How the search indexer cuts a language's pages into parts, each indexed by its own Pagefind process. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { indexedPages, partGlobs } from '../../../scripts/lib/search-index.ts';
import { searchPartFolder } from '../../../src/lib/site/searchBundle.ts';

describe('partGlobs', () => {
  test('puts up to `size` pages in each part, in order, as one glob each', () => {
    const pages = ['actors/iran', 'articles/a', 'events/b', 'events/c', 'places/jolfa'];
    expect(partGlobs(pages, 2)).toEqual([
      '{actors/iran,articles/a}/index.html',
      '{events/b,events/c}/index.html',
      '{places/jolfa}/index.html',
    ]);
    expect(partGlobs(pages, 5)).toEqual(['{actors/iran,articles/a,events/b,events/c,places/jolfa}/index.html']);
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
