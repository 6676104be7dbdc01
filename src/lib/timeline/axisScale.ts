/**
 * The time axis's scale: which stretches of time it draws and where each day falls across its
 * width, in percent. The build lays the axis out with it and the browser's axis control reads it
 * back to turn a pointer position into a date, so it needs nothing but plain arithmetic.
 */

const DAY_MS = 86_400_000;

/** A UTC day number for arithmetic: `dayNumber('1970-01-02')` is 1. */
export function dayNumber(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / DAY_MS;
}

/** The ISO day of a day number: `isoDay(1)` is "1970-01-02". */
export const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A stretch of time the axis draws: days `start` (inclusive) to `end` (exclusive), placed from `x0`% to `x1`%. */
export interface Segment {
  start: number;
  end: number;
  x0: number;
  x1: number;
}

/**
 * Where a day falls, in percent of the axis's width. A day inside a break is drawn at the break's
 * start, and a day outside every segment at the nearest edge, so any date has a place.
 */
export function xOfDay(segments: readonly Segment[], day: number): number {
  let x = segments[0]?.x0 ?? 0;
  for (const s of segments) {
    if (day < s.start) return x;
    if (day <= s.end) return s.x0 + ((day - s.start) / (s.end - s.start)) * (s.x1 - s.x0);
    x = s.x1;
  }
  return x;
}

/** The day drawn at `x`%: the nearest segment's day, so a pointer in a break picks the nearer side. */
export function dayAtX(segments: readonly Segment[], x: number): number {
  let best: { distance: number; day: number } | undefined;
  for (const s of segments) {
    const clamped = Math.min(Math.max(x, s.x0), s.x1);
    const fraction = s.x1 > s.x0 ? (clamped - s.x0) / (s.x1 - s.x0) : 0;
    const day = Math.min(s.start + Math.floor(fraction * (s.end - s.start)), s.end - 1);
    const distance = Math.abs(clamped - x);
    if (!best || distance < best.distance) best = { distance, day };
  }
  return best?.day ?? 0;
}

/** The segments as one `data-*` attribute value: "2020-09-01/2020-12-01/0/71.5 …", ISO days and percents. */
export const segmentsToData = (segments: readonly Segment[]) =>
  segments.map((s) => `${isoDay(s.start)}/${isoDay(s.end)}/${round(s.x0)}/${round(s.x1)}`).join(' ');

/** Reads `segmentsToData` back, skipping anything malformed. */
export function segmentsFromData(value: string | undefined): Segment[] {
  const out: Segment[] = [];
  for (const part of (value ?? '').split(' ')) {
    const [start, end, x0, x1] = part.split('/');
    if (!start || !end || !/^\d{4}-\d{2}-\d{2}$/.test(start) || !/^\d{4}-\d{2}-\d{2}$/.test(end)) continue;
    const segment = { start: dayNumber(start), end: dayNumber(end), x0: Number(x0), x1: Number(x1) };
    if (Number.isFinite(segment.x0) && Number.isFinite(segment.x1) && segment.end > segment.start) out.push(segment);
  }
  return out;
}

/**
 * Where something laid out from the axis's start (`x`% from the earliest time, `width`% wide) is
 * drawn, measured from the left as SVG and the pointer measure it. Left to right, the same; right to
 * left (a Persian page, where time runs from the right, as the page reads), mirrored:
 * `drawnX(10, 5, 'rtl')` is 85.
 */
export const drawnX = (x: number, width: number, dir: 'ltr' | 'rtl') => (dir === 'rtl' ? 100 - x - width : x);

/** Percentages to two decimals: enough for a 10,000-pixel-wide axis, and short in the HTML. */
export const round = (x: number) => Math.round(x * 100) / 100;
