/**
 * The map that needs no JavaScript: the basemap and the places drawn as SVG at build time.
 * Everything here is arithmetic on numbers and strings; StaticMap.astro lays it out.
 *
 * Coordinates are "SVG units": the viewBox is `width` units wide, and a map shown at that
 * width in CSS pixels draws one unit per pixel. Sizes that must hold on screen (a 44 px touch
 * target, a 12 px label) are therefore given for an expected on-screen scale: see `MarkerLayer`.
 */
import type { Position } from 'geojson';
import { clipRing, type Basemap, type BBox } from './basemap.ts';
import { clusterPoints } from './cluster.ts';

/** The country the site is about, drawn in a lighter fill (ISO 3166-1 numeric, as world-atlas has it). */
export const HOME_COUNTRY = '364';

export interface Projection {
  bbox: BBox;
  /** viewBox width and height in SVG units. */
  width: number;
  height: number;
  /** Longitude and latitude to SVG x and y (y grows downwards). */
  project(lon: number, lat: number): [number, number];
}

/** Rounds to one decimal, the precision every coordinate in the SVG is written at. */
export const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * An equirectangular projection of `bbox`, with longitude shrunk by the cosine of the middle
 * latitude so that shapes keep their proportions at this latitude:
 * `projection([43.2, 37.4, 50.6, 41.6], 640)` is 640 × 471 units.
 */
export function projection(bbox: BBox, width = 640): Projection {
  const [west, south, east, north] = bbox;
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = width / ((east - west) * k);
  const height = round1((north - south) * scale);
  return {
    bbox,
    width,
    height,
    project: (lon, lat) => [round1((lon - west) * k * scale), round1((north - lat) * scale)],
  };
}

/**
 * A box of `halfWidth` × `halfHeight` degrees around a point, moved (not shrunk) so that it
 * stays inside `within`: the place page's small map around its place.
 */
export function boxAround(lon: number, lat: number, within: BBox, halfWidth = 0.8, halfHeight = 0.55): BBox {
  const [west, south, east, north] = within;
  const w = Math.min(halfWidth * 2, east - west);
  const h = Math.min(halfHeight * 2, north - south);
  const x = Math.min(Math.max(lon - w / 2, west), east - w);
  const y = Math.min(Math.max(lat - h / 2, south), north - h);
  return [x, y, x + w, y + h];
}

/** A number as short as SVG allows at one decimal: 0.5 is ".5", -0.5 is "-.5", 3.0 is "3". */
function num(n: number): string {
  const s = String(round1(n) || 0);
  return s.replace(/^(-?)0\./, '$1.');
}

/** Joins numbers with the fewest separators: a minus sign, or a second decimal point, separates by itself. */
function numbers(values: readonly number[]): string {
  let out = '';
  let previous = '';
  for (const value of values) {
    const s = num(value);
    const needsSpace = out !== '' && !s.startsWith('-') && !(s.startsWith('.') && previous.includes('.'));
    out += (needsSpace ? ' ' : '') + s;
    previous = s;
  }
  return out;
}

/**
 * A closed ring as path data with relative moves, dropping points closer than `tolerance`
 * units to the last one kept. Differences are taken between rounded points, so the rounding
 * never accumulates along the ring. Returns '' for a ring too small to see.
 */
export function ringPath(ring: readonly Position[], project: Projection['project'], tolerance = 1): string {
  const points: [number, number][] = [];
  for (const [lon, lat] of ring) {
    const p = project(lon!, lat!);
    const last = points.at(-1);
    if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= tolerance) points.push(p);
  }
  // The ring closes itself with `z`; a repeated first point is not needed.
  const first = points[0];
  const end = points.at(-1);
  if (first && end && points.length > 1 && Math.hypot(first[0] - end[0], first[1] - end[1]) < tolerance) points.pop();
  if (points.length < 3) return '';
  const [x0, y0] = points[0]!;
  const steps: number[] = [];
  for (let i = 1; i < points.length; i++) {
    steps.push(round1(points[i]![0] - points[i - 1]![0]), round1(points[i]![1] - points[i - 1]![1]));
  }
  return `M${numbers([x0, y0])}l${numbers(steps)}z`;
}

export interface CountryShape {
  id: string;
  name: string;
  /** True for Iran, drawn lighter as the Leaflet map does. */
  home: boolean;
  /** Path data, every point inside the viewBox. */
  d: string;
  /** Where the name goes: the centre of the country's largest piece in view. */
  labelAt: [number, number];
  /** The area of that piece in square SVG units, to leave out names of slivers. */
  labelArea: number;
}

/** Area (positive) and centroid of a projected ring. */
function areaAndCentroid(points: readonly [number, number][]): { area: number; at: [number, number] } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[(i + 1) % points.length]!;
    const cross = x1 * y2 - x2 * y1;
    a += cross;
    cx += (x1 + x2) * cross;
    cy += (y1 + y2) * cross;
  }
  if (a === 0) return { area: 0, at: points[0] ?? [0, 0] };
  return { area: Math.abs(a / 2), at: [round1(cx / (3 * a)), round1(cy / (3 * a))] };
}

/**
 * The basemap's countries as SVG paths in the projection's box: each ring clipped to the box,
 * projected, thinned to `tolerance` units and written at one decimal.
 */
export function countryShapes(basemap: Basemap, proj: Projection, tolerance = 1): CountryShape[] {
  const shapes: CountryShape[] = [];
  for (const country of basemap.features) {
    const polygons =
      country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
    let d = '';
    let largest = { area: 0, at: [0, 0] as [number, number] };
    for (const rings of polygons) {
      rings.forEach((ring, i) => {
        const clipped = clipRing(ring, proj.bbox);
        if (clipped.length === 0) return;
        const path = ringPath(clipped, proj.project, tolerance);
        if (!path) return;
        d += path;
        if (i === 0) {
          const measured = areaAndCentroid(clipped.slice(0, -1).map(([lon, lat]) => proj.project(lon!, lat!)));
          if (measured.area > largest.area) largest = measured;
        }
      });
    }
    if (!d) continue;
    shapes.push({
      id: country.properties.id,
      name: country.properties.name,
      home: country.properties.id === HOME_COUNTRY,
      d,
      labelAt: largest.at,
      labelArea: largest.area,
    });
  }
  return shapes;
}

/** A place as the map needs it. */
export interface MapPlace {
  id: string;
  /** The short visible label: "Khojavend". */
  name: string;
  /** The full name for the accessible label: "Khojavend (Martuni)". */
  fullName: string;
  lon: number;
  lat: number;
  onBorder: boolean;
}

/** How a label's text lines up with its x: SVG's `text-anchor`. */
export type Anchor = 'start' | 'middle' | 'end';

/** What is drawn for one place, or for several places too close to draw apart. */
export interface Marker {
  /** The places it stands for, in the order given; one for a single place. */
  places: MapPlace[];
  x: number;
  y: number;
  highlighted: boolean;
  /**
   * The label of a single place (a group has none). `fits` is false where it would cover
   * another marker or label: it is then shown only while the marker is hovered or focused.
   */
  label?: { x: number; y: number; anchor: Anchor; text: string; fits: boolean };
}

/**
 * Sizes for one layer of markers, in on-screen pixels, and the scale (CSS pixels per SVG unit)
 * the layer is drawn for. A map shown in a narrow column gets a layer whose markers are larger in
 * SVG units, so that they stay as large on screen.
 */
export interface MarkerLayer {
  /** CSS pixels per SVG unit at which this layer is meant to be seen. */
  scale: number;
  /** Markers closer than this on screen merge into one group. */
  clusterPx: number;
  dotPx: number;
  /** Radius of the invisible touch target: 22 px makes a 44 px target. */
  hitPx: number;
  fontPx: number;
  /** The font size of the country names. */
  countryFontPx: number;
}

/** Converts a layer's on-screen sizes into SVG units. */
export function layerUnits(layer: MarkerLayer) {
  const u = (px: number) => round1(px / layer.scale);
  return {
    cluster: u(layer.clusterPx),
    dot: u(layer.dotPx),
    // Rounded up: a touch target must not come out a fraction of a pixel short.
    hit: Math.ceil((layer.hitPx / layer.scale) * 10) / 10,
    font: u(layer.fontPx),
    countryFont: u(layer.countryFontPx),
  };
}

/**
 * Groups places whose markers would lie within `radius` units of each other, by the same rule
 * as the Leaflet map's clusters (`clusterPoints`: greedy, in the order given). A group is drawn
 * at the mean of its places. The place in `keep` (the page's own place) is never merged into a
 * group, and comes first.
 */
export function clusterPlaces(
  places: readonly MapPlace[],
  proj: Projection,
  radius: number,
  keep?: string,
): { places: MapPlace[]; x: number; y: number }[] {
  const at = (place: MapPlace) => {
    const [x, y] = proj.project(place.lon, place.lat);
    return { x, y, item: place };
  };
  const kept = places.filter((p) => p.id === keep).map((p) => [p]);
  const groups = [...kept, ...clusterPoints(places.filter((p) => p.id !== keep).map(at), radius)];
  return groups.map((group) => {
    const points = group.map(at);
    return {
      places: group,
      x: round1(points.reduce((s, p) => s + p.x, 0) / points.length),
      y: round1(points.reduce((s, p) => s + p.y, 0) / points.length),
    };
  });
}

/** An axis-aligned box: [x1, y1, x2, y2]. */
export type Box = [number, number, number, number];

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

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
    const r = m.places.length > 1 ? units.dot * 1.6 : m.highlighted ? units.dot * 1.4 : units.dot;
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
    const r = m.highlighted ? units.dot * 1.4 : units.dot;
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
      const inside = box[0] >= 0 && box[1] >= 0 && box[2] <= proj.width && box[3] <= proj.height;
      if (inside && !taken.some((t) => overlaps(t, box))) {
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
    const inside = box[0] >= 0 && box[1] >= 0 && box[2] <= proj.width && box[3] <= proj.height;
    const big = shape.labelArea >= (box[2] - box[0]) * (box[3] - box[1]) * 2;
    if (inside && big && !placed.some((p) => overlaps(p.box, box)))
      placed.push({ id: shape.id, name: shape.name, x: shape.labelAt[0], y: shape.labelAt[1], box });
  }
  return placed;
}

/** "3 places: Jolfa, Khoda Afarin, Parsabad": the accessible name of a group marker. */
export function groupLabel(places: readonly MapPlace[]): string {
  return `${places.length} places: ${places.map((p) => p.fullName).join(', ')}`;
}
