/**
 * The lists beside the map: the places of the region (drawn on it, or inside it without a point
 * of their own), and "Elsewhere", the places far outside it (Washington, Geneva), which are
 * listed with their entries instead of stretching the map. The frame is the far-away split's.
 */
import type { BBox } from '../map/geometry.ts';
import { splitByFrame } from '../model/far-away.ts';
import type { Place } from '../model/schema.ts';

interface Listed {
  data: Pick<Place, 'coordinates' | 'name'>;
}

/**
 * `mapLists([geneva, jolfa, aras])` is `{ region: [aras, jolfa], elsewhere: [geneva] }`: each list
 * by name. A place without a point belongs to the region list: the gazetteer only enters a place
 * without one when it lies inside a place of the region (a village, the river).
 */
export function mapLists<T extends Listed>(places: readonly T[], frame?: BBox): { region: T[]; elsewhere: T[] } {
  const { onMap, elsewhere, unlocated } = splitByFrame(places, frame);
  const byName = (a: T, b: T) => a.data.name.localeCompare(b.data.name);
  return { region: [...onMap, ...unlocated].sort(byName), elsewhere: [...elsewhere].sort(byName) };
}

/** True when the place is listed as "elsewhere" rather than drawn: it has a point outside the frame. */
export function isElsewhere(place: Listed, frame?: BBox): boolean {
  return splitByFrame([place], frame).elsewhere.length === 1;
}
