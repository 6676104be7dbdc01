/**
 * Where the static map's names go: each place's label beside its marker, and the country names,
 * placed so that none covers a marker or another name. Estimates text sizes, since nothing is
 * measured at build time.
 */
import { overlaps, vertexAlong, type Box } from './geometry.ts';
import {
  clusterPlaces,
  layerUnits,
  markerRadius,
  type Anchor,
  type MapPlace,
  type Marker,
  type MarkerLayer,
} from './markers.ts';
import { round1, type Projection } from './projection.ts';
import type { CountryShape } from './svgmap.ts';

/**
 * A generous estimate of a label's width: an average glyph of a bold system sans-serif is
 * about 0.58 em wide. Too wide only hides a label that might have fitted.
 */
export const textWidth = (text: string, fontSize: number) => text.length * fontSize * 0.58;

/** The box a label takes, for text written at (x, y) on its baseline. */
export function labelBox(x: number, y: number, text: string, fontSize: number, anchor: Anchor): Box {
  const w = textWidth(text, fontSize);
  const x1 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return [x1, y - fontSize * 0.75, x1 + w, y + fontSize * 0.2];
}

const insideMap = (box: Box, proj: Projection) =>
  box[0] >= 0 && box[1] >= 0 && box[2] <= proj.width && box[3] <= proj.height;

/**
 * Lays out one layer: clusters the places, then gives each single place a label to its right,
 * or failing that to its left, above or below it, where the label covers no marker, no other
 * label, no `obstacles` (the country names) and stays inside the map; a label that fits nowhere
 * goes to the right, marked as not fitting. The highlighted place is labelled first; then
 * border places, then the rest, each in the order given.
 */
export function layoutMarkers(
  places: readonly MapPlace[],
  proj: Projection,
  layer: MarkerLayer,
  options: { highlight?: string | undefined; obstacles?: readonly Box[] } = {},
): Marker[] {
  const units = layerUnits(layer);
  const { highlight, obstacles = [] } = options;
  const markers: Marker[] = clusterPlaces(places, proj, units.cluster, highlight).map((g) => ({
    ...g,
    highlighted: g.places.length === 1 && g.places[0]!.id === highlight,
  }));
  const dotBox = (m: Marker): Box => {
    const r = markerRadius(m, units);
    return [m.x - r, m.y - r, m.x + r, m.y + r];
  };
  const taken: Box[] = [...obstacles, ...markers.map(dotBox)];
  const rank = (m: Marker) => (m.highlighted ? 0 : m.places[0]!.onBorder ? 1 : 2);
  const order = markers
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.places.length === 1)
    .sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i);
  for (const { m } of order) {
    const text = m.places[0]!.name;
    const r = markerRadius(m, units);
    const gap = r + units.font * 0.3;
    // Right of the marker, then left, then above and below it, centred.
    const candidates: [number, number, Anchor][] = [
      [m.x + gap, m.y + units.font * 0.3, 'start'],
      [m.x - gap, m.y + units.font * 0.3, 'end'],
      [m.x, m.y - r - units.font * 0.35, 'middle'],
      [m.x, m.y + r + units.font * 0.95, 'middle'],
    ];
    for (const [cx, cy, anchor] of candidates) {
      const x = round1(cx);
      const y = round1(cy);
      const box = labelBox(x, y, text, units.font, anchor);
      if (insideMap(box, proj) && !taken.some((t) => overlaps(t, box))) {
        m.label = { x, y, anchor, text, fits: true };
        taken.push(box);
        break;
      }
    }
    const [x, y, anchor] = candidates[0]!;
    m.label ??= { x: round1(x), y: round1(y), anchor, text, fits: false };
  }
  return markers;
}

/** A country's name, or an exclave's with its country's below it, placed on the static map. */
export interface CountryLabel {
  id: string;
  name: string;
  /** The country an exclave belongs to, written on a second line: "(Azerbaijan)". */
  of?: string;
  x: number;
  y: number;
  box: Box;
}

/**
 * The country names that fit in a layer: centred on each country's largest piece, left out
 * where that piece is a sliver, where the name would run off the map, or cover a name already
 * placed. Exclaves (Nakhchivan) are named too, in smaller type with their country beneath, where
 * the two lines fit inside the map; the largest pieces claim their space first.
 */
export function countryLabels(shapes: readonly CountryShape[], proj: Projection, layer: MarkerLayer): CountryLabel[] {
  const { countryFont } = layerUnits(layer);
  const candidates = shapes.flatMap((shape) => [
    { shape, name: shape.name, at: shape.labelAt, area: shape.labelArea, of: undefined },
    ...shape.exclaves.map((e) => ({ shape, name: e.name, at: e.labelAt, area: e.labelArea, of: shape.name })),
  ]);
  const placed: CountryLabel[] = [];
  for (const { shape, name, at, area, of } of candidates.sort((a, b) => b.area - a.area)) {
    const [x, y] = at;
    let box: Box;
    if (of) {
      // Two lines of smaller, less spaced capitals: the exclave's name, then its country's.
      const font = countryFont * exclaveScale;
      const width = Math.max(textWidth(name, font * 1.25), textWidth(`(${of})`, font * 1.25));
      box = [x - width / 2, y - font * 0.8, x + width / 2, y + font * 1.4];
    } else {
      // Letter-spaced serif capitals run about half as wide again as the body text's estimate.
      box = labelBox(x, y, name.toUpperCase(), countryFont * 1.55, 'middle');
      if (area < (box[2] - box[0]) * (box[3] - box[1]) * 2) continue;
    }
    if (insideMap(box, proj) && !placed.some((p) => overlaps(p.box, box)))
      placed.push({ id: shape.id, name, ...(of ? { of } : {}), x, y, box });
  }
  return placed;
}

/** An exclave's name is set this much smaller than a country's. */
export const exclaveScale = 0.8;

/**
 * Where a river's name goes in a layer: beside a point of its line in view (below it, above it,
 * then to its left or right), trying the middle of the line first and then points further out,
 * wherever the name stays inside the map and covers nothing in `taken`. Undefined where it
 * fits nowhere.
 */
export function riverLabel(
  line: readonly [number, number][],
  name: string,
  proj: Projection,
  layer: MarkerLayer,
  taken: readonly Box[],
): { x: number; y: number; anchor: Anchor; text: string; box: Box } | undefined {
  const { font } = layerUnits(layer);
  const size = font * riverScale;
  const inView = line.filter(([x, y]) => x >= 0 && x <= proj.width && y >= 0 && y <= proj.height);
  if (inView.length < 2) return undefined;
  const sides: [number, number, Anchor][] = [
    [0, size * 1.15, 'middle'],
    [0, -size * 0.45, 'middle'],
    [-size * 0.5, size * 0.35, 'end'],
    [size * 0.5, size * 0.35, 'start'],
  ];
  for (const fraction of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9]) {
    const [px, py] = inView[vertexAlong(inView, fraction)]!;
    for (const [dx, dy, anchor] of sides) {
      const x = round1(px + dx);
      const y = round1(py + dy);
      // Italic serif: a little wider than the sans-serif estimate.
      const box = labelBox(x, y, name, size * 1.1, anchor);
      if (insideMap(box, proj) && !taken.some((t) => overlaps(t, box))) return { x, y, anchor, text: name, box };
    }
  }
  return undefined;
}

/** A river's name is set this much larger than a place's. */
export const riverScale = 1.1;
