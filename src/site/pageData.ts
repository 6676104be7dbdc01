/**
 * Everything a reusable page shows that comes from the content, gathered by one function per page
 * type (an event page, a digest page) and one per timeline entry. The views render from these
 * records and from code alone, and `pageKey` hashes a record into the `cacheKey` that lets
 * Astro's incremental build reuse the page while none of it changes. A page that read content its
 * record does not hold could be reused stale, so the views and the components they pass the
 * record's parts to never ask `siteContent()` for anything else.
 */
import { createHash } from 'node:crypto';
import type { SiteContent } from './content.ts';
import type { Locale } from '../i18n/locales.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import type { Actor, Article, Correction, Dating, Place } from '../lib/model/schema.ts';
import type { Translation } from '../lib/model/translation.ts';
import { PAGE_SIZE, type EntryLocation, type PagePosition } from '../lib/timeline/archive.ts';
import { articlesNaming, stancesOf, type ActorRole, type Stances } from '../lib/timeline/actors.ts';
import { whereWithin } from '../lib/timeline/byPlace.ts';
import { entryFacts, factsToData } from '../lib/timeline/entryFacts.ts';
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
  const actorIds = new Set(entryActors(entry));
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

export interface DigestPageData {
  id: string;
  /** The digest's fields, as written. */
  data: Article;
  /** Its translation into the page's language, if it has one. */
  translation?: Translation | undefined;
  /** The text the page shows (the translation's, else the digest's), as Astro rendered it. */
  html: string;
  /** The events it reports, each with what its entry on the page shows beyond itself. */
  reported: { entry: TimelineEntry; context: EntryContext }[];
  /** The digest's own entry on the timeline, and where it is. */
  entry: TimelineEntry;
  location: EntryLocation;
  /** The places and actors it names, by id. */
  places: Record<string, Place>;
  actors: Record<string, Actor>;
}

/** The digest page of article `id` in `locale`, from the site's content. */
export function digestPageData(content: SiteContent, id: string, locale: Locale): DigestPageData {
  const { articleById, articleEntryById, eventsByArticle, locate, translationOf, placeById, actorById } = content;
  const article = articleById.get(id)!;
  const entry = articleEntryById.get(id)!;
  const translation = locale === DEFAULT_LOCALE ? undefined : translationOf(locale, id);
  return {
    id,
    data: article.data,
    translation: translation?.data,
    html: (translation ?? article).rendered?.html ?? '',
    reported: (eventsByArticle.get(id) ?? []).map((event) => ({
      entry: event,
      context: entryContext(content, event, locale),
    })),
    entry,
    location: locate(entry),
    places: pick(placeById, article.data.places),
    actors: pick(actorById, article.data.actors),
  };
}

export interface PlacePageData {
  id: string;
  place: Place;
  /** The place it lies in, if the gazetteer has it. */
  container?: Place | undefined;
  /** Everything inside it, however deep, each with the place it lies directly in (when not this). */
  inside: { id: string; data: Place; parent?: Place | undefined }[];
  /**
   * A hash of the whole gazetteer: the map around the place draws every place in view, so the
   * page changes when any place does. The map reads the places themselves, not this record.
   */
  gazetteer: string;
  /** The entries on this page of the list, each with the places it names inside this one. */
  entries: { entry: TimelineEntry; context: EntryContext; at: string[] }[];
  total: number;
  page: PagePosition;
}

/** One page of place `id`'s list in `locale`: `entries` are that page's, of `total` in all. */
export function placePageData(
  content: SiteContent,
  id: string,
  entries: readonly TimelineEntry[],
  total: number,
  page: PagePosition,
  locale: Locale,
): PlacePageData {
  const { placeById, within } = content;
  const place = placeById.get(id)!;
  return {
    id,
    place,
    container: place.within ? placeById.get(place.within) : undefined,
    inside: within
      .placesWithin(id)
      .slice(1)
      .flatMap((insideId) => {
        const data = placeById.get(insideId);
        const parentId = within.ancestors(insideId)[0];
        return data
          ? [{ id: insideId, data, parent: parentId && parentId !== id ? placeById.get(parentId) : undefined }]
          : [];
      }),
    gazetteer: shared(content, 'gazetteer', () => pageKey(content.places.map((p) => [p.id, p.data]))),
    entries: entries.map((entry) => ({
      entry,
      context: entryContext(content, entry, locale),
      at: whereWithin(entry, id, within),
    })),
    total,
    page,
  };
}

const sharedValues = new WeakMap<SiteContent, Map<string, unknown>>();

/**
 * A value many pages' records hold (the gazetteer's hash, an actor's counts), made once per
 * build: made again for each page, its cost would grow with the pages times the value's size.
 */
function shared<T>(content: SiteContent, key: string, make: () => T): T {
  let values = sharedValues.get(content);
  if (!values) sharedValues.set(content, (values = new Map()));
  if (!values.has(key)) values.set(key, make());
  return values.get(key) as T;
}

export interface ActorPageData {
  id: string;
  actor: Actor;
  /** How many events it has, and in how many it claims or denies: what the overview says. */
  stances: Stances;
  /** This page's share of its events, each with what its entry shows beyond itself. */
  shown: { entry: TimelineEntry; roles: readonly ActorRole[]; context: EntryContext }[];
  /** On the first page: the latest articles that name it, newest first, and how many do. */
  articles: { entry: TimelineEntry; text: EntryText }[];
  articleCount: number;
  page: PagePosition;
}

/** One page of actor `id`'s list in `locale`: `shown` are that page's events. */
export function actorPageData(
  content: SiteContent,
  id: string,
  shown: readonly { entry: TimelineEntry; roles: readonly ActorRole[] }[],
  page: PagePosition,
  locale: Locale,
): ActorPageData {
  const naming = page.number === 1 ? articlesNaming(content.entries, id) : [];
  return {
    id,
    actor: content.actorById.get(id)!,
    stances: shared(content, `stances/${id}`, () => stancesOf(content.eventsByActor.get(id) ?? [])),
    shown: shown.map(({ entry, roles }) => ({ entry, roles, context: entryContext(content, entry, locale) })),
    articles: (naming.length > PAGE_SIZE ? naming.slice(-PAGE_SIZE).reverse() : naming).map((entry) => ({
      entry,
      text: entryText(locale, entry, content.translated),
    })),
    articleCount: naming.length,
    page,
  };
}

/** What a timeline entry shows beyond itself (src/components/TimelineEntry.astro). */
export interface EntryContext {
  /** Its headline and summary, or its summary, in the page's language. */
  text: EntryText;
  /** The titles of the events it is part of or made of, in the page's language. */
  linked: Record<string, { title: string; lang?: 'en' | undefined }>;
  /** Where it and those events are on the timeline, by anchor. */
  locations: Record<string, EntryLocation>;
  places: Record<string, Place>;
  actors: Record<string, Actor>;
  /** On the page whose filters work on it: the data-* attributes they read. */
  filterData?: Record<string, string | undefined> | undefined;
}

/** What `entry` shows in `locale` (`explorable`: with the filters' data, on the home page). */
export function entryContext(
  content: SiteContent,
  entry: TimelineEntry,
  locale: Locale,
  explorable = false,
): EntryContext {
  const { translated, placeById, actorById, locate, within } = content;
  const links = [...(entry.partOf ? [entry.partOf] : []), ...(entry.parts ?? [])];
  const linked: EntryContext['linked'] = {};
  const locations: EntryContext['locations'] = { [entry.anchor]: locate(entry) };
  for (const link of links) {
    const title = locale === DEFAULT_LOCALE ? undefined : translated.event(locale, link.id);
    linked[link.id] = { title: title ?? link.title, lang: locale === DEFAULT_LOCALE || title ? undefined : 'en' };
    locations[link.anchor] = locate(link);
  }
  return {
    text: entryText(locale, entry, translated),
    linked,
    locations,
    places: pick(placeById, entry.places),
    actors: pick(actorById, entryActors(entry)),
    filterData: explorable ? factsToData(entryFacts(entry, (id) => placeById.get(id)?.country, within)) : undefined,
  };
}

/** Everyone an entry names: who acted, who claims, who denies. */
const entryActors = (entry: TimelineEntry) => [
  ...entry.actors,
  ...(entry.claim?.by ?? []),
  ...(entry.claim?.deniedBy ?? []),
];

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
