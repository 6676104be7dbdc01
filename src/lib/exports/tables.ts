/**
 * The four tables researchers get as CSV (events, articles, places, actors): each column's name,
 * type and description, and how its value is read from the content. The CSV writer (csv.ts) and
 * the Frictionless table schemas (datapackage.ts) both read these definitions, so a column cannot
 * be written without being described. Pure: content in, cells out.
 */
import type { Actor, Article, Place } from '../model/schema.ts';
import { PRECISIONS, EVENT_KINDS, PLACE_KINDS, ACTOR_KINDS } from '../model/schema.ts';
import { isFullEvent, type ContentRecord } from '../model/records.ts';
import { ID_PATTERN } from '../model/names.ts';
import type { TimelineEntry } from '../timeline/entries.ts';
import { displayName } from '../model/gazetteer.ts';
import type { SiteUrls } from './siteUrls.ts';
import { containment } from '../model/containment.ts';
import { containingPlaces, entriesByPlace } from '../timeline/byPlace.ts';
import { partsIfLarge, type Part } from './parts.ts';

/**
 * Joins the items of a list in one cell: "jolfa|khoda-afarin". A character that no id, name or
 * date uses; inside a free-text item (an alias, a correction) it is written as "/" (csv.ts), so
 * splitting a cell on it always gives back the items.
 */
export const LIST_SEPARATOR = '|';

/** Table Schema field types used here; `list` is Table Schema 2's delimited list of strings. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'list';

/** A cell before it is written: lists are joined, booleans spelt "true"/"false", absence is "". */
export type CellValue = string | number | boolean | readonly string[] | undefined;

/** A partial ISO date as the content writes it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PARTIAL_DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

export interface Field {
  name: string;
  type: FieldType;
  description: string;
  /** True if every row has a value. */
  required?: boolean;
  /** The only values allowed. */
  values?: readonly string[];
  /** A regular expression every value matches. */
  pattern?: string;
}

interface Column<R> extends Field {
  value: (row: R) => CellValue;
}

/** What the tables are built from: the checked content and the timeline entries built from it. */
export interface TableContent {
  entries: readonly TimelineEntry[];
  articles: readonly ContentRecord<Article>[];
  places: readonly ContentRecord<Place>[];
  actors: readonly ContentRecord<Actor>[];
  /** The site's addresses, for each row's `url`. */
  urls: SiteUrls;
}

export interface Table {
  /** The file name without `.csv`, and the data package resource name. */
  name: string;
  title: string;
  description: string;
  fields: readonly Field[];
  /** One array of cells per row, in the order of `fields`. */
  rows: (content: TableContent) => CellValue[][];
  /**
   * For a table that grows with the archive, its rows in one part per period once one file should
   * not hold them all (parts.ts); undefined while one file holds them, and always for one that does not grow.
   */
  parts: (content: TableContent) => Part<CellValue[]>[] | undefined;
}

function defineTable<R>(spec: {
  name: string;
  title: string;
  description: string;
  records: (content: TableContent) => R[];
  /** For a table that grows with the archive: the date that files a record under its period. */
  dateOf?: (record: R) => string;
  columns: Column<R>[];
}): Table {
  const row = (record: R) => spec.columns.map((column) => column.value(record));
  const { dateOf } = spec;
  return {
    name: spec.name,
    title: spec.title,
    description: spec.description,
    fields: spec.columns.map(({ value: _value, ...field }) => field),
    rows: (content) => spec.records(content).map(row),
    parts: (content) =>
      dateOf &&
      partsIfLarge(spec.records(content), dateOf)?.map((part) => ({ ...part, records: part.records.map(row) })),
  };
}

const nameOf = <T extends { name: string }>(records: readonly ContentRecord<T>[]) => {
  const names = new Map(records.map((r) => [r.id, r.data.name]));
  return (id: string) => names.get(id) ?? id;
};

const id = { name: 'id', type: 'string', required: true, pattern: ID_PATTERN.source } as const;
const precision = {
  type: 'string',
  required: true,
  values: PRECISIONS,
  description: 'How precisely the date is known: day, month or year.',
} as const;

interface EventRecord {
  entry: TimelineEntry;
  /** The places the event's places lie within, nearest first. */
  within: string[];
  urls: SiteUrls;
  placeName: (id: string) => string;
  actorName: (id: string) => string;
}

/** Every dated event, each once, in date order; the articles that report it are its sources. */
export const eventsTable = defineTable<EventRecord>({
  name: 'events',
  title: 'Events',
  description:
    'Every dated event the digests report, once each, in date order, with where it happened, who acted, who claims and who denies it, and the articles that report it.',
  records: ({ entries, places, actors, urls }) => {
    const placeNames = new Map(places.map((p) => [p.id, displayName(p.data)]));
    const placeName = (placeId: string) => placeNames.get(placeId) ?? placeId;
    const actorName = nameOf(actors);
    const nesting = containment(places);
    return entries
      .filter((e) => e.type === 'event')
      .map((entry) => ({ entry, within: containingPlaces(entry.places, nesting), urls, placeName, actorName }));
  },
  dateOf: (r) => r.entry.when.date,
  columns: [
    { ...id, description: 'The event id, stable across versions.', value: (r) => r.entry.id },
    {
      name: 'date',
      type: 'string',
      required: true,
      pattern: PARTIAL_DATE_PATTERN,
      description:
        'When it happened (or began), ISO 8601 written only as precisely as known: YYYY-MM-DD, YYYY-MM or YYYY.',
      value: (r) => r.entry.when.date,
    },
    { name: 'precision', ...precision, value: (r) => r.entry.when.precision },
    {
      name: 'until',
      type: 'string',
      pattern: PARTIAL_DATE_PATTERN,
      description: 'For a span, the last day, month or year it covers, at the same precision; empty otherwise.',
      value: (r) => r.entry.when.until,
    },
    {
      name: 'sometime',
      type: 'boolean',
      description:
        'true when it happened once, on an unknown day, between date and until; false when it lasted throughout; empty for a single date.',
      value: (r) => (r.entry.when.until === undefined ? undefined : r.entry.when.sometime === true),
    },
    {
      name: 'partOf',
      type: 'string',
      pattern: ID_PATTERN.source,
      description: 'For a detail of a larger event, the id of that event; empty otherwise.',
      value: (r) => r.entry.partOf?.id,
    },
    {
      name: 'dateNote',
      type: 'string',
      description: 'How the date was established, where it needed establishing.',
      value: (r) => r.entry.when.note,
    },
    {
      name: 'kind',
      type: 'string',
      required: true,
      values: EVENT_KINDS,
      description: `What sort of event: ${EVENT_KINDS.join(', ')}.`,
      value: (r) => r.entry.kind,
    },
    {
      name: 'summary',
      type: 'string',
      required: true,
      description: 'What happened, in the digests’ own words, attributing any claim.',
      value: (r) => r.entry.title,
    },
    {
      name: 'places',
      type: 'list',
      description: 'Gazetteer ids of where it happened (rows of places.csv).',
      value: (r) => r.entry.places,
    },
    {
      name: 'placeNames',
      type: 'list',
      description: 'The same places by name, with the other party’s name in brackets where there is one.',
      value: (r) => r.entry.places.map(r.placeName),
    },
    {
      name: 'within',
      type: 'list',
      description:
        'Gazetteer ids of the places those places lie within (county, province), nearest first: an event at Aqa-Alilou is within heris and east-azerbaijan.',
      value: (r) => r.within,
    },
    {
      name: 'actors',
      type: 'list',
      description: 'Actor ids of who acts in it (rows of actors.csv).',
      value: (r) => r.entry.actors,
    },
    {
      name: 'actorNames',
      type: 'list',
      description: 'The same actors by name.',
      value: (r) => r.entry.actors.map(r.actorName),
    },
    {
      name: 'claimedBy',
      type: 'list',
      description: 'For a contested event, actor ids of those who claim it; empty for an established fact.',
      value: (r) => r.entry.claim?.by,
    },
    {
      name: 'deniedBy',
      type: 'list',
      description: 'Actor ids of those who deny the claim, where a source says so.',
      value: (r) => r.entry.claim?.deniedBy,
    },
    {
      name: 'sources',
      type: 'list',
      required: true,
      description: 'Ids of the articles that report it, in order of publication (rows of articles.csv).',
      value: (r) => r.entry.sources.map((s) => s.articleId),
    },
    {
      name: 'url',
      type: 'string',
      required: true,
      description: 'Where the timeline shows it, relative to the site.',
      value: (r) => r.urls.entry(r.entry),
    },
  ],
});

/** Every digested article with its bibliographic details and what it reports. */
export const articlesTable = defineTable<ContentRecord<Article> & { urls: SiteUrls }>({
  name: 'articles',
  title: 'Articles',
  description:
    'Every news article the timeline is built from: its original address, outlet, author, language and publication date, our one-sentence summary, the places, actors and events it reports, and corrections to the digest.',
  records: ({ entries, articles, urls }) => {
    const order = new Map(entries.filter((e) => e.type === 'article').map((e, i) => [e.id, i]));
    return [...articles].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)).map((a) => ({ ...a, urls }));
  },
  dateOf: (r) => r.data.published.date,
  columns: [
    { ...id, description: 'The digest id: the name of its file in content/articles.', value: (r) => r.id },
    {
      name: 'headline',
      type: 'string',
      required: true,
      description: 'The headline exactly as the outlet published it.',
      value: (r) => r.data.headline,
    },
    { name: 'outlet', type: 'string', required: true, description: 'Who published it.', value: (r) => r.data.outlet },
    { name: 'author', type: 'string', description: 'The byline, where there is one.', value: (r) => r.data.author },
    {
      name: 'published',
      type: 'string',
      required: true,
      pattern: PARTIAL_DATE_PATTERN,
      description: 'The publication date, ISO 8601 written only as precisely as known.',
      value: (r) => r.data.published.date,
    },
    { name: 'precision', ...precision, value: (r) => r.data.published.precision },
    {
      name: 'publishedNote',
      type: 'string',
      description: 'How the publication date was established, where it needed establishing.',
      value: (r) => r.data.published.note,
    },
    {
      name: 'language',
      type: 'string',
      required: true,
      description: 'The language of the original, a BCP 47 code: en, fa, az.',
      value: (r) => r.data.language,
    },
    {
      name: 'originalUrl',
      type: 'string',
      description: 'Where the original article can be read, where it is online.',
      value: (r) => r.data.url,
    },
    {
      name: 'summary',
      type: 'string',
      required: true,
      description: 'What the article reports, in one sentence of our own.',
      value: (r) => r.data.summary,
    },
    {
      name: 'places',
      type: 'list',
      required: true,
      description: 'Gazetteer ids of the places it concerns.',
      value: (r) => r.data.places,
    },
    { name: 'actors', type: 'list', description: 'Actor ids of who it names.', value: (r) => r.data.actors },
    {
      name: 'events',
      type: 'list',
      description: 'Ids of the events it reports (rows of events.csv).',
      value: (r) => r.data.events.map((e) => (isFullEvent(e) ? e.id : e.see)),
    },
    {
      name: 'corrections',
      type: 'list',
      description: 'Corrections to the digest, oldest first, each "YYYY-MM-DD: what changed".',
      value: (r) => r.data.corrections?.map((c) => `${c.date}: ${c.note}`),
    },
    {
      name: 'url',
      type: 'string',
      required: true,
      description: 'The digest’s page, relative to the site.',
      value: (r) => r.urls.article(r.id),
    },
  ],
});

/** The gazetteer: every place with all its names and where its coordinates come from. */
export const placesTable = defineTable<ContentRecord<Place> & { entryCount: number; urls: SiteUrls }>({
  name: 'places',
  title: 'Places',
  description:
    'The gazetteer: every place the digests mention, with its canonical and other names, local-script names, kind, country, province, WGS84 coordinates and their source.',
  records: ({ entries, places, urls }) => {
    const byPlace = entriesByPlace(
      entries,
      places.map((p) => p.id),
      containment(places),
    );
    return [...places]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((p) => ({ ...p, entryCount: byPlace.get(p.id)?.length ?? 0, urls }));
  },
  columns: [
    { ...id, description: 'The gazetteer id: the name of its file in content/places.', value: (r) => r.id },
    {
      name: 'name',
      type: 'string',
      required: true,
      description: 'The canonical English name.',
      value: (r) => r.data.name,
    },
    {
      name: 'alternateName',
      type: 'string',
      description: 'The other party’s name for it, in this conflict, where there is one.',
      value: (r) => r.data.alternateName?.name,
    },
    {
      name: 'alternateNameUsedBy',
      type: 'string',
      description: 'Who uses the alternate name.',
      value: (r) => r.data.alternateName?.usedBy,
    },
    {
      name: 'aliases',
      type: 'list',
      description: 'Other spellings seen in the sources or in common use.',
      value: (r) => r.data.aliases,
    },
    { name: 'nameFa', type: 'string', description: 'The name in Persian script.', value: (r) => r.data.localNames?.fa },
    {
      name: 'nameAz',
      type: 'string',
      description: 'The name in Azerbaijani (Latin script).',
      value: (r) => r.data.localNames?.az,
    },
    {
      name: 'nameHy',
      type: 'string',
      description: 'The name in Armenian script.',
      value: (r) => r.data.localNames?.hy,
    },
    {
      name: 'kind',
      type: 'string',
      required: true,
      values: PLACE_KINDS,
      description: `What sort of place: ${PLACE_KINDS.join(', ')}.`,
      value: (r) => r.data.kind,
    },
    {
      name: 'country',
      type: 'string',
      required: true,
      pattern: '^[A-Z]{2}$',
      description: 'ISO 3166-1 alpha-2 code of the internationally recognised state it lies in.',
      value: (r) => r.data.country,
    },
    {
      name: 'province',
      type: 'string',
      required: true,
      description: 'The province, district or region.',
      value: (r) => r.data.province,
    },
    {
      name: 'within',
      type: 'string',
      description: 'The id of the gazetteer place it lies in (a village in its county), where given.',
      value: (r) => r.data.within,
    },
    {
      name: 'lat',
      type: 'number',
      description:
        'Latitude, WGS84 decimal degrees (for an area, its seat or centre); empty where no source locates it.',
      value: (r) => r.data.coordinates?.lat,
    },
    {
      name: 'lon',
      type: 'number',
      description: 'Longitude, WGS84 decimal degrees; empty where no source locates it.',
      value: (r) => r.data.coordinates?.lon,
    },
    {
      name: 'coordinatesSource',
      type: 'string',
      description: 'Where the coordinates come from (GeoNames records are CC BY 4.0); empty with no coordinates.',
      value: (r) => r.data.coordinatesSource,
    },
    {
      name: 'geonamesId',
      type: 'integer',
      description: 'The id of the GeoNames record that is this place, where checked.',
      value: (r) => r.data.geonamesId,
    },
    {
      name: 'wikidataId',
      type: 'string',
      pattern: '^Q[1-9]\\d*$',
      description: 'The Wikidata item id of the place, where checked.',
      value: (r) => r.data.wikidataId,
    },
    {
      name: 'onBorder',
      type: 'boolean',
      required: true,
      description: 'true if it lies on Iran’s border with Azerbaijan or Armenia.',
      value: (r) => r.data.onBorder,
    },
    { name: 'note', type: 'string', description: 'What a reader should know about it.', value: (r) => r.data.note },
    {
      name: 'entryCount',
      type: 'integer',
      required: true,
      description:
        'How many timeline entries (events and articles) are tagged with it or with a place within it, as on its page.',
      value: (r) => r.entryCount,
    },
    {
      name: 'url',
      type: 'string',
      required: true,
      description: 'Its page, relative to the site.',
      value: (r) => r.urls.place(r.id),
    },
  ],
});

/** The people, organisations and states the articles name. */
export const actorsTable = defineTable<ContentRecord<Actor> & { urls: SiteUrls }>({
  name: 'actors',
  title: 'Actors',
  description: 'The people, organisations and states the articles name, with other spellings, kind, role and country.',
  records: ({ actors, urls }) => [...actors].sort((a, b) => a.id.localeCompare(b.id)).map((a) => ({ ...a, urls })),
  columns: [
    { ...id, description: 'The actor id: the name of its file in content/actors.', value: (r) => r.id },
    {
      name: 'name',
      type: 'string',
      required: true,
      description: 'The most common English spelling.',
      value: (r) => r.data.name,
    },
    {
      name: 'aliases',
      type: 'list',
      description: 'Other spellings seen in the sources.',
      value: (r) => r.data.aliases,
    },
    {
      name: 'kind',
      type: 'string',
      required: true,
      values: ACTOR_KINDS,
      description: `${ACTOR_KINDS.join(', ')}.`,
      value: (r) => r.data.kind,
    },
    {
      name: 'role',
      type: 'string',
      description: 'For a person, the office held at the time.',
      value: (r) => r.data.role,
    },
    {
      name: 'country',
      type: 'string',
      pattern: '^[A-Z]{2}$',
      description: 'ISO 3166-1 alpha-2 code of the state it belongs to or is.',
      value: (r) => r.data.country,
    },
    {
      name: 'url',
      type: 'string',
      required: true,
      description: 'Its page, relative to the site.',
      value: (r) => r.urls.actor(r.id),
    },
  ],
});

/** Every table, in the order the data page and the data package list them. */
export const TABLES: readonly Table[] = [eventsTable, articlesTable, placesTable, actorsTable];
