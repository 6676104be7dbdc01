import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildBasemap, REGION } from '../../../src/lib/map/basemap.ts';

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

  test('names Nakhchivan inside Azerbaijan’s exclave, apart from Azerbaijan’s own label', () => {
    const azerbaijan = basemap.features.find((f) => f.properties.name === 'Azerbaijan')!;
    expect(azerbaijan.properties.exclaves).toHaveLength(1);
    const [nakhchivan] = azerbaijan.properties.exclaves;
    expect(nakhchivan!.name).toBe('Nakhchivan');
    const [x, y] = nakhchivan!.label;
    // Between Armenia and the Aras, west of Ordubad.
    expect(x).toBeGreaterThan(44.9);
    expect(x).toBeLessThan(46.1);
    expect(y).toBeGreaterThan(38.9);
    expect(y).toBeLessThan(39.6);
    expect(azerbaijan.properties.label[0]).toBeGreaterThan(46.5);
    for (const other of basemap.features.filter((f) => f !== azerbaijan)) expect(other.properties.exclaves).toEqual([]);
  });

  test('stays small enough to serve to a phone', () => {
    expect(JSON.stringify(basemap).length).toBeLessThan(40_000);
  });
});
