/**
 * Where the time axis's marks and its table link: a day's heading, a month's section or page, an
 * entry. On the front page of a small archive they stay on the page; elsewhere they go to the
 * month pages, which carry the same day headings.
 */
import type { SiteContent } from './content.ts';
import type { TimelineEntry } from '../lib/timeline/entries.ts';
import { locateDays } from '../lib/timeline/archive.ts';
import { entryUrl, localeUrl, periodUrl, timelinePageUrl, timelineUrl } from './urls.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

export interface AxisLinks {
  /** A day's heading: "/timeline/2020-10/#day-2020-10-25". */
  day: (date: string) => string;
  /** A month's (or year's) entries: "/timeline/2020-10/", or its section of the front page. */
  period: (key: string) => string;
  entry: (entry: TimelineEntry) => string;
}

/** Links for the front page's axis (`onHome`) or a month page's, to the pages in `locale`. */
export function axisLinks(content: SiteContent, onHome: boolean, locale: Locale = DEFAULT_LOCALE): AxisLinks {
  const home = onHome && content.wholeOnHome;
  const days = locateDays(content.pages);
  const to = (url: string) => localeUrl(locale, url);
  return {
    day: (date) => {
      const page = days.get(date);
      if (home) return `${to(timelineUrl())}#day-${date}`;
      if (!page) return to(periodUrl(date.slice(0, 7)));
      return `${to(timelinePageUrl(page.period.key, page.number))}#day-${date}`;
    },
    period: (key) => (home ? `${to(timelineUrl())}#period-${key}` : `${to(periodUrl(key))}#period-${key}`),
    entry: (entry) => to(entryUrl(entry, content.locate(entry))),
  };
}
