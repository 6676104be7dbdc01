import { describe, expect, test } from 'vitest';
import { allNames, displayName, nameIndex, suggestPlaces } from '../../../src/lib/model/gazetteer.ts';
import { foldName } from '../../../src/lib/model/names.ts';
import { editDistance } from '../../../src/lib/model/editDistance.ts';
import { sampleContent } from '../../support/records.ts';

const { places } = sampleContent();

describe('the gazetteer', () => {
  test('shows both names of a place the two sides name differently', () => {
    const khojavend = places.find((p) => p.id === 'khojavend')!.data;
    expect(displayName(khojavend)).toBe('Khojavend (Martuni)');
    expect(allNames(khojavend)).toEqual(['Khojavend', 'Martuni']);
  });

  test('folds case, diacritics and hyphens when matching names', () => {
    expect(foldName('Khodā-Āfarin')).toBe(foldName('khoda afarin'));
  });

  test('finds a place under any of its spellings', () => {
    const index = nameIndex(places);
    expect(index.get(foldName('Khoda Aferin'))).toEqual(['khoda-afarin']);
    expect(index.get(foldName('Julfa'))).toEqual(['jolfa']);
    expect(index.get(foldName('Martuni'))).toEqual(['khojavend']);
  });

  test('suggests the place a mistyped id or a spelling meant', () => {
    expect(suggestPlaces('khoda-afrin', places)).toEqual(['khoda-afarin']);
    expect(suggestPlaces('Martuni', places)).toEqual(['khojavend']);
    expect(suggestPlaces('tehran', places)).toEqual([]);
  });
});

describe('edit distance', () => {
  test('counts insertions, deletions and substitutions', () => {
    expect(editDistance('outlt', 'outlet')).toBe(1);
    expect(editDistance('khoda-afrin', 'khoda-afarin')).toBe(1);
    expect(editDistance('jolfa', 'julfa')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
