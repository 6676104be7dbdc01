/**
 * The whole timeline as a TimelineJS (Knight Lab) data file: one slide per event, its date at the
 * precision it is known, a span as start and end, the digests that report it as the slide's sources.
 * TimelineJS renders slide text as HTML, so everything taken from the content is escaped here.
 */
import { z } from 'astro/zod';
import type { TimelineEntry } from '../timeline/entries.ts';
import { isoParts } from '../model/dates.ts';
import { formatDating } from '../model/dateFormat.ts';
import { kindLabel } from '../site/labels.ts';
import { count } from '../site/count.ts';
import { escapeHtml } from './html.ts';
import type { SiteUrls } from './siteUrls.ts';

const timelineJsDate = z
  .strictObject({
    year: z.number().int().describe('The year.'),
    month: z.number().int().min(1).max(12).optional().describe('The month, 1–12, where it is known.'),
    day: z.number().int().min(1).max(31).optional().describe('The day of the month, where it is known.'),
  })
  .describe('A TimelineJS date, given only as precisely as it is known.');

const timelineJsText = z.strictObject({
  headline: z.string().describe('The slide title (escaped HTML).'),
  text: z.string().describe('The slide body (HTML built from escaped text).'),
});

/** The shape of `/data/timelinejs.json`: the part of TimelineJS's JSON format this site writes. */
export const timelineJsSchema = z
  .strictObject({
    title: z.strictObject({ text: timelineJsText }).describe('The title slide.'),
    events: z
      .array(
        z.strictObject({
          unique_id: z.string().describe('The event’s anchor on the site: "event-<id>".'),
          start_date: timelineJsDate,
          end_date: timelineJsDate.optional().describe('For a span, its last day, month or year.'),
          display_date: z.string().describe('The date as the site writes it: "25 October 2020", "November 2020".'),
          group: z.string().describe('The kind of event, which TimelineJS uses to group slides into rows.'),
          text: timelineJsText,
        }),
      )
      .describe('One slide per event, in date order.'),
  })
  .describe('The timeline in Knight Lab’s TimelineJS format (https://timeline.knightlab.com/docs/json-format.html).');

export type TimelineJs = z.infer<typeof timelineJsSchema>;

/** A partial ISO date as TimelineJS wants it: `timelineJsDate('2020-11')` is `{ year: 2020, month: 11 }`. */
export function toTimelineJsDate(iso: string): z.infer<typeof timelineJsDate> {
  return isoParts(iso);
}

export interface TimelineJsOptions {
  /** The site's addresses; links are made absolute, so they work wherever the file is loaded. */
  urls: SiteUrls;
  placeName: (id: string) => string;
  actorName: (id: string) => string;
}

const paragraph = (label: string, text: string) => `<p><strong>${escapeHtml(label)}</strong> ${escapeHtml(text)}</p>`;

function slideText(entry: TimelineEntry, o: TimelineJsOptions): string {
  const parts: string[] = [];
  if (entry.when.note) parts.push(paragraph('Date:', entry.when.note));
  if (entry.places.length > 0) parts.push(paragraph('Where:', entry.places.map(o.placeName).join(', ')));
  if (entry.actors.length > 0) parts.push(paragraph('Who:', entry.actors.map(o.actorName).join(', ')));
  if (entry.claim) {
    parts.push(paragraph('Claimed by:', entry.claim.by.map(o.actorName).join(', ')));
    if (entry.claim.deniedBy.length > 0)
      parts.push(paragraph('Denied by:', entry.claim.deniedBy.map(o.actorName).join(', ')));
  }
  const sources = entry.sources.map(
    (s) =>
      `<li><a href="${escapeHtml(o.urls.absolute(o.urls.article(s.articleId)))}">${escapeHtml(s.outlet)}: ${escapeHtml(s.headline)}</a></li>`,
  );
  parts.push(`<p><strong>Sources</strong> (digests on the Aras Border Timeline):</p><ul>${sources.join('')}</ul>`);
  parts.push(`<p><a href="${escapeHtml(o.urls.absolute(o.urls.entry(entry)))}">On the timeline</a></p>`);
  return parts.join('');
}

/** Which part of a timeline cut by period (parts.ts) a file is: its title slide says so. */
export interface TimelineJsPart {
  /** "October 2020". */
  label: string;
  /** 1 for the first part. */
  number: number;
  count: number;
}

const ABOUT =
  'Events on Iran’s northern border with Azerbaijan and Armenia, along the Aras river, during the 2020 Nagorno-Karabakh war and after it. Dates are given only as precisely as they are known. Data under CC BY 4.0.';

/** The title slide: for a part, which one it is and where the others are listed. */
function titleSlide(o: TimelineJsOptions, part: TimelineJsPart | undefined) {
  if (!part) return { headline: 'Aras Border Timeline', text: escapeHtml(ABOUT) };
  const listing = escapeHtml(o.urls.absolute(o.urls.data('')));
  return {
    headline: escapeHtml(`Aras Border Timeline: ${part.label}`),
    text: `<p>${escapeHtml(`Part ${part.number} of ${part.count}: the events that begin in ${part.label}. ${ABOUT}`)}</p><p>${escapeHtml('The other parts are listed at')} <a href="${listing}">${listing}</a>.</p>`,
  };
}

/**
 * `/data/timelinejs.json`: every event as a TimelineJS slide, or, for a part of the timeline cut by
 * period, the events given. Article entries are not events and are left out.
 */
export function timelineJs(entries: readonly TimelineEntry[], o: TimelineJsOptions, part?: TimelineJsPart): TimelineJs {
  return {
    title: { text: titleSlide(o, part) },
    events: entries
      .filter((e) => e.type === 'event')
      .map((entry) => ({
        unique_id: entry.anchor,
        start_date: toTimelineJsDate(entry.when.date),
        ...(entry.when.until ? { end_date: toTimelineJsDate(entry.when.until) } : {}),
        display_date: formatDating(entry.when),
        group: kindLabel(entry.kind),
        text: { headline: escapeHtml(entry.title), text: slideText(entry, o) },
      })),
  };
}

/** A part of the timeline as the index lists it: its period, how many events, and its file under /data/. */
export interface TimelineJsPartFile {
  key: string;
  label: string;
  eventCount: number;
  /** Relative to /data/: "timelinejs/2020-10.json". */
  path: string;
}

/**
 * `/data/timelinejs.json` once the timeline is cut into parts (parts.ts): still a file TimelineJS
 * loads, with one slide per part giving its period, its number of events and the address of its file.
 */
export function timelineJsIndex(parts: readonly TimelineJsPartFile[], o: Pick<TimelineJsOptions, 'urls'>): TimelineJs {
  const total = parts.reduce((n, p) => n + p.eventCount, 0);
  return {
    title: {
      text: {
        headline: 'Aras Border Timeline: the parts',
        text: `<p>${escapeHtml(`${total.toLocaleString('en')} events, too many for one file: each slide here is one of ${parts.length} TimelineJS files, one per month (or year, for events known only to the year). Load a part’s file for its events. ${ABOUT}`)}</p>`,
      },
    },
    events: parts.map((part) => {
      const url = escapeHtml(o.urls.absolute(o.urls.data(part.path)));
      return {
        unique_id: `part-${part.key}`,
        start_date: toTimelineJsDate(part.key),
        display_date: part.label,
        group: 'Parts',
        text: {
          headline: escapeHtml(`${part.label}: ${count(part.eventCount, 'event')}`),
          text: `<p><a href="${url}">${url}</a></p>`,
        },
      };
    }),
  };
}
