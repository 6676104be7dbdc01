/**
 * Partial dates for readers, only as precise as they are known. Formatted on the calendar in UTC
 * so that the build machine's time zone can never move a date by a day.
 */
import { format } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { isoParts, type DateParts } from './dates.ts';

function utc(parts: DateParts): UTCDate {
  return new UTCDate(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1);
}

/** A date for readers, only as precise as it is known: "25 October 2020", "November 2020", "2023". */
export function formatDate(iso: string): string {
  const parts = isoParts(iso);
  const date = utc(parts);
  if (parts.day !== undefined) return format(date, 'd MMMM yyyy');
  if (parts.month !== undefined) return format(date, 'MMMM yyyy');
  return format(date, 'yyyy');
}

/** A day heading: "Sunday 25 October 2020". */
export function formatDayHeading(iso: string): string {
  return format(utc(isoParts(iso)), 'EEEE d MMMM yyyy');
}

/** The two ends of a span for readers, the start no fuller than needed: ["27 September", "3 October 2020"]. */
function spanEnds(from: string, until: string): [string, string] {
  const a = isoParts(from);
  const b = isoParts(until);
  const sameYear = a.year === b.year;
  const start =
    a.day !== undefined
      ? format(utc(a), sameYear ? (a.month === b.month ? 'd' : 'd MMMM') : 'd MMMM yyyy')
      : a.month !== undefined
        ? format(utc(a), sameYear ? 'MMMM' : 'MMMM yyyy')
        : String(a.year);
  return [start, formatDate(until)];
}

/** A span for readers: "27 September – 3 October 2020", "October – November 2020". */
export function formatSpan(from: string, until?: string): string {
  return until === undefined ? formatDate(from) : spanEnds(from, until).join(' – ');
}

/**
 * A dating for readers: a single date, a span it lasted throughout, or a window it happened
 * sometime within: `formatDating({ date: '2020-09-27', until: '2020-10-03', sometime: true })` is
 * "sometime between 27 September and 3 October 2020".
 */
export function formatDating(dating: {
  date: string;
  until?: string | undefined;
  sometime?: boolean | undefined;
}): string {
  if (dating.until === undefined || !dating.sometime) return formatSpan(dating.date, dating.until);
  const [start, end] = spanEnds(dating.date, dating.until);
  return `sometime between ${start} and ${end}`;
}

/** A month's short name for a tick on the time axis: "Oct" for "2020-10". */
export function formatShortMonth(iso: string): string {
  return format(utc(isoParts(iso)), 'MMM');
}
