import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildBasemap, clipRing, REGION } from '../../../src/lib/map/basemap.ts';

describe('clipping a ring to the region', () => {
  const box: [number, number, number, number] = [0, 0, 10, 10];

  test('keeps a ring that lies inside the box as it is', () => {
    const ring = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ];
    expect(clipRing(ring, box)).toEqual(ring);
  });

  test('cuts a ring that crosses the edge at the edge', () => {
    const ring = [
      [5, 5],
      [15, 5],
      [15, 8],
      [5, 8],
      [5, 5],
    ];
    expect(clipRing(ring, box)).toEqual([
      [5, 5],
      [10, 5],
      [10, 8],
      [5, 8],
      [5, 5],
    ]);
  });

  test('drops a ring wholly outside the box', () => {
    expect(
      clipRing(
        [
          [20, 20],
          [21, 20],
          [21, 21],
          [20, 20],
        ],
        box,
      ),
    ).toEqual([]);
  });
});

describe('the regional basemap', () => {
  const world = JSON.parse(readFileSync('node_modules/world-atlas/countries-10m.json', 'utf8'));
  const basemap = buildBasemap(world);

  test('holds the countries of the region and nothing outside it', () => {
    const names = basemap.features.map((f) => f.properties.name).sort();
    expect(names).toEqual(expect.arrayContaining(['Armenia', 'Azerbaijan', 'Georgia', 'Iran', 'Turkey']));
    const [west, south, east, north] = REGION;
    for (const f of basemap.features)
      for (const polygon of f.geometry.coordinates as number[][][][])
        for (const ring of polygon)
          for (const [x, y] of ring) {
            expect(x).toBeGreaterThanOrEqual(west);
            expect(x).toBeLessThanOrEqual(east);
            expect(y).toBeGreaterThanOrEqual(south);
            expect(y).toBeLessThanOrEqual(north);
          }
  });

  test('puts each country’s label inside the region', () => {
    const iran = basemap.features.find((f) => f.properties.name === 'Iran')!;
    const [x, y] = iran.properties.label;
    expect(x).toBeGreaterThan(REGION[0]);
    expect(y).toBeLessThan(38.9);
  });

  test('stays small enough to serve to a phone', () => {
    expect(JSON.stringify(basemap).length).toBeLessThan(40_000);
  });
});
