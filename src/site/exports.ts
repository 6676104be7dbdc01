/**
 * The machine-readable exports. The map reads these same files: one source of truth for
 * researchers and for the site's own script. URLs in them are site-relative paths.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Actor, Article, Place } from '../lib/model/schema.ts';
import { isFullEvent, type ContentRecord } from '../lib/model/records.ts';
import { byPeriod, isWhole } from '../lib/exports/parts.ts';
import type { TimelineEntry } from '../lib/timeline/entries.ts';
import type { EntryLocation } from '../lib/timeline/archive.ts';
import { allNames, displayName, type PlaceRecord } from '../lib/model/gazetteer.ts';
import { formatDating } from '../lib/model/dateFormat.ts';
import {
  actorUrl,
  articleMonthDataUrl,
  articleUrl,
  entryUrl,
  eventUrl,
  mapUrl,
  placeDataUrl,
  placeUrl,
  timelineMonthDataUrl,
} from './urls.ts';
import type { Containment } from '../lib/model/containment.ts';
import { containingPlaces } from '../lib/timeline/byPlace.ts';

/** Bumped when a field changes meaning or goes away; adding a field does not bump it. */
export const EXPORT_VERSION = 1;

/** Where each entry's anchor is on the site (`SiteContent.locate`), for its `url`. */
export type Locate = (entry: TimelineEntry) => EntryLocation;

/** What lies within what (`SiteContent.within`), for each entry's `within`. */
export type Within = Pick<Containment, 'ancestors'>;

/** An entry as researchers and the map get it. */
export function exportEntry(entry: TimelineEntry, locate: Locate, within: Within) {
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
    within: containingPlaces(entry.places, within),
    actors: entry.actors,
    ...(entry.claim ? { claim: entry.claim } : {}),
    ...(entry.partOf ? { partOf: entry.partOf.anchor } : {}),
    ...(entry.parts ? { parts: entry.parts.map((p) => p.anchor) } : {}),
    sources: entry.sources.map((s) => ({ ...s, url: articleUrl(s.articleId) })),
    url: entryUrl(entry, locate(entry)),
    /** The entry's own page, whose address never moves: the event's page, or the digest's. */
    permalink: entry.type === 'event' ? eventUrl(entry.id) : articleUrl(entry.id),
  };
}

export type ExportedEntry = ReturnType<typeof exportEntry>;

/** At most this many entries in a place's file, the most recent: what a map popup can show. */
export const PLACE_EXPORT_LIMIT = 100;

/**
 * `/data/timeline.json`: an index of the months, each with its own file, and every entry in date
 * order while one file may hold them (parts.ts), so the file never grows without bound.
 */
export function timelineExport(
  entries: readonly TimelineEntry[],
  months: readonly { key: string; label: string; entries: readonly TimelineEntry[] }[],
  locate: Locate,
  within: Within,
) {
  const whole = isWhole(entries.length);
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
    ...(whole ? { entries: entries.map((e) => exportEntry(e, locate, within)) } : {}),
  };
}

/** `/data/timeline/<yyyy-mm>.json`: one month's entries (or one year's, for year-only entries). */
export function timelineMonthExport(
  month: { key: string; label: string; entries: readonly TimelineEntry[] },
  locate: Locate,
  within: Within,
) {
  return {
    version: EXPORT_VERSION,
    key: month.key,
    label: month.label,
    entries: month.entries.map((e) => exportEntry(e, locate, within)),
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
  /** The name in the region's languages, where a source gives it: `{ fa, az, hy }`. */
  localNames: NonNullable<Place['localNames']>;
  /** Identifiers in GeoNames and Wikidata, where known: they tell namesakes apart. */
  geonamesId: number | null;
  wikidataId: string | null;
  onBorder: boolean;
  /** Null, with a null geometry, for a place no source locates. */
  coordinatesSource: string | null;
  /** What a reader should know about the place: a namesake elsewhere, a change of control. */
  note: string | null;
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
      localNames: data.localNames ?? {},
      geonamesId: data.geonamesId ?? null,
      wikidataId: data.wikidataId ?? null,
      onBorder: data.onBorder,
      coordinatesSource: data.coordinatesSource ?? null,
      note: data.note ?? null,
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
 * `/data/places/<id>.json`: the entries at one place or at a place within it that the map's popup
 * lists, in date order: all of them, or the PLACE_EXPORT_LIMIT most recent, with `entryCount`
 * saying how many there are.
 */
export function placeEntriesExport(
  id: string,
  place: Place,
  entries: readonly TimelineEntry[],
  locate: Locate,
  within: Within,
) {
  return {
    version: EXPORT_VERSION,
    id,
    name: displayName(place),
    url: placeUrl(id),
    mapUrl: mapUrl(id),
    entryCount: entries.length,
    entries: entries.slice(-PLACE_EXPORT_LIMIT).map((e) => exportEntry(e, locate, within)),
  };
}

/** An article as researchers get it: where the original is, who published it when, and what it reports. */
export function exportArticle({ id, data }: ContentRecord<Article>) {
  return {
    id,
    headline: data.headline,
    outlet: data.outlet,
    author: data.author ?? null,
    language: data.language,
    published: data.published,
    originalUrl: data.url ?? null,
    summary: data.summary,
    places: data.places,
    actors: data.actors,
    /** Ids of the events it reports, written in full here or elsewhere (`see:`). */
    events: data.events.map((e) => (isFullEvent(e) ? e.id : e.see)),
    corrections: data.corrections ?? [],
    url: articleUrl(id),
  };
}

/** Articles under the period they were published in, each period's in date order, periods in key order. */
export function articlesByPeriod(articles: readonly ContentRecord<Article>[]) {
  const inOrder = [...articles].sort(
    (a, b) => a.data.published.date.localeCompare(b.data.published.date) || a.id.localeCompare(b.id),
  );
  return byPeriod(inOrder, (a) => a.data.published.date).map(({ records, ...period }) => ({
    ...period,
    articles: records,
  }));
}

export type ArticlePeriod = ReturnType<typeof articlesByPeriod>[number];

/**
 * `/data/articles.json`: every article's metadata while one file may hold them (parts.ts),
 * and always an index of the months they were published in, each with its own file.
 */
export function articlesExport(periods: readonly ArticlePeriod[]) {
  const total = periods.reduce((n, p) => n + p.articles.length, 0);
  const whole = isWhole(total);
  return {
    version: EXPORT_VERSION,
    description: whole
      ? 'Every article the digests summarise: original address, outlet, author, language, publication date with its precision, summary, places, actors, events and corrections; and the same by month of publication.'
      : `There are ${total} articles, more than one file should hold: follow "months" for them.`,
    articleCount: total,
    months: periods.map((p) => ({
      key: p.key,
      label: p.label,
      articleCount: p.articles.length,
      url: articleMonthDataUrl(p.key),
    })),
    ...(whole ? { articles: periods.flatMap((p) => p.articles.map(exportArticle)) } : {}),
  };
}

/** `/data/articles/<yyyy-mm>.json`: the articles published in one month (or one year, when only that is known). */
export function articlesMonthExport(period: ArticlePeriod) {
  return {
    version: EXPORT_VERSION,
    key: period.key,
    label: period.label,
    articles: period.articles.map(exportArticle),
  };
}

/** `/data/actors.json`: every person, organisation and state, with the number of events each figures in. */
export function actorsExport(actors: readonly ContentRecord<Actor>[], eventCount: (id: string) => number) {
  return {
    version: EXPORT_VERSION,
    actors: actors.map(({ id, data }) => ({
      id,
      name: data.name,
      aliases: data.aliases,
      localNames: data.localNames ?? {},
      kind: data.kind,
      role: data.role ?? null,
      country: data.country ?? null,
      eventCount: eventCount(id),
      url: actorUrl(id),
    })),
  };
}
