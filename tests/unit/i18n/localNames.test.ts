import { describe, expect, test } from 'vitest';
import { actorName, localScriptNames, placeName } from '../../../src/lib/i18n/localNames.ts';
import type { Actor, Place } from '../../../src/lib/model/schema.ts';

const place = (extra: Partial<Place>): Place =>
  ({
    name: 'Jolfa',
    aliases: [],
    country: 'IR',
    province: 'East Azerbaijan',
    kind: 'city',
    coordinates: { lat: 38.94, lon: 45.63 },
    coordinatesSource: 'GeoNames',
    onBorder: true,
    ...extra,
  }) as Place;

describe('names in a language', () => {
  test('a place with a Persian name is shown by it on Persian pages, and by its English one on English pages', () => {
    const jolfa = place({ localNames: { fa: 'جلفا' } });
    expect(placeName('fa', jolfa)).toEqual({ name: 'جلفا' });
    expect(placeName('en', jolfa)).toEqual({ name: 'Jolfa' });
  });

  test('without one, the English name, marked as English, with the other side’s name beside it', () => {
    const khojavend = place({ name: 'Khojavend', alternateName: { name: 'Martuni', usedBy: 'Armenia' } });
    expect(placeName('fa', khojavend)).toEqual({ name: 'Khojavend (Martuni)', lang: 'en' });
    expect(placeName('az', khojavend)).toEqual({ name: 'Khojavend (Martuni)', lang: 'en' });
  });

  test('actors the same way', () => {
    const irgc = { name: 'IRGC', kind: 'organisation', aliases: [], localNames: { fa: 'سپاه' } } as unknown as Actor;
    expect(actorName('fa', irgc)).toEqual({ name: 'سپاه' });
    expect(actorName('az', irgc)).toEqual({ name: 'IRGC', lang: 'en' });
  });
});

describe('localScriptNames', () => {
  test('lists the names a file gives, Persian first and right to left, and nothing for none', () => {
    expect(localScriptNames({ hy: 'Ջուլֆա', fa: 'جلفا' })).toEqual([
      { lang: 'fa', dir: 'rtl', name: 'جلفا' },
      { lang: 'hy', dir: 'ltr', name: 'Ջուլֆա' },
    ]);
    expect(localScriptNames({ az: '' })).toEqual([]);
    expect(localScriptNames(undefined)).toEqual([]);
  });
});
