import { describe, expect, test } from 'vitest';
import { mentionFinder } from '../../../src/lib/model/mentions.ts';
import { nameIndex } from '../../../src/lib/model/gazetteer.ts';
import { place } from '../../support/records.ts';

const find = mentionFinder(
  nameIndex([
    place('khoda-afarin', 'Khoda Afarin', { aliases: ['Khoda Afarin County'] }),
    place('east-azerbaijan', 'East Azerbaijan province', { aliases: ['East Azerbaijan'] }),
    place('heris', 'Heris'),
    place('khojavend', 'Khojavend', { alternateName: { name: 'Martuni', usedBy: 'Armenian authorities' } }),
  ]),
);
const names = (text: string) => find(text).map((m) => [text.slice(m.start, m.end), m.ids.join()]);

describe('place mentions in running text', () => {
  test('finds names as whole words, longest first', () => {
    expect(names('Troops moved to Khoda Afarin County in East Azerbaijan province.')).toEqual([
      ['Khoda Afarin County', 'khoda-afarin'],
      ['East Azerbaijan province', 'east-azerbaijan'],
    ]);
  });

  test('ignores case, accents and hyphens, but not the capital that makes a name', () => {
    expect(names('KHODA-AFARIN and Khodá Afarin, but not heris or Herisson.')).toEqual([
      ['KHODA-AFARIN', 'khoda-afarin'],
      ['Khodá Afarin', 'khoda-afarin'],
    ]);
  });

  test('finds a place by its other name', () => {
    expect(names('Shelling near Martuni.')).toEqual([['Martuni', 'khojavend']]);
  });

  test('finds nothing with an empty gazetteer', () => {
    expect(mentionFinder(new Map())('Khoda Afarin')).toEqual([]);
  });
});
