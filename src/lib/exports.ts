/**
 * The machine-readable exports. The map reads these same files: one source of truth for
 * researchers and for the site's own script. URLs in them are site-relative paths.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Place } from './schema.ts';
import type { TimelineEntry } from './timeline.ts';
import { allNames, displayName, type PlaceRecord } from './gazetteer.ts';
import { formatSpan } from './dateFormat.ts';
import { articleUrl, mapUrl, placeDataUrl, placeUrl, timelineUrl } from './urls.ts';

/** Bumped when a field changes meaning or goes away; adding a field does not bump it. */
export const EXPORT_VERSION = 1;

/** An entry as researchers and the map get it. */
export function exportEntry(entry: TimelineEntry) {
  return {
    id: entry.anchor,
    type: entry.type,
    date: entry.when.date,
    ...(entry.when.until ? { until: entry.when.until } : {}),
    precision: entry.when.precision,
    dateLabel: formatSpan(entry.when.date, entry.when.until),
    ...(entry.when.note ? { dateNote: entry.when.note } : {}),
    title: entry.title,
    ...(entry.kind ? { kind: entry.kind } : {}),
    places: entry.places,
    actors: entry.actors,
    ...(entry.claim ? { claim: entry.claim } : {}),
    sources: entry.sources.map((s) => ({ ...s, url: articleUrl(s.articleId) })),
    url: timelineUrl(entry.anchor),
  };
}

export type ExportedEntry = ReturnType<typeof exportEntry>;

/** `/data/timeline.json`: every entry in date order. */
export function timelineExport(entries: readonly TimelineEntry[]) {
  return {
    version: EXPORT_VERSION,
    description: 'Every timeline entry (events and article publications) in date order. Dates are partial ISO dates at the stated precision.',
    entries: entries.map(exportEntry),
  };
}

export interface PlaceProperties {
  id: string;
  name: string;
  displayName: string;
  alternateName: Place['alternateName'] | null;
  aliases: string[];
  kind: Place['kind'];
  country: string;
  province: string;
  onBorder: boolean;
  coordinatesSource: string;
  entryCount: number;
  /** The place's page, and the JSON file listing its entries. */
  url: string;
  entriesUrl: string;
}

/** `/data/places.geojson`: every place as a Point, with a summary, not its entries. */
export function placesExport(
  places: readonly PlaceRecord[],
  entriesByPlace: ReadonlyMap<string, readonly TimelineEntry[]>,
): FeatureCollection<Point, PlaceProperties> {
  const features: Feature<Point, PlaceProperties>[] = places.map(({ id, data }) => ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [data.coordinates.lon, data.coordinates.lat] },
    properties: {
      id,
      name: data.name,
      displayName: displayName(data),
      alternateName: data.alternateName ?? null,
      aliases: allNames(data).slice(1),
      kind: data.kind,
      country: data.country,
      province: data.province,
      onBorder: data.onBorder,
      coordinatesSource: data.coordinatesSource,
      entryCount: entriesByPlace.get(id)?.length ?? 0,
      url: placeUrl(id),
      entriesUrl: placeDataUrl(id),
    },
  }));
  return { type: 'FeatureCollection', features };
}

/** `/data/places/<id>.json`: one place's entries, which the map's popup lists. */
export function placeEntriesExport(id: string, place: Place, entries: readonly TimelineEntry[]) {
  return {
    version: EXPORT_VERSION,
    id,
    name: displayName(place),
    url: placeUrl(id),
    mapUrl: mapUrl(id),
    entries: entries.map(exportEntry),
  };
}

