/**
 * The site's one view of the content: the collections, checked across entries and indexed
 * once per build. Pages ask this module; they never call getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { checkIntegrity } from '../lib/model/integrity.ts';
import type { ContentRecord } from '../lib/model/records.ts';
import { formatProblem } from '../lib/model/problems.ts';
import { count } from '../lib/site/count.ts';
import { buildEntries, type TimelineEntry } from '../lib/timeline/entries.ts';
import {
  HOME_LIMIT,
  locateEntries,
  partitionByKind,
  partitionByPeriod,
  timelinePages,
  type ArchivePeriod,
  type EntryLocation,
  type TimelinePage,
} from '../lib/timeline/archive.ts';
import { actorEvents } from '../lib/timeline/actors.ts';
import { entriesByPlace as groupByPlace } from '../lib/timeline/byPlace.ts';
import { containment, type Containment } from '../lib/model/containment.ts';
import type { Actor, Article, Place } from '../lib/model/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import { indexTranslations, type TranslationIndex } from '../lib/i18n/entryText.ts';

export interface SiteContent {
  articles: ContentRecord<Article>[];
  places: ContentRecord<Place>[];
  actors: ContentRecord<Actor>[];
  articleById: Map<string, CollectionEntry<'articles'>>;
  placeById: Map<string, Place>;
  actorById: Map<string, Actor>;
  entries: TimelineEntry[];
  /** What lies within what in the gazetteer. */
  within: Containment;
  /**
   * Timeline entries at each place id or at any place within it, in date order: East Azerbaijan's
   * include Jolfa's. `whereWithin` (src/lib/timeline/byPlace.ts) says where exactly.
   */
  entriesByPlace: Map<string, TimelineEntry[]>;
  /** Each article's own entry, by article id. */
  articleEntryById: Map<string, TimelineEntry>;
  /** The events each article reports (written in full or by `see:`), in date order. */
  eventsByArticle: Map<string, TimelineEntry[]>;
  /** The entries by month (or year), and the same cut into HTML pages. */
  periods: ArchivePeriod[];
  pages: TimelinePage[];
  /** True while the whole timeline fits on the home page. */
  wholeOnHome: boolean;
  /** Where each entry's anchor is, for `entryUrl`. */
  locate: (entry: Pick<TimelineEntry, 'anchor'>) => EntryLocation;
  /** The events of each kind in use, in date order. */
  kinds: ReturnType<typeof partitionByKind>;
  /** Each actor's events, with what they did in each (acts, claims, denies). */
  eventsByActor: Map<string, ReturnType<typeof actorEvents>>;
  /** A digest's translation into a language, if it has one: `translationOf('fa', articleId)`. */
  translationOf: (locale: Locale, articleId: string) => CollectionEntry<'translations'> | undefined;
  /** Translated headlines, summaries and event summaries (entryText.ts). */
  translated: TranslationIndex;
}

function toRecord<T>(entry: { id: string; filePath?: string | undefined; data: T }): ContentRecord<T> {
  return { id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data };
}

async function load(): Promise<SiteContent> {
  const [articleEntries, placeEntries, actorEntries, translationEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('places'),
    getCollection('actors'),
    getCollection('translations'),
  ]);
  const articles = articleEntries.map(toRecord);
  const places = placeEntries.map(toRecord);
  const actors = actorEntries.map(toRecord);

  const translations = translationEntries.map(toRecord);
  const translationById = new Map(translationEntries.map((t) => [t.id, t]));

  const problems = checkIntegrity({ articles, places, actors, translations }).filter((p) => p.severity === 'error');
  if (problems.length > 0) {
    throw new AstroError(
      `The content has ${count(problems.length, 'problem')}:\n${problems.map(formatProblem).join('\n')}`,
      'Fix each file as the message says, then build again. `npm run check:content` lists every problem without building.',
    );
  }

  const entries = buildEntries(articles);
  const periods = partitionByPeriod(entries);
  const pages = timelinePages(periods);
  const wholeOnHome = entries.length <= HOME_LIMIT;
  const within = containment(places);
  const entriesByPlace = groupByPlace(
    entries,
    places.map((p) => p.id),
    within,
  );
  const articleEntryById = new Map<string, TimelineEntry>();
  const eventsByArticle = new Map<string, TimelineEntry[]>(articles.map((a) => [a.id, []]));
  for (const entry of entries) {
    if (entry.type === 'article') articleEntryById.set(entry.id, entry);
    else for (const source of entry.sources) eventsByArticle.get(source.articleId)?.push(entry);
  }

  return {
    articles,
    places,
    actors,
    articleById: new Map(articleEntries.map((a) => [a.id, a])),
    placeById: new Map(places.map((p) => [p.id, p.data])),
    actorById: new Map(actors.map((a) => [a.id, a.data])),
    entries,
    within,
    entriesByPlace,
    articleEntryById,
    eventsByArticle,
    periods,
    pages,
    wholeOnHome,
    locate: locateEntries(pages, wholeOnHome),
    kinds: partitionByKind(entries),
    eventsByActor: new Map(actors.map((a) => [a.id, actorEvents(entries, a.id)])),
    // Translation ids are "<language>/<article id>" (content.config.ts).
    translationOf: (locale, articleId) => translationById.get(`${locale}/${articleId}`),
    translated: indexTranslations(translations),
  };
}

let cached: Promise<SiteContent> | undefined;

/** The checked, indexed content, loaded once per build. */
export function siteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}
