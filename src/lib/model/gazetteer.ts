/**
 * The gazetteer: one place per id, known by every spelling the sources use.
 */
import type { Place } from './schema.ts';
import { closestIds } from './editDistance.ts';
import { foldName } from './names.ts';

export interface PlaceRecord {
  id: string;
  data: Place;
}

/** The name to show, with the other party's name beside it: "Khojavend (Martuni)". */
export function displayName(place: Place): string {
  return place.alternateName ? `${place.name} (${place.alternateName.name})` : place.name;
}

/** Every name a place is known by, canonical first. */
export function allNames(place: Place): string[] {
  const names = [place.name, ...(place.alternateName ? [place.alternateName.name] : []), ...place.aliases];
  return [...new Set(names)];
}

/** Maps every folded name and alias to the ids of the places that carry it. */
export function nameIndex(places: readonly PlaceRecord[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const { id, data } of places) {
    for (const name of allNames(data)) {
      const key = foldName(name);
      const ids = index.get(key) ?? [];
      if (!ids.includes(id)) ids.push(id);
      index.set(key, ids);
    }
  }
  return index;
}

/**
 * Place ids a mistyped id or a name probably meant, best first:
 * `suggestPlaces('khoda-afrin', places)` is `['khoda-afarin']`.
 */
export function suggestPlaces(wanted: string, places: readonly PlaceRecord[]): string[] {
  return closestIds(
    wanted,
    places.map(({ id, data }) => ({ id, names: allNames(data) })),
  );
}
