/**
 * "Other events at the same places within a few weeks": what an event page lists beside the
 * event. Dates are partial, so each date stands for the span of days it could mean, and two
 * events are near when those spans come within the window of each other. An event known only
 * to the year could be on any day of it: it is never said to be near anything, nor anything near it.
 */
import { isoParts, precisionOf } from '../model/dates.ts';
import type { Dating } from '../model/schema.ts';
import type { TimelineEntry } from './entries.ts';

/** How far apart, in days, two events at one place may be and still be listed together. */
export const NEARBY_DAYS = 21;

/** At most this many are listed, the closest in time first, so a busy place cannot swell a page. */
export const NEARBY_LIMIT = 12;

const DAY_MS = 86_400_000;

/** The first and last day a partial date could mean, as day numbers: "2020-10" is 1 to 31 October. */
function dayRange(iso: string): [number, number] {
  const { year, month, day } = isoParts(iso);
  if (day !== undefined && month !== undefined) {
    const d = Date.UTC(year, month - 1, day) / DAY_MS;
    return [d, d];
  }
  if (month !== undefined) return [Date.UTC(year, month - 1, 1) / DAY_MS, Date.UTC(year, month, 0) / DAY_MS];
  return [Date.UTC(year, 0, 1) / DAY_MS, Date.UTC(year, 11, 31) / DAY_MS];
}

/** The days a dating spans, `until` included: `spanOf({ date: '2020-10', … })` is 1 to 31 October 2020. */
export function spanOf(when: Pick<Dating, 'date' | 'until'>): [number, number] {
  const [start, end] = dayRange(when.date);
  return [start, when.until ? dayRange(when.until)[1] : end];
}

/** Days between two spans; 0 when they overlap. */
export function daysApart(a: [number, number], b: [number, number]): number {
  return Math.max(0, a[0] - b[1], b[0] - a[1]);
}

const yearOnly = (entry: TimelineEntry) => precisionOf(entry.when.date) === 'year';

/** A place's events with their spans, ordered by the day each span starts. */
interface PlaceEvents {
  events: { entry: TimelineEntry; start: number; end: number; order: number }[];
  /** The most days any one of them spans, which bounds how early a near one can start. */
  longest: number;
}

/**
 * Each place's events (articles and year-only events left out) ordered by start, built once per
 * `entriesByPlace`: an event page then looks at the few events whose spans could come near its
 * own instead of every entry at its places, whose number grows with the archive.
 */
const byStart = new WeakMap<ReadonlyMap<string, readonly TimelineEntry[]>, Map<string, PlaceEvents>>();

function placeEvents(entriesByPlace: ReadonlyMap<string, readonly TimelineEntry[]>): Map<string, PlaceEvents> {
  const cached = byStart.get(entriesByPlace);
  if (cached) return cached;
  const index = new Map<string, PlaceEvents>();
  for (const [place, entries] of entriesByPlace) {
    const events = entries.flatMap((entry, order) => {
      if (entry.type !== 'event' || yearOnly(entry)) return [];
      const [start, end] = spanOf(entry.when);
      return [{ entry, start, end, order }];
    });
    events.sort((a, b) => a.start - b.start || a.order - b.order);
    index.set(place, { events, longest: Math.max(0, ...events.map((e) => e.end - e.start)) });
  }
  byStart.set(entriesByPlace, index);
  return index;
}

/** The first position in `events` whose start is at least `day`. */
function firstFrom(events: PlaceEvents['events'], day: number): number {
  let [low, high] = [0, events.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (events[mid]!.start < day) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The other events at any of `event`'s places within `days` of it, closest first (ties in date
 * order), at most `limit`. `entriesByPlace` holds each place's entries; articles are left out.
 * e.g. a drone crash at Khoda Afarin on 2020-10-25 finds a deployment there on 2020-10-21.
 */
export function eventsNearby(
  event: TimelineEntry,
  entriesByPlace: ReadonlyMap<string, readonly TimelineEntry[]>,
  days = NEARBY_DAYS,
  limit = NEARBY_LIMIT,
): TimelineEntry[] {
  if (yearOnly(event)) return [];
  const span = spanOf(event.when);
  const index = placeEvents(entriesByPlace);
  const found = new Map<string, { entry: TimelineEntry; gap: number; order: number }>();
  for (const place of event.places) {
    const at = index.get(place);
    if (!at) continue;
    // A near event starts no later than `days` after this one ends, and no earlier than the
    // longest span at the place before `days` before this one starts.
    for (let i = firstFrom(at.events, span[0] - days - at.longest); i < at.events.length; i++) {
      const other = at.events[i]!;
      if (other.start > span[1] + days) break;
      if (other.entry.id === event.id || found.has(other.entry.id)) continue;
      const gap = daysApart(span, [other.start, other.end]);
      if (gap <= days) found.set(other.entry.id, { entry: other.entry, gap, order: other.order });
    }
  }
  return [...found.values()]
    .sort((a, b) => a.gap - b.gap || a.entry.when.date.localeCompare(b.entry.when.date) || a.order - b.order)
    .slice(0, limit)
    .map((f) => f.entry);
}
