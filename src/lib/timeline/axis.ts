/**
 * The time axis's layout: from plain dated items to the marks, bands, breaks and ticks an SVG
 * draws, with every position in percent of the width so the drawing needs no viewBox and its
 * text stays legible at any width. Pure: the component draws it and names it.
 *
 * An item known to the day is counted in a mark (per day, week or month, as the span requires);
 * one known only to the month or the year, a span with `until`, and one known only to lie within
 * a window are bands, each in its own style, so the drawing shows how precisely each is known.
 */
import { precisionOf } from '../model/dates.ts';
import { dayRange } from './filters.ts';
import { periodKeyOf } from './periods.ts';
import { dayNumber, isoDay, round, xOfDay, type Segment } from './axisScale.ts';

/** A dated thing to place on the axis; `within` is a window it is known only to lie in. */
export interface AxisItem {
  when: { date: string; until?: string | undefined };
  within?: { from: string; to: string } | undefined;
}

/** How an item's date is known, each drawn in its own style (and named by the legend). */
export type AxisStyle = 'day' | 'month' | 'year' | 'span' | 'window';
export type BandStyle = Exclude<AxisStyle, 'day'>;
/** How much time one mark gathers. */
export type AxisUnit = 'day' | 'week' | 'month';

/** A mark: the items known to the day that fall in one day, week or month. */
export interface AxisMark<T> {
  /** Its first and last day, ISO. */
  from: string;
  to: string;
  count: number;
  /** Left edge and width, in percent. */
  x: number;
  width: number;
  /** Its height as a share of the tallest mark's, in (0, 1]. */
  height: number;
  /** The first item in it, to link to. */
  first: T;
}

/** A band: items known only to a month or a year, a span, or a window, drawn from `x0`% to `x1`%. */
export interface AxisBand<T> {
  style: BandStyle;
  from: string;
  to: string;
  count: number;
  x0: number;
  x1: number;
  /** The row it sits in, 0 first, so bands that overlap in time do not hide each other. */
  lane: number;
  first: T;
}

/** A long stretch with nothing in it, drawn as a break rather than as empty width. */
export interface AxisBreak {
  /** The last day before it and the first after it, ISO. */
  after: string;
  before: string;
  /** Its middle, in percent. */
  x: number;
}

/** A tick at the start of a year, a month or (on a month's axis) a week's first day. */
export interface AxisTick {
  kind: 'year' | 'month' | 'day';
  /** "2020", "2020-10", "2020-10-08". */
  date: string;
  x: number;
  /** False where ticks of this kind stand too close to carry their text. */
  labelled: boolean;
}

export interface AxisLayout<T> {
  unit: AxisUnit;
  segments: Segment[];
  breaks: AxisBreak[];
  marks: AxisMark<T>[];
  bands: AxisBand<T>[];
  /** How many band rows there are. */
  lanes: number;
  ticks: AxisTick[];
  /** The styles drawn, in the legend's order. */
  styles: AxisStyle[];
}

export interface AxisOptions {
  /** Draw exactly these days (a month's page), with no breaks; by default, the items' own span. */
  domain?: { from: string; to: string };
}

/** Stretches with nothing in them for longer than this become breaks. */
export const BREAK_DAYS = 92;
/** The width a break takes, in percent. */
export const BREAK_WIDTH = 4;
/** At most this many marks: past it, marks gather a week, then a month. */
export const MAX_MARKS = 160;
/** Rows of bands at most; a band that finds no free row shares the least crowded. */
export const MAX_LANES = 4;
/** Labels of a kind of tick need this much width each, in percent, or they are left off. */
const LABEL_ROOM = { year: 6, month: 7, day: 6 };
const LEGEND_ORDER: AxisStyle[] = ['day', 'span', 'month', 'year', 'window'];

interface Placed<T> {
  item: T;
  style: AxisStyle;
  start: number;
  /** Exclusive. */
  end: number;
}

function place<T extends AxisItem>(item: T): Placed<T> {
  const { date, until } = item.when;
  if (item.within) {
    const start = dayNumber(dayRange(item.within.from).start);
    return { item, style: 'window', start, end: dayNumber(dayRange(item.within.to).end) + 1 };
  }
  const range = dayRange(date, until);
  const style: AxisStyle = until !== undefined ? 'span' : precisionOf(date);
  return { item, style, start: dayNumber(range.start), end: dayNumber(range.end) + 1 };
}

const monthStart = (day: number) => dayNumber(`${isoDay(day).slice(0, 7)}-01`);
const nextMonth = (day: number) => {
  const d = new Date(monthStart(day) * 86_400_000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 86_400_000;
};

/** The stretches to draw: clusters of items whole months wide, apart where nothing happens for long. */
function stretches(placed: readonly Placed<unknown>[]): { start: number; end: number }[] {
  const sorted = [...placed].sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const p of sorted) {
    const last = out.at(-1);
    if (last && p.start - last.end <= BREAK_DAYS) last.end = Math.max(last.end, p.end);
    else out.push({ start: p.start, end: p.end });
  }
  const padded: { start: number; end: number }[] = [];
  for (const s of out) {
    const start = monthStart(s.start);
    const end = nextMonth(s.end - 1);
    const last = padded.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else padded.push({ start, end });
  }
  return padded;
}

/** Shares the width among the stretches by their length, leaving room for a break between each two. */
function toSegments(spans: readonly { start: number; end: number }[]): Segment[] {
  const total = spans.reduce((n, s) => n + (s.end - s.start), 0);
  const room = 100 - BREAK_WIDTH * Math.max(0, spans.length - 1);
  let x = 0;
  return spans.map((s, i) => {
    const x0 = x + (i > 0 ? BREAK_WIDTH : 0);
    const x1 = x0 + (room * (s.end - s.start)) / total;
    x = x1;
    return { ...s, x0, x1 };
  });
}

const unitFor = (days: number): AxisUnit => (days <= MAX_MARKS ? 'day' : days / 7 <= MAX_MARKS ? 'week' : 'month');

/** The first day of the unit a day falls in; weeks start on Monday. */
function bucketStart(day: number, unit: AxisUnit): number {
  if (unit === 'day') return day;
  if (unit === 'month') return monthStart(day);
  // Day 0 (1 January 1970) was a Thursday.
  return day - ((day + 3) % 7);
}

function bucketEnd(start: number, unit: AxisUnit): number {
  return unit === 'day' ? start + 1 : unit === 'week' ? start + 7 : nextMonth(start);
}

/**
 * Lays out the axis for items in date order. `axisLayout(entries)` draws the archive's whole span;
 * `axisLayout(entries, { domain: { from: '2020-10-01', to: '2020-10-31' } })` draws one month.
 */
export function axisLayout<T extends AxisItem>(items: readonly T[], options: AxisOptions = {}): AxisLayout<T> {
  const all = items.map(place);
  const domain = options.domain;
  const spans = domain
    ? [{ start: dayNumber(domain.from), end: dayNumber(domain.to) + 1 }]
    : all.length > 0
      ? stretches(all)
      : [];
  const segments = toSegments(spans);
  const placed = domain ? all.filter((p) => p.end > spans[0]!.start && p.start < spans[0]!.end) : all;
  const shownDays = spans.reduce((n, s) => n + (s.end - s.start), 0);
  const unit = unitFor(shownDays);
  const x = (day: number) => xOfDay(segments, day);
  // A span shorter than one mark is known as well as the mark can show: it counts in the mark.
  const asMark = (p: Placed<T>) =>
    p.style === 'day' || (p.style === 'span' && unit !== 'day' && p.end - p.start <= bucketEnd(0, unit));

  const buckets = new Map<number, { count: number; first: T }>();
  const bandsByKey = new Map<string, Omit<AxisBand<T>, 'x0' | 'x1' | 'lane'> & { start: number; end: number }>();
  for (const p of placed) {
    if (asMark(p)) {
      const key = bucketStart(p.start, unit);
      const bucket = buckets.get(key);
      if (bucket) bucket.count++;
      else buckets.set(key, { count: 1, first: p.item });
      continue;
    }
    const style = p.style as BandStyle;
    // Where marks gather weeks or months, spans and windows snap to them too: the drawing cannot
    // show finer, and it keeps the number of distinct bands (and the page's bytes) bounded.
    // Months and years are already coarse, and bounded in number by the span itself.
    const snap = unit !== 'day' && (style === 'span' || style === 'window');
    const start = snap ? bucketStart(p.start, unit) : p.start;
    const end = snap ? bucketEnd(bucketStart(p.end - 1, unit), unit) : p.end;
    const key = `${style} ${start} ${end}`;
    const band = bandsByKey.get(key);
    if (band) band.count++;
    else
      bandsByKey.set(key, {
        style,
        from: isoDay(start),
        to: isoDay(end - 1),
        count: 1,
        first: p.item,
        start,
        end,
      });
  }

  const tallest = Math.max(1, ...[...buckets.values()].map((b) => b.count));
  const marks: AxisMark<T>[] = [...buckets.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, { count, first }]) => {
      // A week at a segment's edge is drawn only over the days the axis shows.
      const segment = segments.find((s) => start < s.end && bucketEnd(start, unit) > s.start) ?? segments[0]!;
      const from = Math.max(start, segment.start);
      const to = Math.min(bucketEnd(start, unit), segment.end);
      return {
        from: isoDay(from),
        to: isoDay(to - 1),
        count,
        x: round(x(from)),
        width: round(x(to) - x(from)),
        height: round(count / tallest),
        first,
      };
    });

  const laneEnds: number[] = [];
  const bands: AxisBand<T>[] = [...bandsByKey.values()]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map(({ start, end, ...band }) => {
      let lane = laneEnds.findIndex((e) => e <= start);
      if (lane < 0 && laneEnds.length < MAX_LANES) lane = laneEnds.length;
      if (lane < 0) lane = laneEnds.indexOf(Math.min(...laneEnds));
      laneEnds[lane] = Math.max(laneEnds[lane] ?? 0, end);
      return { ...band, x0: round(x(start)), x1: round(x(end)), lane };
    });

  const breaks: AxisBreak[] = segments.slice(1).map((s, i) => ({
    after: isoDay(segments[i]!.end - 1),
    before: isoDay(s.start),
    x: round(s.x0 - BREAK_WIDTH / 2),
  }));

  const styles = LEGEND_ORDER.filter(
    (style) => (style === 'day' && marks.length > 0) || (style !== 'day' && bands.some((b) => b.style === style)),
  );

  return { unit, segments, breaks, marks, bands, lanes: laneEnds.length, ticks: ticks(segments, !!domain), styles };
}

/** Ticks at each year's and month's first day, or at each week's on a month's axis. */
function ticks(segments: readonly Segment[], days: boolean): AxisTick[] {
  const out: AxisTick[] = [];
  for (const s of segments) {
    if (days) {
      for (let day = s.start; day < s.end; day += 7)
        out.push({ kind: 'day', date: isoDay(day), x: round(xOfDay(segments, day)), labelled: true });
      continue;
    }
    for (let day = s.start; day < s.end; day = nextMonth(day)) {
      const iso = isoDay(day);
      // A segment opens with its year named, so the reader knows the year after a break.
      const year = iso.endsWith('-01-01') || day === s.start;
      out.push({
        kind: year ? 'year' : 'month',
        date: year ? iso.slice(0, 4) : iso.slice(0, 7),
        x: round(xOfDay(segments, day)),
        labelled: true,
      });
      if (year) out.push({ kind: 'month', date: iso.slice(0, 7), x: round(xOfDay(segments, day)), labelled: true });
    }
  }
  for (const kind of ['month', 'day'] as const) {
    const of = out.filter((t) => t.kind === kind);
    const crowded = of.some((t, i) => i > 0 && t.x - of[i - 1]!.x < LABEL_ROOM[kind]);
    if (crowded) for (const t of of) t.labelled = false;
  }
  // Years are labelled from the latest back, each only with room to its right: a segment opening
  // in December gives up its label to the January just after it, never the other way round.
  let room = Infinity;
  for (const year of out.filter((t) => t.kind === 'year').reverse()) {
    year.labelled = room - year.x >= LABEL_ROOM.year;
    if (year.labelled) room = year.x;
  }
  return out;
}

/**
 * The counts beside a month's axis: entries per day in date order, with those known only to the
 * month (or year) first under the period's key: `[{ date: '2020-10', count: 1 }, { date: '2020-10-13', count: 2 }]`.
 */
export function countsByDate(entries: readonly { when: { date: string } }[]): { date: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const date = precisionOf(entry.when.date) === 'day' ? entry.when.date : periodKeyOf(entry.when.date);
    counts.set(date, (counts.get(date) ?? 0) + 1);
  }
  return [...counts].map(([date, count]) => ({ date, count })).sort((a, b) => (a.date < b.date ? -1 : 1));
}
