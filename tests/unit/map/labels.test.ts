import { describe, expect, test } from 'vitest';
import { REGION } from '../../../src/lib/map/basemap.ts';
import { overlaps, type Box } from '../../../src/lib/map/geometry.ts';
import { labelBox, layoutMarkers, riverLabel } from '../../../src/lib/map/labels.ts';
import { layerUnits, type MapPlace, type MarkerLayer } from '../../../src/lib/map/markers.ts';
import { projection } from '../../../src/lib/map/projection.ts';

const at = (id: string, lon: number, lat: number, onBorder = true): MapPlace => ({
  id,
  name: id,
  fullName: `${id} (full)`,
  lon,
  lat,
  onBorder,
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

describe('the river’s name', () => {
  const proj = projection([0, 0, 10, 10], 400);
  const layer: MarkerLayer = { scale: 1, clusterPx: 14, dotPx: 5, hitPx: 22, fontPx: 12, countryFontPx: 11 };
  const line: [number, number][] = [
    [0, 200],
    [100, 200],
    [200, 200],
    [300, 200],
    [400, 200],
  ];

  test('goes below the middle of the line where nothing is in the way', () => {
    const label = riverLabel(line, 'Aras', proj, layer, []);
    expect(label).toMatchObject({ x: 200, text: 'Aras' });
    expect(label!.y).toBeGreaterThan(200);
  });

  test('moves above the line, then along it, away from what is already drawn', () => {
    const below: Box = [150, 201, 250, 240];
    expect(riverLabel(line, 'Aras', proj, layer, [below])!.y).toBeLessThan(200);
    const middle: Box = [150, 150, 250, 250];
    expect(riverLabel(line, 'Aras', proj, layer, [middle])!.x).not.toBe(200);
    expect(riverLabel(line, 'Aras', proj, layer, [[0, 0, 400, 400]])).toBeUndefined();
  });
});
