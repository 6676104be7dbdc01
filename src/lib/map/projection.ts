/**
 * From longitude and latitude to the static map's SVG units. The viewBox is `width` units wide,
 * and a map shown at that width in CSS pixels draws one unit per pixel.
 */
import type { BBox } from './geometry.ts';

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

/**
 * The smallest box around several points, with `margin` degrees to spare on every side and never
 * smaller than `boxAround` makes for one, kept inside `within`: an event page's map of its places.
 * e.g. Jolfa and Parsabad together get a box from west of Jolfa to east of Parsabad.
 */
export function boxAroundAll(
  points: readonly { lon: number; lat: number }[],
  within: BBox,
  margin = 0.35,
  halfWidth = 0.8,
  halfHeight = 0.55,
): BBox {
  if (points.length === 0) return within;
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const [west, south, east, north] = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
  return boxAround(
    (west + east) / 2,
    (south + north) / 2,
    within,
    Math.max(halfWidth, (east - west) / 2 + margin),
    Math.max(halfHeight, (north - south) / 2 + margin),
  );
}
