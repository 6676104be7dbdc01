/** The gazetteer as readers browse it: by country, then by name. */
import { countryName } from './labels.ts';

/**
 * Places under their country, countries in order of their English name and places by name
 * within each: the places index, the browse block and the place filter all list them so.
 */
export function placesByCountry<T extends { data: { name: string; country: string } }>(
  places: readonly T[],
): { code: string; places: T[] }[] {
  const byCountry = new Map<string, T[]>();
  for (const place of [...places].sort((a, b) => a.data.name.localeCompare(b.data.name))) {
    const list = byCountry.get(place.data.country) ?? [];
    list.push(place);
    byCountry.set(place.data.country, list);
  }
  return [...byCountry.entries()]
    .sort(([a], [b]) => countryName(a).localeCompare(countryName(b)))
    .map(([code, list]) => ({ code, places: list }));
}
