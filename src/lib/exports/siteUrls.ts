/**
 * The site addresses the exports write, handed in by the caller (src/site/dataFiles.ts builds
 * them from urls.ts), so that src/lib/ never reads the build's configuration itself.
 */
import type { TimelineEntry } from '../timeline/entries.ts';

export interface SiteUrls {
  /** Where the timeline shows an entry: "/#event-x", or "/timeline/2020-10/#event-x" at scale. */
  entry: (entry: TimelineEntry) => string;
  article: (id: string) => string;
  place: (id: string) => string;
  actor: (id: string) => string;
  /** A file under /data/: `data('events.csv')` is "/data/events.csv". */
  data: (path: string) => string;
  /** A site path made absolute, for files read away from the site (TimelineJS, calendars). */
  absolute: (path: string) => string;
}
