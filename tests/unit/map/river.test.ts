import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildBasemap, simplifyWorld } from '../../../src/lib/map/basemap.ts';
import { arasCourse, chainLines, untilNorthernmost } from '../../../src/lib/map/river.ts';

describe('joining border arcs into one line', () => {
  test('joins lines end to end whichever way each runs', () => {
    const a = [
      [0, 0],
      [1, 0],
    ];
    const b = [
      [2, 0],
      [1, 0],
    ];
    const c = [
      [2, 0],
      [3, 1],
    ];
    expect(chainLines([b, c, a])).toEqual([
      [
        [3, 1],
        [2, 0],
        [1, 0],
        [0, 0],
      ],
    ]);
  });

  test('keeps lines that do not meet apart', () => {
    expect(
      chainLines([
        [
          [0, 0],
          [1, 0],
        ],
        [
          [5, 5],
          [6, 5],
        ],
      ]),
    ).toHaveLength(2);
  });

  test('cuts a line at its northernmost point east of a longitude', () => {
    const line = [
      [0, 5],
      [1, 1],
      [2, 3],
      [3, 2],
    ];
    expect(untilNorthernmost(line, 0.5)).toEqual(line.slice(0, 3));
    // Nothing east of the cut: the line is kept whole.
    expect(untilNorthernmost(line, 9)).toEqual(line);
  });
});

describe('the Aras from Natural Earth’s borders', () => {
  const world = JSON.parse(readFileSync('node_modules/world-atlas/countries-10m.json', 'utf8'));
  const aras = arasCourse(simplifyWorld(world));
  const km = ([x1, y1]: number[], [x2, y2]: number[]) =>
    Math.hypot((x1! - x2!) * 111.2 * Math.cos((39 * Math.PI) / 180), (y1! - y2!) * 111.2);
  const distance = (point: number[]) => Math.min(...aras.coordinates.map((p) => km(p, point)));

  test('runs from the Turkish border downstream to where the border leaves the river', () => {
    const first = aras.coordinates[0]!;
    const last = aras.coordinates.at(-1)!;
    // Iran, Turkey and Nakhchivan meet on the river north-west of Poldasht.
    expect(first[0]).toBeCloseTo(44.8, 1);
    expect(first[1]).toBeCloseTo(39.64, 1);
    // East of Parsabad, near Bahramtapa, the river turns north into Azerbaijan.
    expect(last[0]).toBeGreaterThan(47.9);
    expect(last[0]).toBeLessThan(48.05);
    expect(Math.max(...aras.coordinates.map((p) => p[1]!))).toBe(last[1]);
    for (let i = 1; i < aras.coordinates.length; i++)
      expect(km(aras.coordinates[i - 1]!, aras.coordinates[i]!)).toBeLessThan(40);
  });

  // Distances to the line's nearest vertex, so a little more than to the river itself.
  test('passes the river towns the articles name', () => {
    expect(distance([45.6333, 38.9379])).toBeLessThan(3); // Jolfa
    expect(distance([47.0329, 39.1589])).toBeLessThan(5); // Khoda Afarin
    expect(distance([47.9174, 39.6482])).toBeLessThan(8); // Parsabad
  });

  test('lies on Iran’s border as the basemap draws it, point for point', () => {
    const iran = buildBasemap(world).features.find((f) => f.properties.name === 'Iran')!;
    const vertices = new Set((iran.geometry.coordinates as number[][][][]).flat(2).map((p) => p.join()));
    for (const point of aras.coordinates) expect(vertices.has(point.join()), point.join()).toBe(true);
  });
});
