import { describe, expect, test } from 'vitest';
import { ENGLISH, localised, readWords } from '../../../../src/client/map/words.ts';
import { exclaveNamesIn, mapWords } from '../../../../src/lib/i18n/mapWords.ts';
import { EXCLAVES } from '../../../../src/lib/map/basemap.ts';
import { messages } from '../../../../src/i18n/messages.ts';

describe('the words the map writes', () => {
  test('in English are the dictionary’s', () => {
    const t = messages('en');
    expect(ENGLISH.loading).toBe(t.text('popup.loading'));
    expect(ENGLISH.empty).toBe(t.text('popup.empty'));
    expect(ENGLISH.failed).toBe(t.text('popup.failed'));
    expect(ENGLISH.digest).toBe(t.text('popup.digest'));
    expect(ENGLISH.contested).toBe(t.text('entry.contested'));
    expect(ENGLISH.mostRecent).toBe(t.text('popup.mostRecent'));
    expect(ENGLISH.everyEntry).toBe(t.text('popup.everyEntry'));
    expect(ENGLISH.showTiles).toBe(t.text('map.showTiles'));
    expect(ENGLISH.hideTiles).toBe(t.text('map.hideTiles'));
    expect(ENGLISH.attribution).toBe(t.text('map.attribution'));
    expect(ENGLISH.riverName).toBe(t.text('map.riverName'));
    expect(ENGLISH.river).toBe(t.text('map.riverLink'));
    expect(ENGLISH.riverNote).toBe(t.text('popup.riverNote'));
    expect(ENGLISH.riverLine).toBe(t.text('popup.riverLine'));
  });

  test('reach a Persian page’s map with its place names and links', () => {
    const place = { id: 'jolfa', data: { localNames: { fa: 'جلفا' } } } as never;
    const words = readWords(mapWords('fa', [place], '/', '/fa/'));
    expect(words.loading).toBe(messages('fa').text('popup.loading'));
    expect(words.names).toEqual({ jolfa: 'جلفا' });
    expect(localised(words, '/places/jolfa/')).toBe('/fa/places/jolfa/');
    expect(localised(words, '/data/places/jolfa.json')).toBe('/data/places/jolfa.json');
    expect(mapWords('en', [place], '/', '/')).toBeUndefined();
  });

  test('name the basemap’s countries in the page’s language, by their numeric ids', () => {
    const words = readWords(mapWords('fa', [], '/', '/fa/'));
    expect(words.countries['364']).toBe(messages('fa').text('country.IR'));
    expect(words.countries['031']).toBe(messages('fa').text('country.AZ'));
    expect(Object.keys(words.countries).sort()).toEqual(['031', '051', '268', '364', '643', '792']);
    expect(readWords(JSON.stringify({ countries: { '364': 7, '051': 'Հայաստան' } })).countries).toEqual({
      '051': 'Հայաստան',
    });
    expect(ENGLISH.countries).toEqual({});
  });

  test('name Nakhchivan in Persian and Azerbaijani from its source, and keep its English name as the key', () => {
    expect(readWords(mapWords('fa', [], '/', '/fa/')).exclaves).toEqual({ Nakhchivan: 'نخجوان' });
    expect(readWords(mapWords('az', [], '/', '/az/')).exclaves).toEqual({ Nakhchivan: 'Naxçıvan' });
    expect(exclaveNamesIn('en')).toEqual({});
    for (const exclave of EXCLAVES) expect(exclave.namesSource, exclave.name).toMatch(/\w{8,}/);
  });

  test('fall back to English, field by field, when the attribute is broken', () => {
    expect(readWords('{not json')).toEqual(ENGLISH);
    expect(readWords(JSON.stringify({ loading: 3, empty: 'x' }))).toEqual({ ...ENGLISH, empty: 'x' });
  });
});
