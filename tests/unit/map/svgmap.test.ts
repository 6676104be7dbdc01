import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildBasemap, REGION } from '../../../src/lib/map/basemap.ts';
import { overlaps, type BBox } from '../../../src/lib/map/geometry.ts';
import { countryLabels } from '../../../src/lib/map/labels.ts';
import type { MarkerLayer } from '../../../src/lib/map/markers.ts';
import { boxAround, projection } from '../../../src/lib/map/projection.ts';
import { countryShapes, linePath, ringPath } from '../../../src/lib/map/svgmap.ts';

/** Every absolute point of path data written as `M x y l dx dy … z`, repeated. */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  for (const [, move, steps] of d.matchAll(/M([^l]+)l([^z]*)z/g)) {
    const nums = (s: string) => (s.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    let [x, y] = nums(move!) as [number, number];
    points.push([x, y]);
    const deltas = nums(steps!);
    for (let i = 0; i + 1 < deltas.length; i += 2) {
      x += deltas[i]!;
      y += deltas[i + 1]!;
      points.push([x, y]);
    }
  }
  return points;
}

describe('path data', () => {
  const proj = projection([0, 0, 10, 10], 100);

  test('writes a ring with relative steps and closes it', () => {
    // cos(5°) makes the box 100 wide and a little over 100 tall.
    const d = ringPath(
      [
        [0, 10],
        [10, 10],
        [10, 0],
        [0, 10],
      ],
      proj.project,
    );
    expect(d).toMatch(/^M0 0l100 0 0 [\d.]+z$/);
  });

  test('drops points closer than the tolerance to the last one kept', () => {
    const ring = [
      [0, 10],
      [0.01, 10],
      [5, 10],
      [5, 5],
      [0, 10],
    ];
    expect(pathPoints(ringPath(ring, proj.project, 1))).toHaveLength(3);
  });

  test('leaves out a ring too small to see', () => {
    expect(
      ringPath(
        [
          [1, 1],
          [1.001, 1],
          [1.001, 1.001],
          [1, 1],
        ],
        proj.project,
        1,
      ),
    ).toBe('');
  });

  describe('of the real basemap', () => {
    const world = JSON.parse(readFileSync('node_modules/world-atlas/countries-10m.json', 'utf8'));
    const basemap = buildBasemap(world);

    test.each([
      ['the whole region', REGION],
      ['a box around Khoda Afarin', boxAround(47.03, 39.16, REGION, 0.9, 0.55)],
      ['a box at the corner of the region', boxAround(43.3, 41.5, REGION, 0.9, 0.55)],
    ] as [string, BBox][])('stays inside the viewBox for %s', (_, bbox) => {
      const view = projection(bbox, 640);
      const shapes = countryShapes(basemap, view, 0.8);
      expect(shapes.length).toBeGreaterThan(0);
      for (const shape of shapes) {
        const points = pathPoints(shape.d);
        expect(points.length).toBeGreaterThan(2);
        for (const [x, y] of points) {
          // Summing rounded steps can only drift by the rounding of the steps themselves.
          expect(x).toBeGreaterThanOrEqual(-0.05);
          expect(x).toBeLessThanOrEqual(view.width + 0.05);
          expect(y).toBeGreaterThanOrEqual(-0.05);
          expect(y).toBeLessThanOrEqual(view.height + 0.05);
        }
      }
    });

    test('keeps the whole region’s country shapes light enough to inline in a page', () => {
      const shapes = countryShapes(basemap, projection(REGION, 640), 0.8);
      expect(shapes.map((s) => s.d).join('').length).toBeLessThan(14_000);
      expect(shapes.find((s) => s.home)?.name).toBe('Iran');
    });

    test('names the countries inside the map, without one name covering another', () => {
      const view = projection(REGION, 640);
      const layer: MarkerLayer = { scale: 0.75, clusterPx: 14, dotPx: 5, hitPx: 22, fontPx: 12, countryFontPx: 11 };
      const labels = countryLabels(countryShapes(basemap, view, 0.8), view, layer);
      expect(labels.map((l) => l.name)).toEqual(expect.arrayContaining(['Iran', 'Azerbaijan', 'Armenia']));
      for (const { box } of labels) {
        expect(box[0]).toBeGreaterThanOrEqual(0);
        expect(box[2]).toBeLessThanOrEqual(view.width);
      }
      for (const a of labels) for (const b of labels) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
    });

    test('names Nakhchivan as Azerbaijan’s, on the region map at a phone’s width and around Jolfa', () => {
      const narrow: MarkerLayer = { scale: 0.4375, clusterPx: 14, dotPx: 5, hitPx: 22, fontPx: 12, countryFontPx: 10 };
      for (const view of [projection(REGION, 640), projection(boxAround(45.63, 38.94, REGION), 640)]) {
        const labels = countryLabels(countryShapes(basemap, view, 0.8), view, narrow);
        expect(labels.find((l) => l.name === 'Nakhchivan')).toMatchObject({ of: 'Azerbaijan' });
      }
    });
  });
});

describe('an open line as path data', () => {
  const proj = projection([0, 0, 10, 10], 100);

  test('writes the line with relative steps and leaves it open', () => {
    const d = linePath(
      [
        [1, 9],
        [5, 9],
        [5, 5],
      ],
      proj,
    );
    expect(d).toMatch(/^M[^z]+$/);
    expect(d.startsWith(`M${proj.project(1, 9).join(' ')}l`)).toBe(true);
  });

  test('keeps only the runs in view, each reaching one point beyond the edge', () => {
    const d = linePath(
      [
        [-20, 5],
        [-10, 5],
        [-5, 5],
        [5, 5],
        [15, 5],
        [25, 5],
      ],
      proj,
    );
    expect(d.match(/M/g)).toHaveLength(1);
    expect(d.startsWith(`M${proj.project(-5, 5)[0]} `)).toBe(true);
    expect(
      linePath(
        [
          [20, 20],
          [30, 30],
        ],
        proj,
      ),
    ).toBe('');
  });
});
