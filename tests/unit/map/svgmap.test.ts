import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildBasemap, REGION, type BBox } from '../../../src/lib/map/basemap.ts';
import {
  boxAround,
  clusterPlaces,
  countryLabels,
  countryShapes,
  groupLabel,
  labelBox,
  layerUnits,
  layoutMarkers,
  projection,
  ringPath,
  type Box,
  type MapPlace,
  type MarkerLayer,
} from '../../../src/lib/map/svgmap.ts';

const at = (id: string, lon: number, lat: number, onBorder = true): MapPlace => ({
  id,
  name: id,
  fullName: `${id} (full)`,
  lon,
  lat,
  onBorder,
});

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

describe('the projection', () => {
  const proj = projection(REGION, 640);
  const [west, south, east, north] = REGION;

  test('puts the north-west corner at the origin and the south-east corner at the far corner', () => {
    expect(proj.project(west, north)).toEqual([0, 0]);
    expect(proj.project(east, south)).toEqual([640, proj.height]);
  });

  test('shrinks longitude by the cosine of the middle latitude, so shapes keep their proportions', () => {
    const [x1, y1] = proj.project(46, 39);
    const [x2] = proj.project(47, 39);
    const [, y2] = proj.project(46, 38);
    expect((x2 - x1) / (y2 - y1)).toBeCloseTo(Math.cos((39.5 * Math.PI) / 180), 2);
  });

  test('writes coordinates to one decimal', () => {
    for (const value of proj.project(46.123456, 39.987654)) expect(Math.round(value * 10) / 10).toBe(value);
  });
});

describe('a box around a place', () => {
  test('centres the box on the place', () => {
    const [w, s, e, n] = boxAround(46, 39.5, REGION, 0.9, 0.55);
    expect((w + e) / 2).toBeCloseTo(46);
    expect((s + n) / 2).toBeCloseTo(39.5);
    expect(e - w).toBeCloseTo(1.8);
  });

  test('moves the box, without shrinking it, to keep it inside the region', () => {
    const box = boxAround(43.3, 41.5, REGION, 0.9, 0.55);
    expect(box[0]).toBe(REGION[0]);
    expect(box[3]).toBe(REGION[3]);
    expect(box[2] - box[0]).toBeCloseTo(1.8);
    expect(box[3] - box[1]).toBeCloseTo(1.1);
  });
});

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
  });
});

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

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

describe('labels', () => {
  const proj = projection(REGION, 640);
  const layer: MarkerLayer = { scale: 0.75, clusterPx: 14, dotPx: 5, hitPx: 22, fontPx: 12, countryFontPx: 11 };

  test('sizes touch targets to 44 px on screen at the scale the layer is drawn for', () => {
    expect(layerUnits(layer).hit * 2 * layer.scale).toBeGreaterThanOrEqual(44);
  });

  test('labels a lone place to the right of its marker', () => {
    const [marker] = layoutMarkers([at('jolfa', 45.63, 38.94)], proj, layer);
    expect(marker!.label).toMatchObject({ anchor: 'start', text: 'jolfa', fits: true });
    expect(marker!.label!.x).toBeGreaterThan(marker!.x);
  });

  test('moves a label that would cover a neighbour, and never lets two fitting labels overlap', () => {
    const places = [
      at('a', 46, 39),
      at('b', 46.25, 39),
      at('c', 46.1, 39.2),
      at('d', 46.1, 38.8),
      at('e', 46.35, 39.1),
    ];
    const markers = layoutMarkers(places, proj, layer);
    const { font } = layerUnits(layer);
    const boxes = markers
      .filter((m) => m.label?.fits)
      .map((m) => labelBox(m.label!.x, m.label!.y, m.label!.text, font, m.label!.anchor));
    expect(boxes.length).toBeGreaterThan(1);
    for (const a of boxes) for (const b of boxes) if (a !== b) expect(overlaps(a, b)).toBe(false);
  });

  test('gives the highlighted place the first choice of where its label goes', () => {
    const places = [at('neighbour', 46.08, 39), at('home', 46, 39, false)];
    const markers = layoutMarkers(places, proj, layer, { highlight: 'home' });
    const home = markers.find((m) => m.highlighted)!;
    expect(home.places[0]!.id).toBe('home');
    expect(home.label?.fits).toBe(true);
  });

  test('keeps labels off the country names', () => {
    const [x, y] = proj.project(46.1, 39);
    const obstacle: Box = [x, y - 20, x + 200, y + 20];
    const [marker] = layoutMarkers([at('a', 46, 39)], proj, layer, { obstacles: [obstacle] });
    expect(marker!.label?.anchor).not.toBe('start');
  });

  test('gives a group no label: its number and its accessible name say what it holds', () => {
    const [group] = layoutMarkers([at('a', 46, 39), at('b', 46.01, 39)], proj, layer);
    expect(group!.places).toHaveLength(2);
    expect(group!.label).toBeUndefined();
  });
});
