/**
 * The static map's scale bar: a round distance (1, 2 or 5 times a power of ten kilometres) and
 * how long it is drawn. Pure arithmetic on a projection; Leaflet's map has its own scale control.
 */
import { round1, type Projection } from './projection.ts';

/** Kilometres in a degree of latitude, on a sphere of the Earth's mean radius (6371 km). */
export const KM_PER_DEGREE = (6371 * Math.PI) / 180;

/**
 * SVG units per kilometre in a projection's box, true at its middle latitude in both directions
 * (the projection shrinks longitude by that latitude's cosine): `projection.height` units span
 * the box's latitudes.
 */
export const unitsPerKm = (proj: Projection) => proj.height / ((proj.bbox[3] - proj.bbox[1]) * KM_PER_DEGREE);

/** The largest 1, 2 or 5 × 10ⁿ not above `max`: `roundDistance(340)` is 200, `roundDistance(0.7)` is 0.5. */
export function roundDistance(max: number): number {
  if (!(max > 0)) throw new RangeError(`roundDistance: expected a positive distance, got ${max}.`);
  const power = 10 ** Math.floor(Math.log10(max));
  return [5, 2, 1].map((step) => step * power).find((d) => d <= max)!;
}

/**
 * The scale bar for a map: the longest round distance that fits in `maxUnits` SVG units, its
 * length in units and its label: `{ km: 50, length: 56.1, label: '50 km' }`.
 */
export function scaleBar(proj: Projection, maxUnits: number) {
  const perKm = unitsPerKm(proj);
  const km = roundDistance(maxUnits / perKm);
  return { km, length: round1(km * perKm), label: `${km} km` };
}
