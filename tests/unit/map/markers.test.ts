import { describe, expect, test } from 'vitest';
import { REGION } from '../../../src/lib/map/basemap.ts';
import { layoutMarkers } from '../../../src/lib/map/labels.ts';
import { clusterPlaces, groupLabel, layerUnits, markerRadius, type MapPlace } from '../../../src/lib/map/markers.ts';
import { projection } from '../../../src/lib/map/projection.ts';

const at = (id: string, lon: number, lat: number, onBorder = true): MapPlace => ({
  id,
  name: id,
  fullName: `${id} (full)`,
  lon,
  lat,
  onBorder,
});

describe('clustering', () => {
  const proj = projection(REGION, 640);

  test('merges places whose markers would overlap and keeps distant ones apart', () => {
    const groups = clusterPlaces([at('a', 46, 39), at('b', 46.02, 39.01), at('c', 48, 38.5)], proj, 14);
    expect(groups.map((g) => g.places.map((p) => p.id))).toEqual([['a', 'b'], ['c']]);
  });

  test('draws a group at the mean of its places', () => {
    const [group] = clusterPlaces([at('a', 46, 39), at('b', 46.02, 39)], proj, 14);
    const [xa] = proj.project(46, 39);
    const [xb] = proj.project(46.02, 39);
    expect(group!.x).toBeCloseTo((xa + xb) / 2, 0);
  });

  test('never merges the highlighted place, and keeps its neighbours out of its marker', () => {
    const groups = clusterPlaces([at('a', 46, 39), at('b', 46.01, 39), at('c', 46.02, 39)], proj, 14, 'a');
    expect(groups.map((g) => g.places.map((p) => p.id))).toEqual([['a'], ['b', 'c']]);
  });

  test('groups sooner in a layer drawn for a narrow screen', () => {
    const places = [at('a', 46, 39), at('b', 46.25, 39)];
    const wide = layoutMarkers(places, proj, {
      scale: 0.75,
      clusterPx: 14,
      dotPx: 5,
      hitPx: 22,
      fontPx: 12,
      countryFontPx: 11,
    });
    const narrow = layoutMarkers(places, proj, {
      scale: 0.5,
      clusterPx: 14,
      dotPx: 5,
      hitPx: 22,
      fontPx: 12,
      countryFontPx: 11,
    });
    expect(wide).toHaveLength(2);
    expect(narrow).toHaveLength(1);
  });

  test('names a group by the number of its places and each of them', () => {
    expect(groupLabel([at('jolfa', 0, 0), at('heris', 0, 0)])).toBe('2 places: jolfa (full), heris (full)');
  });
});

describe('marker sizes', () => {
  const units = layerUnits({ scale: 0.5, clusterPx: 14, dotPx: 5, hitPx: 22, fontPx: 12, countryFontPx: 11 });
  const one = [at('a', 46, 39)];
  const two = [at('a', 46, 39), at('b', 46.01, 39)];

  test('draws a group larger than a place, and the highlighted place larger than its neighbours', () => {
    const plain = markerRadius({ places: one, highlighted: false }, units);
    const highlighted = markerRadius({ places: one, highlighted: true }, units);
    const group = markerRadius({ places: two, highlighted: false }, units);
    expect(plain).toBe(units.dot);
    expect(highlighted).toBeGreaterThan(plain);
    expect(group).toBeGreaterThan(highlighted);
  });
});
