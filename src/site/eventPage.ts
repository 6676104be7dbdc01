/**
 * Everything an event page shows that comes from the content, gathered by one function: the view
 * (src/views/EventView.astro) renders from this and from code alone, and `pageKey` hashes it into
 * the `cacheKey` that lets Astro's incremental build reuse the page while none of it changes.
 * A page that read content this record does not hold could be reused stale, so the view and the
 * components it passes this record's parts to never ask `siteContent()` themselves.
 */
import { createHash } from 'node:crypto';
import type { SiteContent } from './content.ts';
import type { Locale } from '../i18n/locales.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import type { Actor, Correction, Dating, Place } from '../lib/model/schema.ts';
import type { EntryLocation } from '../lib/timeline/archive.ts';
import type { TimelineEntry } from '../lib/timeline/entries.ts';
import { entryText, type EntryText } from '../lib/i18n/entryText.ts';
import { eventsNearby } from '../lib/timeline/nearby.ts';
import { correctionsOfDigests } from '../lib/model/corrections.ts';

/** One digest that reports the event, as the page lists it. */
export interface EventReport {
  articleId: string;
  outlet: string;
  /** The English headline (structured data and corrections name the digest by it). */
  headline: string;
  /** The headline in the page's language, or the English one marked `lang="en"`. */
  shownHeadline: string;
  headlineLang?: 'en' | undefined;
  published: Dating;
  url?: string | undefined;
}

/** Another event at the same places within a few weeks. */
export interface NearbyEvent {
  id: string;
  when: Dating;
  words: EntryText;
  /** Its places that are also this event's. */
  places: string[];
}

export interface EventPageData {
  entry: TimelineEntry;
  words: EntryText;
  reports: EventReport[];
  corrections: { digest: EventReport; correction: Correction }[];
  nearby: NearbyEvent[];
  /** Where the event's entry is on the timeline (`entryUrl`). */
  location: EntryLocation;
  /** Every place and actor the page names, by id: the event's own and its nearby events' places. */
  places: Record<string, Place>;
  actors: Record<string, Actor>;
}

/** The event page of `entry` in `locale`, from the site's content. */
export function eventPageData(content: SiteContent, entry: TimelineEntry, locale: Locale): EventPageData {
  const { articleById, placeById, actorById, entriesByPlace, locate, translated } = content;
  const english = locale === DEFAULT_LOCALE ? undefined : ('en' as const);
  const reports = entry.sources.map((s): EventReport & { corrections?: readonly Correction[] | undefined } => {
    const { data } = articleById.get(s.articleId)!;
    const digest = english && translated.digest(locale, s.articleId);
    return {
      articleId: s.articleId,
      outlet: s.outlet,
      headline: s.headline,
      shownHeadline: digest ? digest.headline : s.headline,
      headlineLang: digest ? undefined : english,
      published: data.published,
      url: data.url,
      corrections: data.corrections,
    };
  });
  const nearby = eventsNearby(entry, entriesByPlace).map((other): NearbyEvent => ({
    id: other.id,
    when: other.when,
    words: entryText(locale, other, translated),
    places: other.places.filter((p) => entry.places.includes(p)),
  }));
  const placeIds = new Set([...entry.places, ...nearby.flatMap((n) => n.places)]);
  const actorIds = new Set([...entry.actors, ...(entry.claim?.by ?? []), ...(entry.claim?.deniedBy ?? [])]);
  return {
    entry,
    words: entryText(locale, entry, translated),
    reports: reports.map(({ corrections: _, ...report }) => report),
    corrections: correctionsOfDigests(reports).map(({ digest: { corrections: _, ...digest }, correction }) => ({
      digest,
      correction,
    })),
    nearby,
    location: locate(entry),
    places: pick(placeById, placeIds),
    actors: pick(actorById, actorIds),
  };
}

/** The records of `ids` that exist, in a plain object (so they hash as JSON), sorted by id. */
function pick<T>(byId: ReadonlyMap<string, T>, ids: Iterable<string>): Record<string, T> {
  const picked: Record<string, T> = {};
  for (const id of [...ids].sort()) {
    const value = byId.get(id);
    if (value !== undefined) picked[id] = value;
  }
  return picked;
}

/**
 * A page's `cacheKey`: a hash of everything it shows from the content. Equal keys mean the page
 * would render the same bytes, as long as its code is the same (Astro hashes the code itself).
 */
export function pageKey(data: unknown): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('base64url');
}
