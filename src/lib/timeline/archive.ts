/**
 * The timeline cut into pages that answer the filters' questions without JavaScript: one page
 * per month (or per year, for entries known only to the year) and one per kind of event.
 */
import { EVENT_KINDS, type ArticleEvent } from '../model/schema.ts';
import type { TimelineEntry } from './entries.ts';
import { precisionOf } from '../model/dates.ts';
import { comparePeriodKeys, continuesInto, periodKey, periodOf, type Period } from './periods.ts';

/** One month's (or one year's) page of the timeline. */
export interface ArchivePeriod extends Period {
  /** Its entries in date order. */
  entries: TimelineEntry[];
  /** Entries that began in an earlier month and last into this one, shown again as continuing. */
  continuing: TimelineEntry[];
}

/**
 * Splits entries in date order (as `buildEntries` returns them) by the month (or year) they start
 * in, earliest first; every entry lands in exactly one. A span reaching into later months is also
 * listed as continuing in each of them, and a month it covers that has no entry of its own still
 * gets a period (with no entries): otherwise its page would not exist and a reader of that month
 * would never learn that something was still going on.
 */
export function partitionByPeriod(entries: readonly TimelineEntry[]): ArchivePeriod[] {
  const periods = new Map<string, ArchivePeriod>();
  const periodAt = (key: string) => {
    let period = periods.get(key);
    if (!period) {
      period = { ...periodOf(key), entries: [], continuing: [] };
      periods.set(key, period);
    }
    return period;
  };
  for (const entry of entries) periodAt(periodKey(entry)).entries.push(entry);
  for (const entry of entries) for (const key of continuesInto(entry)) periodAt(key).continuing.push(entry);
  return [...periods.values()].sort((a, b) => comparePeriodKeys(a.key, b.key));
}

/** The kinds of event the entries (in date order) use, in the schema's order, each with its entries. */
export function partitionByKind(
  entries: readonly TimelineEntry[],
): { kind: ArticleEvent['kind']; entries: TimelineEntry[] }[] {
  return EVENT_KINDS.map((kind) => ({ kind, entries: entries.filter((e) => e.kind === kind) })).filter(
    (k) => k.entries.length > 0,
  );
}

/** Entries on one HTML page at most: keeps every page of a 10,000-article archive small. */
export const PAGE_SIZE = 150;

/** Up to this many entries, the home page carries the whole timeline; beyond, it shows the latest page. */
export const HOME_LIMIT = 300;

/** Cuts a list into pages of at most `size`: `chunk([1, 2, 3], 2)` is `[[1, 2], [3]]`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}

/** One HTML page of the timeline: a month, or a part of a month too full for one page. */
export interface TimelinePage {
  period: ArchivePeriod;
  /** 1-based, within the period. */
  number: number;
  /** How many pages the period has. */
  count: number;
  entries: TimelineEntry[];
}

/**
 * Cuts each period into pages of at most `size` entries, breaking between days where it can,
 * so a day's entries stay together unless one day alone has more than a page holds.
 */
export function timelinePages(periods: readonly ArchivePeriod[], size = PAGE_SIZE): TimelinePage[] {
  const pages: TimelinePage[] = [];
  for (const period of periods) {
    const groups: TimelineEntry[][] = [];
    for (const entry of period.entries) {
      const last = groups.at(-1);
      if (last && last[0]!.when.date === entry.when.date) last.push(entry);
      else groups.push([entry]);
    }
    const cut: TimelineEntry[][] = [[]];
    for (const group of groups) {
      for (const part of chunk(group, size)) {
        if (cut.at(-1)!.length > 0 && cut.at(-1)!.length + part.length > size) cut.push([]);
        cut.at(-1)!.push(...part);
      }
    }
    cut.forEach((entries, i) => pages.push({ period, number: i + 1, count: cut.length, entries }));
  }
  return pages;
}

/** Where an entry's anchor is: the home page, or a numbered page of its period. */
export type EntryLocation = 'home' | { key: string; number: number };

/**
 * Where each entry lives: on the home page while the whole timeline fits there (`wholeOnHome`),
 * else on the page of its period that `timelinePages` put it on.
 */
export function locateEntries(
  pages: readonly TimelinePage[],
  wholeOnHome: boolean,
): (entry: Pick<TimelineEntry, 'anchor'>) => EntryLocation {
  if (wholeOnHome) return () => 'home';
  const where = new Map<string, EntryLocation>();
  for (const page of pages) {
    const location = { key: page.period.key, number: page.number };
    for (const entry of page.entries) where.set(entry.anchor, location);
  }
  return (entry) => {
    const location = where.get(entry.anchor);
    if (!location)
      throw new Error(`The entry "${entry.anchor}" is on no timeline page: build the pages from the same entries.`);
    return location;
  };
}

/** Where a page stands in its list: page `number` (1-based) of `count`. */
export interface PagePosition {
  number: number;
  count: number;
}

/** The position of a page Astro's `paginate()` made. */
export const positionOf = (page: { currentPage: number; lastPage: number }): PagePosition => ({
  number: page.currentPage,
  count: page.lastPage,
});

/** A page's title: the name, and where in the list it is when there is more than one page. */
export const pagedTitle = (name: string, page: PagePosition) =>
  page.count > 1 ? `${name}, page ${page.number} of ${page.count}` : name;

/**
 * The page each day's heading is on (the first, if a day fills more than one), for the time
 * axis's links: `locateDays(pages).get('2020-10-25')`.
 */
export function locateDays(pages: readonly TimelinePage[]): Map<string, TimelinePage> {
  const where = new Map<string, TimelinePage>();
  for (const page of pages)
    for (const entry of page.entries)
      if (precisionOf(entry.when.date) === 'day' && !where.has(entry.when.date)) where.set(entry.when.date, page);
  return where;
}
