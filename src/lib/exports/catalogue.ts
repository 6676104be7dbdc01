/**
 * Every file published under /data/: its path, what it holds, its format and licence, its schema,
 * and how to pick an example record from it. The data package (datapackage.ts) and the /data/ page
 * both list files from here, so a file added here is described in both and one left out in neither.
 */
import { TABLES, type Table } from './tables.ts';
import { JSON_SHAPES, type JsonSchemaName } from './json-schemas.ts';
import { partPath } from './parts.ts';
import type { Period } from '../timeline/periods.ts';

/** The licences the data is under, as the data package names them. */
export const LICENCES = {
  'CC-BY-4.0': {
    name: 'CC-BY-4.0',
    title: 'Creative Commons Attribution 4.0 International',
    path: 'https://creativecommons.org/licenses/by/4.0/',
  },
  'public-domain': {
    name: 'other-pd',
    title: 'Public domain (Natural Earth)',
    path: 'https://www.naturalearthdata.com/about/terms-of-use/',
  },
} as const;

export type LicenceId = keyof typeof LICENCES;

export type DataFormat = 'json' | 'geojson' | 'csv' | 'ics';

export const MEDIA_TYPES: Record<DataFormat, string> = {
  json: 'application/json',
  geojson: 'application/geo+json',
  csv: 'text/csv',
  ics: 'text/calendar',
};

export interface DataFile {
  /** Relative to /data/: "timeline/2020-10.json". */
  path: string;
  /** The data package resource name: lower case, digits, "-", "_", ".". */
  name: string;
  title: string;
  description: string;
  format: DataFormat;
  licence: LicenceId;
  /** Files of one kind (the month files, the place files) share a group and are listed together. */
  group: string;
  /** For a CSV file, the table it holds. */
  table?: Table;
  /** For a JSON file, the schema it follows. */
  jsonSchema?: JsonSchemaName;
  /** For a schema file, the schema it is. */
  describes?: JsonSchemaName;
  /** For a part of a file cut by period (parts.ts), the period it holds. */
  period?: Period;
  /** A short excerpt of the file's text: one record, as a reader would find it. */
  example: (body: string) => string;
}

/** Where a JSON schema is published, relative to /data/. */
export const jsonSchemaPath = (name: JsonSchemaName) => `schemas/${name}.schema.json`;

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** The first `count` lines of a text. */
const firstLines = (count: number) => (body: string) =>
  body
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(0, count)
    .join('\n');

/** The first element of an array property, or a note that there is none. */
const firstOf = (key: string) => (body: string) => {
  const list = (JSON.parse(body) as Record<string, unknown>)[key];
  return Array.isArray(list) && list.length > 0 ? pretty(list[0]) : `(no ${key} yet)`;
};

/** What a schema file says at its top: its title and the fields it lists. */
const schemaExample = (body: string) => {
  const schema = JSON.parse(body) as { description?: string; properties?: Record<string, unknown> };
  return pretty({ description: schema.description, properties: Object.keys(schema.properties ?? {}) });
};

const firstEvent = (body: string) => {
  const match = /BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT/.exec(body);
  return match ? match[0].replace(/\r\n/g, '\n') : '(no event known to the day yet)';
};

/** The first CSV record under its header; a quoted cell may run over lines, so CSV is not split on lines. */
const firstCsvRecord = (body: string) => firstLines(2)(body);

export interface DataFileSet {
  /** The keys of the timeline's periods: "2020-10", "2023". */
  periodKeys: readonly string[];
  /** The keys of the periods articles were published in. */
  articlePeriodKeys: readonly string[];
  placeIds: readonly string[];
  /** Up to how many entries timeline.json holds them all, and how many a place's file holds. */
  limits: { whole: number; place: number };
  /**
   * The files cut into parts because one file should not hold them all (parts.ts), by the path the
   * whole file would have ("events.csv"), with the periods of their parts.
   */
  parts: ReadonlyMap<string, readonly Period[]>;
}

/**
 * A whole file, or in its place its parts, one per period, in a folder named for it: each part
 * described, typed and exemplified as the whole file is, and listed together on the /data/ page.
 */
function wholeOrParts(file: DataFile, periods: readonly Period[] | undefined, limit: number): DataFile[] {
  if (!periods) return [file];
  return periods.map((period) => ({
    ...file,
    path: partPath(file.path, period.key),
    name: `${file.name}-${period.key}`,
    title: `${file.title}, ${period.label}`,
    description: `${file.description} Past ${limit.toLocaleString('en')} records it is cut into one file per month (or per year, for what is known only to the year), each whole on its own: together these ${periods.length} files hold them all.`,
    group: partPath(file.path, '<period>'),
    period,
  }));
}

/** Every file under /data/ but the data package itself, in the order they are listed. */
export function dataFiles({ periodKeys, articlePeriodKeys, placeIds, limits, parts }: DataFileSet): DataFile[] {
  const cc = 'CC-BY-4.0' as const;
  const split = (file: DataFile) => wholeOrParts(file, parts.get(file.path), limits.whole);
  const timelineJs: DataFile = {
    path: 'timelinejs.json',
    name: 'timelinejs',
    title: 'The timeline for TimelineJS',
    description:
      'Every event as a slide for Knight Lab’s TimelineJS: dates at their precision, spans with an end date, the digests that report it as its sources.',
    format: 'json',
    licence: cc,
    group: 'timelinejs.json',
    jsonSchema: 'timelinejs',
    example: firstOf('events'),
  };
  return [
    ...TABLES.flatMap((table) =>
      split({
        path: `${table.name}.csv`,
        name: table.name,
        title: `${table.title} (CSV)`,
        description: table.description,
        format: 'csv',
        licence: cc,
        group: `${table.name}.csv`,
        table,
        example: firstCsvRecord,
      }),
    ),
    {
      path: 'timeline.json',
      name: 'timeline',
      title: 'The timeline (JSON)',
      description: `Every timeline entry (events and article publications) in date order with its date, precision, places, actors, claim and sources, and an index of the months; past ${limits.whole.toLocaleString('en')} entries the month files hold them.`,
      format: 'json',
      licence: cc,
      group: 'timeline.json',
      jsonSchema: 'timeline',
      example: firstOf('entries'),
    },
    ...periodKeys.map((key): DataFile => ({
      path: `timeline/${key}.json`,
      name: `timeline-${key}`,
      title: `The timeline, ${key} (JSON)`,
      description: 'One month’s entries (or one year’s, for entries known only to the year), as in timeline.json.',
      format: 'json',
      licence: cc,
      group: 'timeline/<period>.json',
      jsonSchema: 'timeline-month',
      example: firstOf('entries'),
    })),
    {
      path: 'articles.json',
      name: 'articles-json',
      title: 'The articles (JSON)',
      description: `Every article the digests summarise, with its original address, outlet, author, language, publication date and precision, summary, places, actors, events and corrections, and an index of the months they were published in; past ${limits.whole.toLocaleString('en')} articles the month files hold them.`,
      format: 'json',
      licence: cc,
      group: 'articles.json',
      jsonSchema: 'articles',
      example: firstOf('articles'),
    },
    ...articlePeriodKeys.map((key): DataFile => ({
      path: `articles/${key}.json`,
      name: `articles-json-${key}`,
      title: `The articles, ${key} (JSON)`,
      description:
        'The articles published in one month (or one year, when only the year is known), as in articles.json.',
      format: 'json',
      licence: cc,
      group: 'articles/<period>.json',
      jsonSchema: 'articles-month',
      example: firstOf('articles'),
    })),
    {
      path: 'actors.json',
      name: 'actors-json',
      title: 'The actors (JSON)',
      description:
        'Every person, organisation and state the articles name: names, aliases, local-script names, kind, role, country and how many events each figures in.',
      format: 'json',
      licence: cc,
      group: 'actors.json',
      jsonSchema: 'actors',
      example: firstOf('actors'),
    },
    {
      path: 'places.geojson',
      name: 'places-geojson',
      title: 'Places (GeoJSON)',
      description:
        'Every place in the gazetteer as a GeoJSON Point with its names, kind, country, province, border flag, coordinate source and entry count.',
      format: 'geojson',
      licence: cc,
      group: 'places.geojson',
      jsonSchema: 'places',
      example: firstOf('features'),
    },
    ...placeIds.map((id): DataFile => ({
      path: `places/${id}.json`,
      name: `place-${id}`,
      title: `Entries at ${id} (JSON)`,
      description: `The entries at one place, the latest ${limits.place}, as the map’s popup lists them.`,
      format: 'json',
      licence: cc,
      group: 'places/<id>.json',
      jsonSchema: 'place-entries',
      example: firstOf('entries'),
    })),
    ...(parts.has(timelineJs.path)
      ? [
          {
            ...timelineJs,
            title: 'The timeline for TimelineJS: the parts',
            description: `More than ${limits.whole.toLocaleString('en')} events, too many for one file: a TimelineJS file with one slide per part, each giving its period, its number of events and the address of its file.`,
          },
          ...split(timelineJs),
        ]
      : [timelineJs]),
    ...split({
      path: 'events.ics',
      name: 'events-ics',
      title: 'Events known to the day (iCalendar)',
      description:
        'The events known to the day as all-day calendar events, a span over its days; events known only to the month or year are left out.',
      format: 'ics',
      licence: cc,
      group: 'events.ics',
      example: firstEvent,
    }),
    {
      path: 'basemap.json',
      name: 'basemap',
      title: 'Basemap (GeoJSON)',
      description: 'The region’s country shapes, Natural Earth 1:10m via world-atlas, clipped and simplified.',
      format: 'json',
      licence: 'public-domain',
      group: 'basemap.json',
      jsonSchema: 'basemap',
      example: (body) => {
        const first = (JSON.parse(body) as { features: { properties: unknown }[] }).features[0];
        return pretty({ properties: first?.properties, geometry: '(coordinates left out here)' });
      },
    },
    {
      path: 'aras.geojson',
      name: 'aras-geojson',
      title: 'The Aras (GeoJSON)',
      description:
        'The Aras where it is Iran’s border, as a GeoJSON LineString traced along Natural Earth’s borders (Iran–Nakhchivan, Iran–Armenia, Iran–Azerbaijan up to where the river leaves the border).',
      format: 'geojson',
      licence: 'public-domain',
      group: 'aras.geojson',
      jsonSchema: 'river',
      example: (body) => {
        const { properties } = JSON.parse(body) as { properties: unknown };
        return pretty({ properties, geometry: '(coordinates left out here)' });
      },
    },
    ...(Object.keys(JSON_SHAPES) as JsonSchemaName[]).map((name): DataFile => ({
      path: jsonSchemaPath(name),
      name: `schema-${name}`,
      title: `JSON Schema: ${name}`,
      description: `The JSON Schema (draft 2020-12) the ${name} JSON files follow.`,
      format: 'json',
      licence: cc,
      group: 'schemas/<name>.schema.json',
      describes: name,
      example: schemaExample,
    })),
  ];
}

/** The data package's own file, relative to /data/. */
export const DATA_PACKAGE_PATH = 'datapackage.json';
