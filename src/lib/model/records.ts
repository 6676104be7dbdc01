/**
 * Content entries as the model handles them, whoever loaded them: Astro's collections for the
 * site, the content checker for contributors' files.
 */
import type { Actor, Article, ArticleEvent, Place } from './schema.ts';
import type { Translation } from './translation.ts';

/** One entry: its id (the file name), the file it came from, and its validated data. */
export interface ContentRecord<T> {
  id: string;
  /** The file the entry came from, relative to the project root. */
  filePath: string;
  data: T;
}

/** Every entry of every collection. */
export interface ContentSet {
  articles: readonly ContentRecord<Article>[];
  places: readonly ContentRecord<Place>[];
  actors: readonly ContentRecord<Actor>[];
  /** Translated digests, ids "<language>/<article id>"; checked against the digests they translate. */
  translations?: readonly ContentRecord<Translation>[];
}

/** True for an event written in full, false for a `see:` reference. */
export function isFullEvent(event: Article['events'][number]): event is ArticleEvent {
  return 'id' in event;
}
