/**
 * Where the static map's names go: each place's label beside its marker, and the country names,
 * placed so that none covers a marker or another name. Estimates text sizes, since nothing is
 * measured at build time.
 */
import { overlaps, type Box } from './geometry.ts';
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

/**
 * The country names that fit in a layer: centred on each country's largest piece, left out
 * where that piece is a sliver, where the name would run off the map, or cover a name already placed.
 */
export function countryLabels(shapes: readonly CountryShape[], proj: Projection, layer: MarkerLayer) {
  const { countryFont } = layerUnits(layer);
  const placed: { id: string; name: string; x: number; y: number; box: Box }[] = [];
  for (const shape of [...shapes].sort((a, b) => b.labelArea - a.labelArea)) {
    const name = shape.name.toUpperCase();
    // Letter-spaced serif capitals run about half as wide again as the body text's estimate.
    const box = labelBox(shape.labelAt[0], shape.labelAt[1], name, countryFont * 1.55, 'middle');
    const big = shape.labelArea >= (box[2] - box[0]) * (box[3] - box[1]) * 2;
    if (insideMap(box, proj) && big && !placed.some((p) => overlaps(p.box, box)))
      placed.push({ id: shape.id, name: shape.name, x: shape.labelAt[0], y: shape.labelAt[1], box });
  }
  return placed;
}
