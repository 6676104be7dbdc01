import { describe, expect, test } from 'vitest';
import { inFrame, splitByFrame } from '../../../src/lib/model/far-away.ts';
import { REGION } from '../../../src/lib/map/basemap.ts';
import type { BBox } from '../../../src/lib/map/geometry.ts';
import { gazetteer } from '../../support/gazetteer.ts';

const at = (id: string, lat?: number, lon?: number) => ({
  id,
  data: { coordinates: lat === undefined || lon === undefined ? undefined : { lat, lon } },
});

describe('places far from the border', () => {
  const frame: BBox = [44, 38, 48, 40];

  test('splits places into drawn, elsewhere and without a point, keeping their order', () => {
    const places = [at('geneva', 46.2, 6.1), at('jolfa', 38.9, 45.6), at('aras'), at('baku', 40.4, 49.9)];
    const split = splitByFrame(places, frame);
    expect(split.onMap.map((p) => p.id)).toEqual(['jolfa']);
    expect(split.elsewhere.map((p) => p.id)).toEqual(['geneva', 'baku']);
    expect(split.unlocated.map((p) => p.id)).toEqual(['aras']);
  });

  test('counts a point on the frame’s edge as inside it', () => {
    expect(inFrame({ lat: 38, lon: 44 }, frame)).toBe(true);
    expect(inFrame({ lat: 40, lon: 48 }, frame)).toBe(true);
    expect(inFrame({ lat: 37.99, lon: 46 }, frame)).toBe(false);
  });

  test('uses the region map’s frame by default', () => {
    const [west, south] = REGION;
    expect(splitByFrame([at('corner', south, west)]).onMap).toHaveLength(1);
  });

  test('keeps the map on the border: the talks’ capitals far away are listed elsewhere', () => {
    const split = splitByFrame(gazetteer());
    expect(split.elsewhere.map((p) => p.id).sort()).toEqual(['ankara', 'geneva', 'moscow', 'tehran', 'washington']);
    expect(split.unlocated.map((p) => p.id).sort()).toEqual(['agbend', 'aqa-alilou', 'aras', 'ardabil']);
    expect(split.onMap.map((p) => p.id)).toEqual(expect.arrayContaining(['baku', 'yerevan', 'jolfa', 'syunik']));
  });
});
