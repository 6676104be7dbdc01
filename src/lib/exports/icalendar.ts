/**
 * The events known to the day as an iCalendar file (RFC 5545): one all-day event each, a span as
 * one event over all its days. Events known only to the month or the year have no day to put in a
 * calendar, so they are left out, and the calendar's description says how many and where they are.
 * Written by hand: the format is small, and folding and escaping are the only subtle parts.
 */
import type { TimelineEntry } from '../timeline/entries.ts';
import type { ContentRecord } from '../model/records.ts';
import type { Article } from '../model/schema.ts';
import { kindLabel } from '../site/labels.ts';
import type { SiteUrls } from './siteUrls.ts';

/** Escapes a TEXT value (RFC 5545 3.3.11): `escapeText('a, b; c')` is "a\, b\; c". */
export const escapeText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');

const utf8 = new TextEncoder();

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 3.1), each continuation opened by a
 * space; a multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = utf8.encode(char).length;
    if (bytes + size > 75) {
      out.push(current);
      current = ' ';
      bytes = 1;
    }
    current += char;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** A day as an iCalendar DATE: `icsDate('2020-10-25')` is "20201025". */
const icsDate = (iso: string) => iso.replaceAll('-', '');

/** The day after an ISO day, since an all-day event's DTEND is exclusive: "2020-10-26" for "2020-10-25". */
export function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export interface CalendarOptions {
  /** The day the content was last changed (YYYY-MM-DD): every event's DTSTAMP, so builds repeat exactly. */
  stamp: string;
  /** The site's addresses; iCalendar URLs are written absolute, as they must be. */
  urls: SiteUrls;
  placeName: (id: string) => string;
  actorName: (id: string) => string;
}

/** True for an event a calendar can hold: one whose day is known. */
export const isCalendarEvent = (entry: TimelineEntry) => entry.type === 'event' && entry.when.precision === 'day';

function description(entry: TimelineEntry, o: CalendarOptions): string {
  const lines = [entry.title];
  if (entry.when.note) lines.push(`Date: ${entry.when.note}`);
  if (entry.claim) {
    lines.push(`Claimed by ${entry.claim.by.map(o.actorName).join(', ')}.`);
    if (entry.claim.deniedBy.length > 0) lines.push(`Denied by ${entry.claim.deniedBy.map(o.actorName).join(', ')}.`);
  }
  lines.push(`Reported by: ${entry.sources.map((s) => `${s.outlet}, "${s.headline}"`).join('; ')}.`);
  return lines.join('\n');
}

/** Which part of a calendar cut by period (parts.ts) a file is: its name and description say so. */
export interface CalendarPart {
  /** "October 2020". */
  label: string;
  /** 1 for the first part. */
  number: number;
  count: number;
}

/** What the calendar holds and what it leaves out, for its DESCRIPTION. */
function aboutCalendar(entries: readonly TimelineEntry[], o: CalendarOptions, part: CalendarPart | undefined): string {
  if (part)
    return `Part ${part.number} of ${part.count} of the Aras Border Timeline's calendar: the events known to the day that begin in ${part.label}, as all-day events; a span is one event over its days. The other parts, and the events known only to the month or the year, are listed at ${o.urls.absolute(o.urls.data(''))}. Data under CC BY 4.0.`;
  const leftOut = entries.filter((e) => e.type === 'event' && e.when.precision !== 'day').length;
  return (
    `The events of the Aras Border Timeline known to the day, as all-day events; a span is one event over its days. ` +
    (leftOut === 0
      ? 'Every event is known to the day.'
      : `${leftOut} event${leftOut === 1 ? ' is' : 's are'} known only to the month or the year and left out: they are in ${o.urls.absolute(o.urls.data('events.csv'))} and ${o.urls.absolute(o.urls.data('timeline.json'))}.`) +
    ' Data under CC BY 4.0.'
  );
}

/** `/data/events.ics`, or for a part of a calendar cut by period, the events given. */
export function icalendar(entries: readonly TimelineEntry[], o: CalendarOptions, part?: CalendarPart): string {
  const events = entries.filter(isCalendarEvent);
  const calendarDescription = aboutCalendar(entries, o, part);
  const name = part ? `Aras Border Timeline: ${part.label}` : 'Aras Border Timeline';
  const stamp = `${icsDate(o.stamp)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Aras Border Timeline//Events//EN',
    'CALSCALE:GREGORIAN',
    `NAME:${escapeText(name)}`,
    `X-WR-CALNAME:${escapeText(name)}`,
    `DESCRIPTION:${escapeText(calendarDescription)}`,
    `X-WR-CALDESC:${escapeText(calendarDescription)}`,
  ];
  for (const entry of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${entry.anchor}@aras-border-timeline`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(entry.when.date)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(entry.when.until ?? entry.when.date))}`,
      `SUMMARY:${escapeText(entry.title)}`,
      `DESCRIPTION:${escapeText(description(entry, o))}`,
      ...(entry.places.length > 0 ? [`LOCATION:${escapeText(entry.places.map(o.placeName).join(', '))}`] : []),
      `CATEGORIES:${escapeText(kindLabel(entry.kind))}`,
      `URL:${o.urls.absolute(o.urls.entry(entry))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/**
 * The last day the content changed, for DTSTAMP: the latest publication or correction known to
 * the day, else the latest day an event is dated to. `undefined` if nothing is known to the day.
 */
export function contentStamp(
  articles: readonly ContentRecord<Article>[],
  entries: readonly TimelineEntry[],
): string | undefined {
  const days = articles.flatMap((a) => [
    ...(a.data.published.precision === 'day' ? [a.data.published.date] : []),
    ...(a.data.corrections ?? []).map((c) => c.date),
  ]);
  if (days.length === 0) days.push(...entries.filter(isCalendarEvent).map((e) => e.when.until ?? e.when.date));
  return days.sort().at(-1);
}
