/**
 * Where the time axis's marks and its table link: a day's heading, a month's section or page, an
 * entry. On the front page of a small archive they stay on the page; elsewhere they go to the
 * month pages, which carry the same day headings.
 */
import type { SiteContent } from './content.ts';
import type { TimelineEntry } from '../lib/timeline/entries.ts';
import { locateDays } from '../lib/timeline/archive.ts';
import { entryUrl, periodUrl, timelinePageUrl, timelineUrl } from './urls.ts';

export interface AxisLinks {
  /** A day's heading: "/timeline/2020-10/#day-2020-10-25". */
  day: (date: string) => string;
  /** A month's (or year's) entries: "/timeline/2020-10/", or its section of the front page. */
  period: (key: string) => string;
  entry: (entry: TimelineEntry) => string;
}

/** Links for the front page's axis (`onHome`) or a month page's. */
export function axisLinks(content: SiteContent, onHome: boolean): AxisLinks {
  const home = onHome && content.wholeOnHome;
  const days = locateDays(content.pages);
  return {
    day: (date) => {
      const page = days.get(date);
      if (home) return `${timelineUrl()}#day-${date}`;
      if (!page) return periodUrl(date.slice(0, 7));
      return `${timelinePageUrl(page.period.key, page.number)}#day-${date}`;
    },
    period: (key) => (home ? `${timelineUrl()}#period-${key}` : `${periodUrl(key)}#period-${key}`),
    entry: (entry) => entryUrl(entry, content.locate(entry)),
  };
}
