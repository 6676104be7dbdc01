import { describe, expect, test } from 'vitest';
import { searchWords } from '../../../src/lib/i18n/searchWords.ts';
import { readSearchWords, searchStatus } from '../../../src/client/search-words.ts';

const en = searchWords('en');
const fa = searchWords('fa');

describe('the search page’s words', () => {
  test('travel through the page’s attribute unchanged, in every language', () => {
    for (const locale of ['en', 'fa', 'az'] as const) {
      const words = searchWords(locale);
      expect(readSearchWords(JSON.stringify(words))).toEqual(words);
    }
  });

  test('are refused whole when a field is missing or of the wrong kind, or the attribute is not JSON', () => {
    expect(readSearchWords(undefined)).toBeUndefined();
    expect(readSearchWords('{')).toBeUndefined();
    expect(readSearchWords(JSON.stringify({ ...en, any: 3 }))).toBeUndefined();
    expect(readSearchWords(JSON.stringify({ ...en, found: { one: 'x' } }))).toBeUndefined();
    expect(readSearchWords(JSON.stringify({ ...en, filters: { ...en.filters, year: '' } }))).toBeUndefined();
  });

  test('say how many were found, agreeing in number, and when they come ten at a time', () => {
    expect(searchStatus(en, 'Jolfa', 0, 10)).toBe('Nothing found for “Jolfa”.');
    expect(searchStatus(en, 'Jolfa', 1, 10)).toBe('1 result for “Jolfa”.');
    expect(searchStatus(en, 'Jolfa', 3, 10)).toBe('3 results for “Jolfa”.');
    expect(searchStatus(en, 'Jolfa', 25, 10)).toBe('25 results for “Jolfa”, 10 at a time.');
  });

  test('count in Persian digits on a Persian page', () => {
    expect(searchStatus(fa, 'جلفا', 12, 10)).toBe('۱۲ نتیجه برای «جلفا»، هر بار ۱۰ نتیجه.');
    expect(searchStatus(fa, 'جلفا', 0, 10)).toBe('برای «جلفا» چیزی یافت نشد.');
  });

  test('say how far back a large index has been searched, until it all has', () => {
    expect(searchStatus(en, 'ceasefire', 14, 10, '5 May 2024')).toBe(
      '14 results for “ceasefire” so far, in news back to 5 May 2024. Showing more results searches further back.',
    );
    expect(searchStatus(en, 'Jolfa', 1, 10, 'May 2024')).toMatch(
      /^1 result for “Jolfa” so far, in news back to May 2024\./,
    );
    expect(searchStatus(en, 'Jolfa', 0, 10, 'May 2024')).toMatch(/^0 results for “Jolfa” so far/);
    expect(searchStatus(fa, 'جلفا', 12, 10, '۱۵ اردیبهشت ۱۴۰۳')).toMatch(
      /^تا اینجا ۱۲ نتیجه برای «جلفا»، در خبرها تا ۱۵ اردیبهشت ۱۴۰۳\./,
    );
    expect(readSearchWords(JSON.stringify({ ...en, foundSince: undefined }))).toBeUndefined();
  });
});
