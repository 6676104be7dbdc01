/**
 * Which places the region map frames and which lie far outside it. A capital where talks were
 * held (Washington, Geneva) would stretch the map to the whole world, so the map lists such
 * places as "elsewhere" and stays framed on the border. The frame is the map's own, imported.
 */
import { REGION } from '../map/basemap.ts';
import type { BBox } from '../map/geometry.ts';
import type { Place } from './schema.ts';

interface Located {
  data: Pick<Place, 'coordinates'>;
}

/** True when a point lies inside `frame` ([west, south, east, north]), edges included. */
export function inFrame({ lat, lon }: { lat: number; lon: number }, [west, south, east, north]: BBox): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

export interface FrameSplit<T> {
  /** Places with a point inside the frame: drawn on the map. */
  onMap: T[];
  /** Places with a point outside the frame: listed beside the map as "elsewhere". */
  elsewhere: T[];
  /** Places without a point (a village no source locates, a river): neither drawn nor listed. */
  unlocated: T[];
}

/**
 * Splits places by the map's frame, keeping their order:
 * `splitByFrame([jolfa, geneva, aras])` is `{ onMap: [jolfa], elsewhere: [geneva], unlocated: [aras] }`.
 */
export function splitByFrame<T extends Located>(places: readonly T[], frame: BBox = REGION): FrameSplit<T> {
  const split: FrameSplit<T> = { onMap: [], elsewhere: [], unlocated: [] };
  for (const place of places) {
    const point = place.data.coordinates;
    if (point === undefined) split.unlocated.push(place);
    else (inFrame(point, frame) ? split.onMap : split.elsewhere).push(place);
  }
  return split;
}
