/**
 * The machine-readable exports. The map reads these same files: one source of truth for
 * researchers and for the site's own script. URLs in them are site-relative paths.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Place } from '../model/schema.ts';
import type { TimelineEntry } from '../timeline/entries.ts';
import { allNames, displayName, type PlaceRecord } from '../model/gazetteer.ts';
import { formatSpan } from '../model/dateFormat.ts';
import { articleUrl, entryUrl, mapUrl, placeDataUrl, placeUrl, timelineMonthDataUrl } from '../../site/urls.ts';

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
    url: entryUrl(entry),
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
    ...(whole ? { entries: entries.map(exportEntry) } : {}),
  };
}

/** `/data/timeline/<yyyy-mm>.json`: one month's entries (or one year's, for year-only entries). */
export function timelineMonthExport(month: { key: string; label: string; entries: readonly TimelineEntry[] }) {
  return { version: EXPORT_VERSION, key: month.key, label: month.label, entries: month.entries.map(exportEntry) };
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

/** A river drawn on the map, as `/data/aras.geojson` carries it. */
export interface RiverProperties {
  /** The gazetteer id the line stands for; its page and entries are linked once that place exists. */
  id: string;
  name: string;
  displayName: string;
  kind: 'river';
  /** Where the line comes from and how it was derived. */
  source: string;
  /** The place's page and entries file, or null while the gazetteer has no such place. */
  url: string | null;
  entriesUrl: string | null;
  entryCount: number;
}

/**
 * A river line as a GeoJSON Feature, linked to the gazetteer place with its id when there is one:
 * `riverExport({ id: 'aras', name: 'Aras', source }, line, undefined, 0)` has `url: null`.
 */
export function riverExport(
  river: { id: string; name: string; source: string },
  line: LineString,
  place: PlaceRecord | undefined,
  entryCount: number,
): Feature<LineString, RiverProperties> {
  return {
    type: 'Feature',
    id: river.id,
    geometry: line,
    properties: {
      id: river.id,
      name: place?.data.name ?? river.name,
      displayName: place ? displayName(place.data) : river.name,
      kind: 'river',
      source: river.source,
      url: place ? placeUrl(river.id) : null,
      entriesUrl: place ? placeDataUrl(river.id) : null,
      entryCount: place ? entryCount : 0,
    },
  };
}

/**
 * `/data/places/<id>.json`: the entries at one place that the map's popup lists, in date order:
 * all of them, or the PLACE_EXPORT_LIMIT most recent, with `entryCount` saying how many there are.
 */
export function placeEntriesExport(id: string, place: Place, entries: readonly TimelineEntry[]) {
  return {
    version: EXPORT_VERSION,
    id,
    name: displayName(place),
    url: placeUrl(id),
    mapUrl: mapUrl(id),
    entryCount: entries.length,
    entries: entries.slice(-PLACE_EXPORT_LIMIT).map(exportEntry),
  };
}
