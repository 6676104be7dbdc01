/**
 * Entries by place, places inside places included: what happened in East Azerbaijan province is
 * what happened at the province itself and at every place within it (Jolfa, Heris, Aqa-Alilou).
 * Each entry keeps where exactly it happened, so a page for the province can say "at Jolfa".
 * Pure: it takes the containment built from the gazetteer and the entries, nothing else.
 */
import type { Containment } from '../model/containment.ts';

interface Placed {
  places: readonly string[];
}

/**
 * The entries at each place or at any place within it, each once, in the order given (date order
 * when the entries are). Every id in `placeIds` gets a list, empty if nothing happened there.
 * With Aqa-Alilou within Heris within East Azerbaijan, an entry at Aqa-Alilou is listed under all three.
 */
export function entriesByPlace<E extends Placed>(
  entries: readonly E[],
  placeIds: readonly string[],
  within: Pick<Containment, 'ancestors'>,
): Map<string, E[]> {
  const byPlace = new Map<string, E[]>(placeIds.map((id) => [id, []]));
  for (const entry of entries) {
    for (const id of placesAndWithin(entry.places, within)) byPlace.get(id)?.push(entry);
  }
  return byPlace;
}

/**
 * Where exactly, inside `placeId`, an entry happened: its places that lie within `placeId`,
 * not `placeId` itself. Empty when the entry is tagged with the place itself only.
 * For an entry at Aqa-Alilou on the East Azerbaijan page, `whereWithin(...)` is `['aqa-alilou']`.
 */
export function whereWithin(entry: Placed, placeId: string, within: Pick<Containment, 'ancestors'>): string[] {
  return entry.places.filter((id) => id !== placeId && within.ancestors(id).includes(placeId));
}

/**
 * The places an entry's places lie within, each once, nearest first, leaving out the entry's own:
 * `['aqa-alilou']` gives `['heris', 'east-azerbaijan']`. What the place filter also matches, and
 * the exports' `within`.
 */
export function containingPlaces(places: readonly string[], within: Pick<Containment, 'ancestors'>): string[] {
  const own = new Set(places);
  return [...new Set(places.flatMap((id) => within.ancestors(id)))].filter((id) => !own.has(id));
}

/** The entry's places, then every place they lie within: `['aqa-alilou', 'heris', 'east-azerbaijan']`. */
export function placesAndWithin(places: readonly string[], within: Pick<Containment, 'ancestors'>): string[] {
  return [...new Set(places), ...containingPlaces(places, within)];
}
