/**
 * The machine-readable exports. The map reads these same files: one source of truth for
 * researchers and for the site's own script. URLs in them are site-relative paths.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Place } from '../lib/model/schema.ts';
import type { TimelineEntry } from '../lib/timeline/entries.ts';
import type { EntryLocation } from '../lib/timeline/archive.ts';
import { allNames, displayName, type PlaceRecord } from '../lib/model/gazetteer.ts';
import { formatDating } from '../lib/model/dateFormat.ts';
import { articleUrl, entryUrl, mapUrl, placeDataUrl, placeUrl, timelineMonthDataUrl } from './urls.ts';

/** Bumped when a field changes meaning or goes away; adding a field does not bump it. */
export const EXPORT_VERSION = 1;

/** Where each entry's anchor is on the site (`SiteContent.locate`), for its `url`. */
export type Locate = (entry: TimelineEntry) => EntryLocation;

/** An entry as researchers and the map get it. */
export function exportEntry(entry: TimelineEntry, locate: Locate) {
  return {
    id: entry.anchor,
    type: entry.type,
    date: entry.when.date,
    ...(entry.when.until ? { until: entry.when.until } : {}),
    ...(entry.when.sometime ? { sometime: true } : {}),
    precision: entry.when.precision,
    dateLabel: formatDating(entry.when),
    ...(entry.when.note ? { dateNote: entry.when.note } : {}),
    title: entry.title,
    ...(entry.kind ? { kind: entry.kind } : {}),
    places: entry.places,
    actors: entry.actors,
    ...(entry.claim ? { claim: entry.claim } : {}),
    ...(entry.partOf ? { partOf: entry.partOf.anchor } : {}),
    ...(entry.parts ? { parts: entry.parts.map((p) => p.anchor) } : {}),
    sources: entry.sources.map((s) => ({ ...s, url: articleUrl(s.articleId) })),
    url: entryUrl(entry, locate(entry)),
  };
}

export type ExportedEntry = ReturnType<typeof exportEntry>;

/** Up to this many entries, timeline.json carries them all; beyond, researchers follow `months`. */
export const WHOLE_EXPORT_LIMIT = 5000;

/** At most this many entries in a place's file, the most recent: what a map popup can show. */
export const PLACE_EXPORT_LIMIT = 100;

/**
 * `/data/timeline.json`: an index of the months, each with its own file, and every entry in date
 * order while there are no more than WHOLE_EXPORT_LIMIT (so the file never grows without bound).
 */
export function timelineExport(
  entries: readonly TimelineEntry[],
  months: readonly { key: string; label: string; entries: readonly TimelineEntry[] }[],
  locate: Locate,
) {
  const whole = entries.length <= WHOLE_EXPORT_LIMIT;
  return {
    version: EXPORT_VERSION,
    description: whole
      ? 'Every timeline entry (events and article publications) in date order, and the same by month. Dates are partial ISO dates at the stated precision.'
      : `The archive has ${entries.length} entries, more than one file should hold: follow "months" for them, month by month. Dates are partial ISO dates at the stated precision.`,
    entryCount: entries.length,
    months: months.map((m) => ({
      key: m.key,
      label: m.label,
      entryCount: m.entries.length,
      url: timelineMonthDataUrl(m.key),
    })),
    ...(whole ? { entries: entries.map((e) => exportEntry(e, locate)) } : {}),
  };
}

/** `/data/timeline/<yyyy-mm>.json`: one month's entries (or one year's, for year-only entries). */
export function timelineMonthExport(
  month: { key: string; label: string; entries: readonly TimelineEntry[] },
  locate: Locate,
) {
  return {
    version: EXPORT_VERSION,
    key: month.key,
    label: month.label,
    entries: month.entries.map((e) => exportEntry(e, locate)),
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
  /** The id of the place it lies within, or null. */
  within: string | null;
  onBorder: boolean;
  /** Null, with a null geometry, for a place no source locates. */
  coordinatesSource: string | null;
  entryCount: number;
  /** The place's page, and the JSON file listing its entries. */
  url: string;
  entriesUrl: string;
}

/**
 * `/data/places.geojson`: every place as a Point (null where no source locates it), with a summary,
 * not its entries.
 */
export function placesExport(
  places: readonly PlaceRecord[],
  entriesByPlace: ReadonlyMap<string, readonly TimelineEntry[]>,
): FeatureCollection<Point | null, PlaceProperties> {
  const features: Feature<Point | null, PlaceProperties>[] = places.map(({ id, data }) => ({
    type: 'Feature',
    id,
    geometry: data.coordinates ? { type: 'Point', coordinates: [data.coordinates.lon, data.coordinates.lat] } : null,
    properties: {
      id,
      name: data.name,
      displayName: displayName(data),
      alternateName: data.alternateName ?? null,
      aliases: allNames(data).slice(1),
      kind: data.kind,
      country: data.country,
      province: data.province,
      within: data.within ?? null,
      onBorder: data.onBorder,
      coordinatesSource: data.coordinatesSource ?? null,
      entryCount: entriesByPlace.get(id)?.length ?? 0,
      url: placeUrl(id),
      entriesUrl: placeDataUrl(id),
    },
  }));
  return { type: 'FeatureCollection', features };
}

/**
 * `/data/places/<id>.json`: the entries at one place that the map's popup lists, in date order:
 * all of them, or the PLACE_EXPORT_LIMIT most recent, with `entryCount` saying how many there are.
 */
export function placeEntriesExport(id: string, place: Place, entries: readonly TimelineEntry[], locate: Locate) {
  return {
    version: EXPORT_VERSION,
    id,
    name: displayName(place),
    url: placeUrl(id),
    mapUrl: mapUrl(id),
    entryCount: entries.length,
    entries: entries.slice(-PLACE_EXPORT_LIMIT).map((e) => exportEntry(e, locate)),
  };
}
