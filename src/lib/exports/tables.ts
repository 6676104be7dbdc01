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

type Getter<R> = (record: R) => CellValue;
type Constraints = Pick<Field, 'required' | 'values' | 'pattern'>;

/** A column of one type: `text('outlet', 'Who published it.', (r) => r.data.outlet, REQUIRED)`. */
const columnOf =
  (type: FieldType) =>
  <R>(name: string, description: string, value: Getter<R>, constraints: Constraints = {}): Column<R> => ({
    name,
    type,
    description,
    value,
    ...constraints,
  });
const text = columnOf('string');
const list = columnOf('list');
const number = columnOf('number');
const integer = columnOf('integer');
const flag = columnOf('boolean');

const REQUIRED = { required: true } as const;
const DATE = { pattern: PARTIAL_DATE_PATTERN } as const;
const ID_REF = { pattern: ID_PATTERN.source } as const;
const COUNTRY = { pattern: '^[A-Z]{2}$' } as const;

/** The columns several tables share: a row's id, its page, a date's precision, a closed list of kinds. */
const idColumn = <R>(description: string, value: Getter<R>) =>
  text('id', description, value, { ...REQUIRED, ...ID_REF });
const urlColumn = <R>(description: string, value: Getter<R>) => text('url', description, value, REQUIRED);
const precisionColumn = <R>(value: Getter<R>) =>
  text('precision', 'How precisely the date is known: day, month or year.', value, { ...REQUIRED, values: PRECISIONS });
const kindColumn = <R>(kinds: readonly string[], description: string, value: Getter<R>) =>
  text('kind', description, value, { ...REQUIRED, values: kinds });
const PAGE = 'Its page, relative to the site.';

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
    idColumn('The event id, stable across versions.', (r) => r.entry.id),
    text(
      'date',
      'When it happened (or began), ISO 8601 written only as precisely as known: YYYY-MM-DD, YYYY-MM or YYYY.',
      (r) => r.entry.when.date,
      { ...REQUIRED, ...DATE },
    ),
    precisionColumn((r) => r.entry.when.precision),
    text(
      'until',
      'For a span, the last day, month or year it covers, at the same precision; empty otherwise.',
      (r) => r.entry.when.until,
      DATE,
    ),
    flag(
      'sometime',
      'true when it happened once, on an unknown day, between date and until; false when it lasted throughout; empty for a single date.',
      (r) => (r.entry.when.until === undefined ? undefined : r.entry.when.sometime === true),
    ),
    text(
      'partOf',
      'For a detail of a larger event, the id of that event; empty otherwise.',
      (r) => r.entry.partOf?.id,
      ID_REF,
    ),
    text('dateNote', 'How the date was established, where it needed establishing.', (r) => r.entry.when.note),
    kindColumn(EVENT_KINDS, `What sort of event: ${EVENT_KINDS.join(', ')}.`, (r) => r.entry.kind),
    text('summary', 'What happened, in the digests’ own words, attributing any claim.', (r) => r.entry.title, REQUIRED),
    list('places', 'Gazetteer ids of where it happened (rows of places.csv).', (r) => r.entry.places),
    list('placeNames', 'The same places by name, with the other party’s name in brackets where there is one.', (r) =>
      r.entry.places.map(r.placeName),
    ),
    list(
      'within',
      'Gazetteer ids of the places those places lie within (county, province), nearest first: an event at Aqa-Alilou is within heris and east-azerbaijan.',
      (r) => r.within,
    ),
    list('actors', 'Actor ids of who acts in it (rows of actors.csv).', (r) => r.entry.actors),
    list('actorNames', 'The same actors by name.', (r) => r.entry.actors.map(r.actorName)),
    list(
      'claimedBy',
      'For a contested event, actor ids of those who claim it; empty for an established fact.',
      (r) => r.entry.claim?.by,
    ),
    list('deniedBy', 'Actor ids of those who deny the claim, where a source says so.', (r) => r.entry.claim?.deniedBy),
    list(
      'sources',
      'Ids of the articles that report it, in order of publication (rows of articles.csv).',
      (r) => r.entry.sources.map((s) => s.articleId),
      REQUIRED,
    ),
    urlColumn('Where the timeline shows it, relative to the site.', (r) => r.urls.entry(r.entry)),
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
    idColumn('The digest id: the name of its file in content/articles.', (r) => r.id),
    text('headline', 'The headline exactly as the outlet published it.', (r) => r.data.headline, REQUIRED),
    text('outlet', 'Who published it.', (r) => r.data.outlet, REQUIRED),
    text('author', 'The byline, where there is one.', (r) => r.data.author),
    text(
      'published',
      'The publication date, ISO 8601 written only as precisely as known.',
      (r) => r.data.published.date,
      { ...REQUIRED, ...DATE },
    ),
    precisionColumn((r) => r.data.published.precision),
    text(
      'publishedNote',
      'How the publication date was established, where it needed establishing.',
      (r) => r.data.published.note,
    ),
    text('language', 'The language of the original, a BCP 47 code: en, fa, az.', (r) => r.data.language, REQUIRED),
    text('originalUrl', 'Where the original article can be read, where it is online.', (r) => r.data.url),
    text('summary', 'What the article reports, in one sentence of our own.', (r) => r.data.summary, REQUIRED),
    list('places', 'Gazetteer ids of the places it concerns.', (r) => r.data.places, REQUIRED),
    list('actors', 'Actor ids of who it names.', (r) => r.data.actors),
    list('events', 'Ids of the events it reports (rows of events.csv).', (r) =>
      r.data.events.map((e) => (isFullEvent(e) ? e.id : e.see)),
    ),
    list('corrections', 'Corrections to the digest, oldest first, each "YYYY-MM-DD: what changed".', (r) =>
      r.data.corrections?.map((c) => `${c.date}: ${c.note}`),
    ),
    urlColumn('The digest’s page, relative to the site.', (r) => r.urls.article(r.id)),
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
    idColumn('The gazetteer id: the name of its file in content/places.', (r) => r.id),
    text('name', 'The canonical English name.', (r) => r.data.name, REQUIRED),
    text(
      'alternateName',
      'The other party’s name for it, in this conflict, where there is one.',
      (r) => r.data.alternateName?.name,
    ),
    text('alternateNameUsedBy', 'Who uses the alternate name.', (r) => r.data.alternateName?.usedBy),
    list('aliases', 'Other spellings seen in the sources or in common use.', (r) => r.data.aliases),
    text('nameFa', 'The name in Persian script.', (r) => r.data.localNames?.fa),
    text('nameAz', 'The name in Azerbaijani (Latin script).', (r) => r.data.localNames?.az),
    text('nameHy', 'The name in Armenian script.', (r) => r.data.localNames?.hy),
    kindColumn(PLACE_KINDS, `What sort of place: ${PLACE_KINDS.join(', ')}.`, (r) => r.data.kind),
    text(
      'country',
      'ISO 3166-1 alpha-2 code of the internationally recognised state it lies in.',
      (r) => r.data.country,
      { ...REQUIRED, ...COUNTRY },
    ),
    text('province', 'The province, district or region.', (r) => r.data.province, REQUIRED),
    text(
      'within',
      'The id of the gazetteer place it lies in (a village in its county), where given.',
      (r) => r.data.within,
    ),
    number(
      'lat',
      'Latitude, WGS84 decimal degrees (for an area, its seat or centre); empty where no source locates it.',
      (r) => r.data.coordinates?.lat,
    ),
    number(
      'lon',
      'Longitude, WGS84 decimal degrees; empty where no source locates it.',
      (r) => r.data.coordinates?.lon,
    ),
    text(
      'coordinatesSource',
      'Where the coordinates come from (GeoNames records are CC BY 4.0); empty with no coordinates.',
      (r) => r.data.coordinatesSource,
    ),
    integer('geonamesId', 'The id of the GeoNames record that is this place, where checked.', (r) => r.data.geonamesId),
    text('wikidataId', 'The Wikidata item id of the place, where checked.', (r) => r.data.wikidataId, {
      pattern: '^Q[1-9]\\d*$',
    }),
    flag('onBorder', 'true if it lies on Iran’s border with Azerbaijan or Armenia.', (r) => r.data.onBorder, REQUIRED),
    text('note', 'What a reader should know about it.', (r) => r.data.note),
    integer(
      'entryCount',
      'How many timeline entries (events and articles) are tagged with it or with a place within it, as on its page.',
      (r) => r.entryCount,
      REQUIRED,
    ),
    urlColumn(PAGE, (r) => r.urls.place(r.id)),
  ],
});

/** The people, organisations and states the articles name. */
export const actorsTable = defineTable<ContentRecord<Actor> & { urls: SiteUrls }>({
  name: 'actors',
  title: 'Actors',
  description: 'The people, organisations and states the articles name, with other spellings, kind, role and country.',
  records: ({ actors, urls }) => [...actors].sort((a, b) => a.id.localeCompare(b.id)).map((a) => ({ ...a, urls })),
  columns: [
    idColumn('The actor id: the name of its file in content/actors.', (r) => r.id),
    text('name', 'The most common English spelling.', (r) => r.data.name, REQUIRED),
    list('aliases', 'Other spellings seen in the sources.', (r) => r.data.aliases),
    kindColumn(ACTOR_KINDS, `${ACTOR_KINDS.join(', ')}.`, (r) => r.data.kind),
    text('role', 'For a person, the office held at the time.', (r) => r.data.role),
    text('country', 'ISO 3166-1 alpha-2 code of the state it belongs to or is.', (r) => r.data.country, COUNTRY),
    urlColumn(PAGE, (r) => r.urls.actor(r.id)),
  ],
});

/** Every table, in the order the data page and the data package list them. */
export const TABLES: readonly Table[] = [eventsTable, articlesTable, placesTable, actorsTable];
