/**
 * The contract for a translated digest: content/translations/<language>/<article id>.md, whose
 * frontmatter holds the translated headline, summary and event summaries (keyed by event id) and
 * whose body is the digest in that language.
 *
 * A translation carries words only. Dates, places, actors and claims are facts of the original
 * digest, and a translated page takes them from there; a translation that states them at all is
 * refused (translationCheck.ts), even when it copies them faithfully: a correction to the
 * original's date would otherwise leave every translation that repeated it wrong, and a reviewer
 * would have to check facts in a language they may not read. The fields are declared here, rather
 * than left to the strict object's "unrecognised key", so the check can say exactly that.
 */
import { z } from 'astro/zod';
import { idSchema } from './schema.ts';

const fromOriginal = (what: string) =>
  z.unknown().optional().describe(`Not allowed: ${what} come from the original digest, never from a translation.`);

/** One event's translation, under its event id. */
export const eventTranslationSchema = z.strictObject({
  summary: z
    .string()
    .min(10)
    .max(600)
    .describe('The event’s summary in the translation’s language, attributing any claim as the original does.'),
  when: fromOriginal('the date and its precision'),
  places: fromOriginal('the places'),
  actors: fromOriginal('the actors'),
  claim: fromOriginal('who claims and who denies'),
  kind: fromOriginal('the kind of event'),
});

/** The frontmatter of a translated digest. */
export const translationSchema = z.strictObject({
  headline: z
    .string()
    .min(2)
    .describe('The headline, translated. The page says it is a translation and links the original.'),
  summary: z.string().min(10).max(600).describe('The one-sentence summary, translated.'),
  events: z
    .record(idSchema, eventTranslationSchema)
    .default({})
    .describe(
      'Translations of the events this digest writes in full, keyed by event id: `war-begins: { summary: … }`. An event left out is shown in English.',
    ),
  published: fromOriginal('the publication date and its precision'),
  places: fromOriginal('the places'),
  actors: fromOriginal('the actors'),
});

export type Translation = z.infer<typeof translationSchema>;
export type EventTranslation = z.infer<typeof eventTranslationSchema>;

/** The fields a translation may not state, at the top and in each event. */
export const ORIGINAL_ONLY = {
  digest: ['published', 'places', 'actors'],
  event: ['when', 'places', 'actors', 'claim', 'kind'],
} as const satisfies { digest: (keyof Translation)[]; event: (keyof EventTranslation)[] };
