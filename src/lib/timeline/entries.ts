/**
 * The timeline: every digest and every event, one entry each, in date order and grouped
 * under month and day headings. An event reported by several articles is one entry citing all.
 */
import type { Article, ArticleEvent, Dating } from '../model/schema.ts';
import { compareDates, precisionOf } from '../model/dates.ts';
import { formatDayHeading } from '../model/dateFormat.ts';
import { isFullEvent, type ContentRecord } from '../model/records.ts';
import { comparePeriodKeys, continuesInto, periodKey, periodOf, type Period } from './periods.ts';
import { articleAnchor, eventAnchor } from './anchors.ts';

/** Another event an entry links to: its id, its anchor and what happened. */
export interface EventLink {
  id: string;
  anchor: string;
  title: string;
}

/** An article an entry rests on. */
export interface SourceRef {
  articleId: string;
  outlet: string;
  headline: string;
  /** Where the original article can be read, where it is online. */
  originalUrl?: string;
}

/** The source an article is for the entries that cite it. */
const sourceOf = (id: string, data: Article): SourceRef => ({
  articleId: id,
  outlet: data.outlet,
  headline: data.headline,
  ...(data.url ? { originalUrl: data.url } : {}),
});

export interface TimelineEntry {
  /** The anchor id on the timeline page: "event-irgc-deploys-border-troops". */
  anchor: string;
  type: 'event' | 'article';
  /** The event's or the article's own id. */
  id: string;
  when: Dating;
  /** What happened, or the headline. */
  title: string;
  /** For an article: its one-sentence summary. */
  summary?: string;
  kind?: ArticleEvent['kind'];
  places: string[];
  actors: string[];
  claim?: { by: string[]; deniedBy: string[] };
  /** The articles that report it, in order of publication. */
  sources: SourceRef[];
  /** For a detail of a larger event (`partOf`): that event. */
  partOf?: EventLink;
  /** For a larger event: the detailed events that are part of it, in date order. */
  parts?: EventLink[];
}

export { articleAnchor, eventAnchor } from './anchors.ts';

const link = ({ id, anchor, title }: TimelineEntry): EventLink => ({ id, anchor, title });

/** Date order; at one date, articles after the events they report, then by id for stability. */
export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return (
    compareDates(a.when.date, b.when.date) ||
    (a.type === b.type ? 0 : a.type === 'event' ? -1 : 1) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Builds the entries from the articles, merging each event's reports into one entry, in date
 * order (`compareEntries`). This is the one place entries are sorted: everything that lists,
 * cuts or groups them keeps the order it is given.
 */
export function buildEntries(articles: readonly ContentRecord<Article>[]): TimelineEntry[] {
  const ordered = [...articles].sort(
    (a, b) => compareDates(a.data.published.date, b.data.published.date) || a.id.localeCompare(b.id),
  );
  const events = new Map<string, TimelineEntry>();
  const entries: TimelineEntry[] = [];

  for (const { id, data } of ordered) {
    const source = sourceOf(id, data);
    entries.push({
      anchor: articleAnchor(id),
      type: 'article',
      id,
      when: data.published,
      title: data.headline,
      summary: data.summary,
      places: data.places,
      actors: data.actors,
      sources: [source],
    });
    for (const event of data.events) {
      if (!isFullEvent(event)) continue;
      const entry: TimelineEntry = {
        anchor: eventAnchor(event.id),
        type: 'event',
        id: event.id,
        when: event.when,
        title: event.summary,
        kind: event.kind,
        places: event.places,
        actors: event.actors,
        ...(event.claim ? { claim: event.claim } : {}),
        sources: [],
      };
      events.set(event.id, entry);
      entries.push(entry);
    }
  }
  // A part and its whole link to each other; either may be written in the later article.
  const partsOf = new Map<string, TimelineEntry[]>();
  for (const { data } of ordered)
    for (const event of data.events) {
      if (!isFullEvent(event) || event.partOf === undefined) continue;
      const part = events.get(event.id);
      const whole = events.get(event.partOf);
      if (!part || !whole) continue;
      part.partOf = link(whole);
      partsOf.set(whole.id, [...(partsOf.get(whole.id) ?? []), part]);
    }
  for (const [wholeId, parts] of partsOf) {
    const whole = events.get(wholeId);
    if (whole) whole.parts = parts.sort(compareEntries).map(link);
  }
  // Citations are gathered in a second pass: a `see:` may point at an event defined in an
  // article published later.
  for (const { id, data } of ordered) {
    for (const event of data.events) {
      const entry = events.get(isFullEvent(event) ? event.id : event.see);
      if (entry && !entry.sources.some((s) => s.articleId === id)) entry.sources.push(sourceOf(id, data));
    }
  }
  return entries.sort(compareEntries);
}

export interface DayGroup {
  /** "2020-10-25" */
  date: string;
  /** "Sunday 25 October 2020" */
  label: string;
  entries: TimelineEntry[];
}

export interface PeriodGroup extends Period {
  /** Entries known only to this month (or year): they sit under the period, not under a day. */
  undated: TimelineEntry[];
  days: DayGroup[];
  /** Entries that began in an earlier month and last into this one: shown again, marked as continuing. */
  continuing: TimelineEntry[];
}

/**
 * Groups entries in date order under month headings and day headings. An entry known only to the
 * month opens its month; one known only to the year gets a year section before that year's months.
 * A span that lasts into a later month is listed again under that month as continuing; `carried`
 * are spans from months not in `entries` (a month's page passes its period's `continuing`).
 * `covers` names the months the listing is about beyond its entries' own (a month's page, or every
 * month on a front page that carries the whole timeline): such a month with no entry of its own
 * still gets a heading when a span lasts into it, so the span is not lost there.
 */
export function groupByPeriod(
  entries: readonly TimelineEntry[],
  carried: readonly TimelineEntry[] = [],
  covers: readonly string[] = [],
): PeriodGroup[] {
  const periods = new Map<string, PeriodGroup>();
  const periodAt = (key: string) => {
    let period = periods.get(key);
    if (!period) {
      period = { ...periodOf(key), undated: [], days: [], continuing: [] };
      periods.set(key, period);
    }
    return period;
  };
  for (const entry of entries) {
    const date = entry.when.date;
    const period = periodAt(periodKey(entry));
    if (precisionOf(date) !== 'day') {
      period.undated.push(entry);
      continue;
    }
    let day = period.days.at(-1);
    if (day?.date !== date) {
      day = { date, label: formatDayHeading(date), entries: [] };
      period.days.push(day);
    }
    day.entries.push(entry);
  }
  const covered = new Set(covers);
  for (const entry of [...carried, ...entries])
    for (const key of continuesInto(entry))
      (covered.has(key) ? periodAt(key) : periods.get(key))?.continuing.push(entry);
  return [...periods.values()].sort((a, b) => comparePeriodKeys(a.key, b.key));
}
