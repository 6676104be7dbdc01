/**
 * What the filters match an entry on, and how those facts travel from the build to the browser:
 * the page writes them as `data-*` attributes on each entry, the filter script reads them back.
 * Both sides import this module, so the attribute names and the encoding have one home.
 * Browser-safe: it needs nothing but the filters and the date helpers.
 */
import type { TimelineEntry } from './entries.ts';
import { dayRange, type EntryFacts } from './filters.ts';
import { isContested } from './claims.ts';
import { containingPlaces } from './byPlace.ts';
import type { Containment } from '../model/containment.ts';

/** The kind an article's own entry is filtered as: the filter form's "Article published". */
export const ARTICLE_KIND = 'article';

/**
 * An entry's filter facts. Its countries are those of its places (`countryOf` looks a place up);
 * `within` gives the places a place lies within, so the place filter finds an entry at Aqa-Alilou
 * under Heris and East Azerbaijan too; its actors are those who take part,
 * claim or deny; it is contested only where someone denies the claim.
 */
export function entryFacts(
  entry: Pick<TimelineEntry, 'places' | 'actors' | 'claim' | 'kind' | 'when'>,
  countryOf: (placeId: string) => string | undefined,
  within: Pick<Containment, 'ancestors'>,
): EntryFacts {
  const countries = entry.places.map(countryOf).filter((c): c is string => c !== undefined && c !== '');
  return {
    places: entry.places,
    within: containingPlaces(entry.places, within),
    countries: [...new Set(countries)],
    actors: [...new Set([...entry.actors, ...(entry.claim?.by ?? []), ...(entry.claim?.deniedBy ?? [])])],
    kind: entry.kind ?? ARTICLE_KIND,
    ...dayRange(entry.when.date, entry.when.until),
    contested: isContested(entry.claim),
  };
}

/** The `data-*` attributes that carry the facts; an uncontested entry has no `data-contested`. */
export function factsToData(facts: EntryFacts): Record<string, string | undefined> {
  return {
    'data-places': facts.places.join(' '),
    'data-within': facts.within.length > 0 ? facts.within.join(' ') : undefined,
    'data-countries': facts.countries.join(' '),
    'data-actors': facts.actors.join(' '),
    'data-kind': facts.kind,
    'data-start': facts.start,
    'data-end': facts.end,
    'data-contested': facts.contested ? 'true' : undefined,
  };
}

/** Reads a list of ids written as one space-separated attribute value. */
export const readIds = (value: string | undefined) => (value ? value.split(' ').filter(Boolean) : []);

/** Reads the facts back from an element's `dataset` (camel-cased names, as the DOM gives them). */
export function factsFromData(data: Readonly<Record<string, string | undefined>>): EntryFacts {
  return {
    places: readIds(data['places']),
    within: readIds(data['within']),
    countries: readIds(data['countries']),
    actors: readIds(data['actors']),
    kind: data['kind'] ?? '',
    start: data['start'] ?? '',
    end: data['end'] ?? '',
    contested: data['contested'] === 'true',
  };
}
