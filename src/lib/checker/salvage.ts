/**
 * The sound parts of an article that failed its schema, so that the cross-file rules can still
 * report on it in the same run instead of after the contributor fixes the first error.
 */
import type { z } from 'astro/zod';
import { articleSchema, type Article } from '../model/schema.ts';
import { valueAt, type PathKey } from '../model/problems.ts';
import type { Position } from './yaml-source.ts';
import type { Parsed } from './read-file.ts';

export interface Salvaged {
  data: Article;
  /** The top-level fields that passed the schema; the others hold stand-ins. */
  real: Set<string>;
  /** For each kept event, its index in the file. */
  eventIndex: number[];
}

/** An article as the cross-file rules see it: its file, and what could be salvaged of its data. */
export interface CheckedArticle extends Salvaged {
  article: Parsed<Article>;
}

/** A field path in the checked data, as a path into the file: a dropped event shifts the later ones. */
export function pathInFile(checked: CheckedArticle | undefined, path: PathKey[]): PathKey[] {
  const eventIndex = checked?.eventIndex;
  return path[0] === 'events' && typeof path[1] === 'number' && eventIndex
    ? ['events', eventIndex[path[1]] ?? path[1], ...path.slice(2)]
    : path;
}

/** Where a path into the file is written, or its first line. */
export function locateIn(checked: CheckedArticle | undefined, path: PathKey[]): Position {
  return checked?.article.yaml?.locate(path) ?? { line: 1, column: 1 };
}

/** An article that passed its schema, as a salvage that kept everything. */
export function whole(data: Article): Salvaged {
  return { data, real: new Set(Object.keys(data)), eventIndex: data.events.map((_, i) => i) };
}

/**
 * Each field and each event is kept if it passes on its own; a field that fails gets a neutral
 * stand-in that no rule can trip over. Undefined when the frontmatter is not a mapping at all.
 */
export function salvageArticle(raw: unknown, file: string): Salvaged | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const fields = raw as { [key: string]: unknown };
  const shape = articleSchema.shape;
  const real = new Set<string>();
  const take = <K extends keyof typeof shape>(
    key: K,
    standIn: z.output<(typeof shape)[K]>,
  ): z.output<(typeof shape)[K]> => {
    const result = shape[key].safeParse(fields[key]);
    if (!result.success) return standIn;
    real.add(key);
    return result.data as z.output<(typeof shape)[K]>;
  };
  const events: Article['events'] = [];
  const eventIndex: number[] = [];
  if (Array.isArray(fields['events']))
    fields['events'].forEach((event: unknown, i) => {
      const result = shape.events.safeParse([event]);
      if (!result.success) return;
      events.push(...result.data);
      eventIndex.push(i);
    });
  const data: Article = {
    headline: take('headline', `\u0000${file}`),
    outlet: take('outlet', `\u0000${file}`),
    // A publication date in the year 9999 is after every event and never "in the future".
    published: take('published', { date: '9999', precision: 'year' }),
    language: take('language', 'und'),
    places: take('places', []),
    actors: take('actors', []),
    summary: take('summary', ''),
    events,
  };
  const url = take('url', undefined);
  if (url !== undefined) data.url = url;
  const corrections = take('corrections', undefined);
  if (corrections !== undefined) data.corrections = corrections;
  return { data, real, eventIndex };
}

/** True if the raw frontmatter has an event with this id, sound or not. */
export function writesEvent(raw: unknown, id: string): boolean {
  const events = valueAt(raw, ['events']);
  return Array.isArray(events) && events.some((e: unknown) => valueAt(e, ['id']) === id);
}
