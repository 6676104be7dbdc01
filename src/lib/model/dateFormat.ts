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

/** A span for readers: "27 September – 3 October 2020", "October – November 2020". */
export function formatSpan(from: string, until?: string): string {
  if (until === undefined) return formatDate(from);
  const a = isoParts(from);
  const b = isoParts(until);
  const sameYear = a.year === b.year;
  const start =
    a.day !== undefined
      ? format(utc(a), sameYear ? (a.month === b.month ? 'd' : 'd MMMM') : 'd MMMM yyyy')
      : a.month !== undefined
        ? format(utc(a), sameYear ? 'MMMM' : 'MMMM yyyy')
        : String(a.year);
  return `${start} – ${formatDate(until)}`;
}

/** A month's short name for a tick on the time axis: "Oct" for "2020-10". */
export function formatShortMonth(iso: string): string {
  return format(utc(isoParts(iso)), 'MMM');
}
