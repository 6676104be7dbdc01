/**
 * Which places the Leaflet map draws alone and which it merges, by the same greedy rule as the
 * static map (`clusterPoints`), applied to on-screen pixels at the current zoom.
 */
import { clusterPoints } from '../../lib/map/cluster.ts';
import type { MapPlace } from './data.ts';

/** Markers closer than this many pixels are drawn as one cluster. */
const CLUSTER_RADIUS = 26;

/** Ids are lower-case ASCII slugs: compared by code unit, with no collator to build on the page. */
const byId = (a: MapPlace, b: MapPlace) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Border places first, then the busiest, then by id: the order in which places claim space. */
export function rankPlaces(places: readonly MapPlace[]): MapPlace[] {
  return [...places].sort(
    (a, b) => Number(b.onBorder) - Number(a.onBorder) || b.entryCount - a.entryCount || byId(a, b),
  );
}

/**
 * Groups the ranked places not in `keep` whose markers would overlap on screen; `toScreen`
 * gives a place's position in pixels. A group of one is a place drawn alone.
 */
export function groupPlaces(
  ranked: readonly MapPlace[],
  keep: ReadonlySet<string>,
  toScreen: (place: MapPlace) => { x: number; y: number },
): MapPlace[][] {
  const free = ranked.filter((p) => !keep.has(p.id));
  return clusterPoints(
    free.map((p) => ({ ...toScreen(p), item: p })),
    CLUSTER_RADIUS,
  );
}
