/**
 * JSON Schemas (draft 2020-12) for the JSON exports under /data/, generated from zod definitions:
 * the content schema's own pieces where an export repeats them (precisions, kinds, ids), and a
 * shape written once here for each export file. Objects accept fields not listed: an export gains
 * fields without its version changing (exports.ts), so a schema names what a reader can rely on.
 */
import { z } from 'astro/zod';
import { ACTOR_KINDS, EVENT_KINDS, PLACE_KINDS, PRECISIONS, idSchema, localNamesSchema } from '../model/schema.ts';
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
    places: z.array(idSchema).describe('Gazetteer ids of where it happened.'),
    within: z
      .array(idSchema)
      .describe(
        'Gazetteer ids of the places those places lie within (county, province), nearest first, each once: an event at Aqa-Alilou is within heris and east-azerbaijan.',
      ),
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
          originalUrl: z.string().optional().describe('Where the original article can be read, where it is online.'),
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
    entryCount: z
      .number()
      .int()
      .min(0)
      .describe('How many entries the place and the places within it have; the file holds the latest.'),
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
          localNames: localNamesSchema.describe(
            'The name in Persian (fa), Azerbaijani (az), Armenian (hy), where known.',
          ),
          geonamesId: z.number().int().nullable().describe('The GeoNames id, where known.'),
          wikidataId: z.string().nullable().describe('The Wikidata id, where known.'),
          note: z.string().nullable(),
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

const articleShape = z
  .looseObject({
    id: idSchema,
    headline: z.string().describe('The headline as the outlet published it.'),
    outlet: z.string(),
    author: z.string().nullable(),
    language: z.string().describe('BCP 47 code of the original: "en", "fa".'),
    published: z
      .looseObject({
        date: partialDate,
        precision: z.enum(PRECISIONS),
        until: partialDate.optional(),
        note: z.string().optional().describe('How the date was established.'),
      })
      .describe('The publication date at its precision.'),
    originalUrl: z.string().nullable().describe('Where the original can be read, if it is online.'),
    summary: z.string(),
    places: z.array(idSchema),
    actors: z.array(idSchema),
    events: z.array(idSchema).describe('Ids of the events it reports (written in full there or elsewhere).'),
    corrections: z.array(z.looseObject({ date: z.string(), note: z.string() })),
    url: sitePath.describe('The digest’s page.'),
  })
  .describe('An article the digests summarise.');

export const articlesShape = z
  .looseObject({
    version,
    description: z.string(),
    articleCount: z.number().int().min(0),
    months: z.array(
      z.looseObject({
        key: z.string(),
        label: z.string(),
        articleCount: z.number().int().min(0),
        url: sitePath.describe('The file of that month’s articles.'),
      }),
    ),
    articles: z.array(articleShape).optional().describe('Every article, while there are few enough for one file.'),
  })
  .describe('articles.json: every article’s metadata, and an index by month of publication.');

export const articlesMonthShape = z
  .looseObject({ version, key: z.string(), label: z.string(), articles: z.array(articleShape) })
  .describe('articles/<period>.json: the articles published in one month (or year).');

export const actorsShape = z
  .looseObject({
    version,
    actors: z.array(
      z.looseObject({
        id: idSchema,
        name: z.string(),
        aliases: z.array(z.string()),
        localNames: localNamesSchema,
        kind: z.enum(ACTOR_KINDS),
        role: z.string().nullable(),
        country: z
          .string()
          .regex(/^[A-Z]{2}$/)
          .nullable(),
        eventCount: z.number().int().min(0),
        url: sitePath,
      }),
    ),
  })
  .describe('actors.json: every person, organisation and state the articles name.');

export const riverShape = z
  .looseObject({
    type: z.literal('Feature'),
    id: idSchema,
    geometry: z.looseObject({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
    properties: z.looseObject({
      id: idSchema.describe('The gazetteer id the line stands for.'),
      name: z.string(),
      displayName: z.string(),
      kind: z.literal('river'),
      source: z.string().describe('Where the line comes from and how it was derived.'),
      url: sitePath.nullable().describe('The place’s page, or null while the gazetteer has no such place.'),
      entriesUrl: sitePath.nullable(),
      entryCount: z.number().int().min(0),
    }),
  })
  .describe('aras.geojson: the Aras where it is Iran’s border, as a GeoJSON LineString Feature.');

/** Each JSON export's schema, by the name its file is published under: `schemas/<name>.schema.json`. */
export const JSON_SHAPES = {
  timeline: timelineShape,
  'timeline-month': timelineMonthShape,
  articles: articlesShape,
  'articles-month': articlesMonthShape,
  actors: actorsShape,
  places: placesShape,
  'place-entries': placeEntriesShape,
  basemap: basemapShape,
  river: riverShape,
  timelinejs: timelineJsSchema,
} as const;

export type JsonSchemaName = keyof typeof JSON_SHAPES;

/** The JSON Schema of one export, with an `$id` naming where it is published. */
export function jsonSchema(name: JsonSchemaName, id: string): Record<string, unknown> {
  return { ...z.toJSONSchema(JSON_SHAPES[name], { target: 'draft-2020-12' }), $id: id };
}
