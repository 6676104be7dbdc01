import { describe, expect, test } from 'vitest';
import { decodeEntities, excerptRuns } from '../../../src/lib/site/searchExcerpt.ts';

describe('excerptRuns', () => {
  test('splits an excerpt into matched and unmatched text', () => {
    expect(excerptRuns('IRGC commander <mark>Pakpour</mark> toured')).toEqual([
      { text: 'IRGC commander ', marked: false },
      { text: 'Pakpour', marked: true },
      { text: ' toured', marked: false },
    ]);
  });

  test('keeps any other tag as the text it is, never as markup', () => {
    expect(excerptRuns('&lt;img src=x onerror=alert(1)&gt; <b>bold</b>')).toEqual([
      { text: '<img src=x onerror=alert(1)> <b>bold</b>', marked: false },
    ]);
  });
});

describe('decodeEntities', () => {
  test('decodes named and numeric references and leaves unknown ones', () => {
    expect(decodeEntities('Iran&#39;s &amp; Azerbaijan&#x2019;s &bogus;')).toBe("Iran's & Azerbaijan’s &bogus;");
  });
});
