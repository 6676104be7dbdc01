/**
 * JSON Schemas (draft 2020-12) for the JSON exports under /data/, generated from zod definitions:
 * the content schema's own pieces where an export repeats them (precisions, kinds, ids), and a
 * shape written once here for each export file. Objects accept fields not listed: an export gains
 * fields without its version changing (exports.ts), so a schema names what a reader can rely on.
 */
import { z } from 'astro/zod';
import { EVENT_KINDS, PLACE_KINDS, PRECISIONS, idSchema } from '../model/schema.ts';
import { timelineJsSchema } from './timelinejs.ts';

const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .describe('A partial ISO 8601 date written only as precisely as known: YYYY-MM-DD, YYYY-MM or YYYY.');
const sitePath = z.string().startsWith('/').describe('An address on the site, relative to its root.');

const entryShape = z
  .looseObject({
    id: z.string().describe('The entry’s anchor: "event-<id>" or "article-<id>".'),
    type: z.enum(['event', 'article']).describe('An event, or the publication of an article.'),
    date: partialDate,
    until: partialDate.optional().describe('For a span, the last day, month or year it covers.'),
    sometime: z
      .literal(true)
      .optional()
      .describe('Present when it happened once, on an unknown day, between `date` and `until`, not throughout.'),
    precision: z.enum(PRECISIONS).describe('How precisely the date is known.'),
    dateLabel: z.string().describe('The date as the site writes it: "25 October 2020".'),
    dateNote: z.string().optional().describe('How the date was established.'),
    title: z.string().describe('What happened, or the article’s headline.'),
    kind: z.enum(EVENT_KINDS).optional().describe('For an event, what sort of event it is.'),
    places: z.array(idSchema).describe('Gazetteer ids.'),
    actors: z.array(idSchema).describe('Actor ids.'),
    claim: z
      .looseObject({ by: z.array(idSchema), deniedBy: z.array(idSchema) })
      .optional()
      .describe('For a contested event: who claims it and who denies it.'),
    partOf: z.string().optional().describe('For a detail of a larger event: that event’s entry id ("event-<id>").'),
    parts: z
      .array(z.string())
      .optional()
      .describe('For a larger event: the entry ids of the details that are part of it.'),
    sources: z
      .array(
        z.looseObject({
          articleId: idSchema,
          outlet: z.string(),
          headline: z.string(),
          url: sitePath.describe('The digest’s page.'),
        }),
      )
      .describe('The articles that report it.'),
    url: sitePath.describe('Where the timeline shows it.'),
  })
  .describe('A timeline entry.');

const version = z.number().int().min(1).describe('The export format version.');

export const timelineShape = z
  .looseObject({
    version,
    description: z.string(),
    entryCount: z.number().int().min(0),
    months: z.array(
      z.looseObject({
        key: z.string().describe('"2020-10", or "2023" for entries known only to the year.'),
        label: z.string(),
        entryCount: z.number().int().min(0),
        url: sitePath.describe('The file of that month’s entries.'),
      }),
    ),
    entries: z.array(entryShape).optional().describe('Every entry, while the archive is small enough for one file.'),
  })
  .describe('timeline.json: the months, and every timeline entry in date order.');

export const timelineMonthShape = z
  .looseObject({ version, key: z.string(), label: z.string(), entries: z.array(entryShape) })
  .describe('timeline/<period>.json: one month’s (or year’s) entries.');

export const placeEntriesShape = z
  .looseObject({
    version,
    id: idSchema,
    name: z.string(),
    url: sitePath,
    mapUrl: sitePath,
    entryCount: z.number().int().min(0).describe('How many entries the place has; the file holds the latest.'),
    entries: z.array(entryShape),
  })
  .describe('places/<id>.json: the entries at one place.');

export const placesShape = z
  .looseObject({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.looseObject({
        type: z.literal('Feature'),
        id: idSchema,
        geometry: z
          .looseObject({
            type: z.literal('Point'),
            coordinates: z
              .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
              .describe('[lon, lat], WGS84.'),
          })
          .nullable()
          .describe('The point, or null for a place no source locates.'),
        properties: z.looseObject({
          id: idSchema,
          name: z.string(),
          displayName: z.string(),
          alternateName: z.looseObject({ name: z.string(), usedBy: z.string() }).nullable(),
          aliases: z.array(z.string()),
          kind: z.enum(PLACE_KINDS),
          country: z.string().regex(/^[A-Z]{2}$/),
          province: z.string(),
          within: idSchema.nullable().describe('The id of the place it lies in, or null.'),
          onBorder: z.boolean(),
          coordinatesSource: z.string().nullable(),
          entryCount: z.number().int().min(0),
          url: sitePath,
          entriesUrl: sitePath,
        }),
      }),
    ),
  })
  .describe('places.geojson: every place as a GeoJSON Point.');

const position = z.tuple([z.number(), z.number()]).describe('[lon, lat], WGS84.');
const ring = z.array(position);

export const basemapShape = z
  .looseObject({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.looseObject({
        type: z.literal('Feature'),
        geometry: z.union([
          z.looseObject({ type: z.literal('Polygon'), coordinates: z.array(ring) }),
          z.looseObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring)) }),
        ]),
        properties: z.looseObject({
          id: z.string().describe('ISO 3166-1 numeric code, as Natural Earth gives it: "364" for Iran.'),
          name: z.string(),
          label: position.describe('Where the map puts the country’s name.'),
        }),
      }),
    ),
  })
  .describe('basemap.json: the region’s country shapes as GeoJSON (Natural Earth, public domain).');

/** Each JSON export's schema, by the name its file is published under: `schemas/<name>.schema.json`. */
export const JSON_SHAPES = {
  timeline: timelineShape,
  'timeline-month': timelineMonthShape,
  places: placesShape,
  'place-entries': placeEntriesShape,
  basemap: basemapShape,
  timelinejs: timelineJsSchema,
} as const;

export type JsonSchemaName = keyof typeof JSON_SHAPES;

/** The JSON Schema of one export, with an `$id` naming where it is published. */
export function jsonSchema(name: JsonSchemaName, id: string): Record<string, unknown> {
  return { ...z.toJSONSchema(JSON_SHAPES[name], { target: 'draft-2020-12' }), $id: id };
}
