import { describe, expect, test } from 'vitest';
import { groupPlaces, rankPlaces } from '../../../../src/client/map/clusters.ts';
import type { MapPlace } from '../../../../src/client/map/data.ts';

const place = (id: string, x: number, onBorder = false, entryCount = 1): MapPlace => ({
  id,
  displayName: id,
  lat: 0,
  lon: x,
  onBorder,
  entryCount,
  url: `/places/${id}/`,
  entriesUrl: `/data/places/${id}.json`,
});
const ids = (groups: MapPlace[][]) => groups.map((g) => g.map((p) => p.id));
const onScreen = (p: MapPlace) => ({ x: p.lon, y: 0 });

describe('clustering the Leaflet markers', () => {
  test('ranks border places first, then the busiest, then by id', () => {
    const ranked = rankPlaces([place('b', 0), place('a', 0), place('busy', 0, false, 5), place('edge', 0, true)]);
    expect(ranked.map((p) => p.id)).toEqual(['edge', 'busy', 'a', 'b']);
  });

  test('merges places whose markers would overlap on screen and keeps distant ones apart', () => {
    const groups = groupPlaces([place('a', 0), place('b', 10), place('far', 100)], new Set(), onScreen);
    expect(ids(groups)).toEqual([['a', 'b'], ['far']]);
  });

  test('leaves the places it is told to keep out of every group', () => {
    const groups = groupPlaces([place('a', 0), place('b', 10), place('c', 20)], new Set(['a']), onScreen);
    expect(ids(groups)).toEqual([['b', 'c']]);
  });
});
