/** How the search indexer cuts a language's pages into parts by date, each indexed by its own Pagefind process. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  indexedPages,
  LARGEST_PART,
  pageDate,
  partSize,
  searchParts,
  type IndexedPage,
} from '../../../scripts/lib/search-index.ts';
import { searchPartFolder } from '../../../src/lib/site/searchBundle.ts';

describe('searchParts', () => {
  const pages: IndexedPage[] = [
    { folder: 'events/old', date: '2020-09-27' },
    { folder: 'places/jolfa' },
    { folder: 'articles/new', date: '2023-05-02' },
    { folder: 'events/month', date: '2020-10' },
    { folder: 'actors/iran' },
    { folder: 'events/day', date: '2020-10-14' },
    { folder: 'articles/same-day', date: '2023-05-02' },
  ];
  const folders = (parts: IndexedPage[][]) => parts.map((part) => part.map((page) => page.folder));

  test('puts places and actors first, then events and digests from the newest back', () => {
    expect(folders(searchParts(pages, 4))).toEqual([
      ['places/jolfa', 'actors/iran', 'articles/new', 'articles/same-day'],
      ['events/day', 'events/month', 'events/old'],
    ]);
  });

  test('ends a part where a date ends, unless one date has more pages than a part holds', () => {
    expect(folders(searchParts(pages, 3))).toEqual([
      ['places/jolfa', 'actors/iran'],
      ['articles/new', 'articles/same-day', 'events/day', 'events/month', 'events/old'],
    ]);
    const sameDay = pages.filter((page) => page.date === '2023-05-02');
    expect(folders(searchParts(sameDay, 1, 1))).toEqual([['articles/new'], ['articles/same-day']]);
  });

  test('doubles each part after the first, up to the largest', () => {
    const daily = Array.from({ length: 100 }, (_, i) => ({
      folder: `events/e${i}`,
      date: `2020-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    }));
    expect(searchParts(daily, 5, 30).map((part) => part.length)).toEqual([5, 10, 20, 30, 30, 5]);
    expect([0, 1, 2, 3, 9].map((n) => partSize(n, 2_000, LARGEST_PART))).toEqual([
      2_000,
      4_000,
      8_000,
      16_000,
      LARGEST_PART,
    ]);
  });

  test('keeps every page exactly once, each part within its size, newest first', () => {
    for (const size of [1, 2, 3, 4, 7, 100]) {
      const parts = searchParts(pages, size);
      const all = parts.flat();
      expect(all.map((page) => page.folder).sort()).toEqual(pages.map((page) => page.folder).sort());
      parts.forEach((part, n) => expect(part.length).toBeLessThanOrEqual(partSize(n, size, LARGEST_PART)));
      const dates = all.flatMap((page) => (page.date ? [page.date] : []));
      expect(dates).toEqual([...dates].sort().reverse());
      expect(all.slice(0, 2).every((page) => page.date === undefined)).toBe(true);
    }
  });

  test('makes one part of an ordinary site and refuses sizes that would make none', () => {
    expect(searchParts(pages, 2_000)).toHaveLength(1);
    expect(() => searchParts(pages, 0)).toThrow(/at least one page/);
    expect(() => searchParts(pages, Number.NaN)).toThrow(/at least one page/);
    expect(() => searchParts(pages, 10, 5)).toThrow(/the largest at least the first/);
  });
});

describe('pageDate', () => {
  test('reads an event’s or digest’s date from its search facts, at any precision', () => {
    expect(pageDate('<div hidden data-search-date="2020-10-27"><span data-pagefind-filter="year:2020"></span>')).toBe(
      '2020-10-27',
    );
    expect(pageDate('<div hidden data-search-date="2020-10">')).toBe('2020-10');
    expect(pageDate('<div hidden data-search-date="2020">')).toBe('2020');
  });

  test('finds none on a place or actor page, or in a digest’s text that quotes the attribute', () => {
    expect(pageDate('<div hidden><span data-pagefind-filter="page:Place"></span></div>')).toBeUndefined();
    expect(pageDate('<p>data-search-date=&quot;2099-01-01&quot;</p>')).toBeUndefined();
    // Markdown leaves quotes in text as they are, but never a raw "<".
    expect(pageDate('<p>A quoted attribute: data-search-date="2099-01-01"</p>')).toBeUndefined();
    expect(pageDate('<div hidden data-search-date="20-10-27">')).toBeUndefined();
  });
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
