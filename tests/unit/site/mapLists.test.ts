import { describe, expect, test } from 'vitest';
import { isElsewhere, mapLists } from '../../../src/lib/site/mapLists.ts';
import type { BBox } from '../../../src/lib/map/geometry.ts';
import { gazetteer } from '../../support/gazetteer.ts';

const at = (name: string, lat?: number, lon?: number) => ({
  name,
  data: { name, coordinates: lat === undefined || lon === undefined ? undefined : { lat, lon } },
});
const frame: BBox = [44, 38, 48, 40];
const names = (list: { name: string }[]) => list.map((p) => p.name);

describe('the lists beside the map', () => {
  test('list far-away places as elsewhere and keep places without a point with the region, each by name', () => {
    const lists = mapLists(
      [at('Geneva', 46.2, 6.1), at('Jolfa', 38.9, 45.6), at('Aras'), at('Ankara', 39.9, 32.9)],
      frame,
    );
    expect(names(lists.region)).toEqual(['Aras', 'Jolfa']);
    expect(names(lists.elsewhere)).toEqual(['Ankara', 'Geneva']);
  });

  test('tell a far-away place from one drawn on the map or without a point', () => {
    expect(isElsewhere(at('Geneva', 46.2, 6.1), frame)).toBe(true);
    expect(isElsewhere(at('Jolfa', 38.9, 45.6), frame)).toBe(false);
    expect(isElsewhere(at('Aras'), frame)).toBe(false);
  });

  test('put the talks’ capitals of the gazetteer elsewhere, and every other place with the region', () => {
    const places = gazetteer();
    const lists = mapLists(places);
    expect(lists.elsewhere.map((p) => p.id)).toEqual(['ankara', 'geneva', 'moscow', 'tehran', 'washington']);
    expect(lists.region.length + lists.elsewhere.length).toBe(places.length);
    expect(lists.region.map((p) => p.id)).toEqual(expect.arrayContaining(['aras', 'aqa-alilou', 'jolfa', 'baku']));
  });
});
