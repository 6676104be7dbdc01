/**
 * The Atom feeds' content: which digests a feed lists, in what order, and how their dates are
 * written. A feed orders by when a digest joined the site (`added`), not by when the original was
 * published, since the archive also grows with old articles. Pure: the endpoints pass in records
 * and absolute addresses.
 *
 * Atom wants full timestamps. A day is written as its midnight in UTC. A publication date known
 * only to the month or year gets no `<published>` element (a made-up day would be a false
 * precision); the entry's summary says it in words instead: "Published in November 2020 (the day
 * is not known)".
 */
import { Feed } from 'feed';
import { formatDate } from '../model/dateFormat.ts';
import { compareDates, isoParts } from '../model/dates.ts';
import type { Dating } from '../model/schema.ts';

/** How many digests a feed carries, newest first. */
export const FEED_SIZE = 50;

export interface FeedDigest {
  id: string;
  headline: string;
  outlet: string;
  summary: string;
  published: Dating;
  /** YYYY-MM-DD; a digest from before the field existed counts as added on its publication date. */
  added?: string | undefined;
  /** The digest page's absolute URL. */
  url: string;
}

export interface FeedOptions {
  title: string;
  subtitle: string;
  /** The feed's own absolute URL. */
  selfUrl: string;
  /** The absolute URL of the page the feed follows. */
  pageUrl: string;
  digests: readonly FeedDigest[];
}

/**
 * The day a digest joined the site, or the first day of its publication date without `added`:
 * `addedDay({ published: { date: '2020-11', precision: 'month' } })` is "2020-11-01".
 */
export function addedDay(digest: Pick<FeedDigest, 'added' | 'published'>): string {
  if (digest.added) return digest.added;
  const { year, month = 1, day = 1 } = isoParts(digest.published.date);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The newest `limit` digests by the day they were added, then by publication date, then by id. */
export function newestDigests(digests: readonly FeedDigest[], limit = FEED_SIZE): FeedDigest[] {
  return [...digests]
    .sort(
      (a, b) =>
        compareDates(addedDay(b), addedDay(a)) ||
        compareDates(b.published.date, a.published.date) ||
        a.id.localeCompare(b.id),
    )
    .slice(0, limit);
}

/** "Published 26 October 2020 in Dawn." or "Published in November 2020 (the day is not known) in bne IntelliNews." */
export function publishedSentence(published: Dating, outlet: string): string {
  const when = formatDate(published.date);
  if (published.precision === 'day') return `Published ${when} in ${outlet}.`;
  const unknown = published.precision === 'month' ? 'the day is not known' : 'the month and day are not known';
  return `Published in ${when} (${unknown}) in ${outlet}.`;
}

const midnight = (day: string) => new Date(`${day}T00:00:00Z`);

/** The feed as Atom 1.0 XML. Its `updated` is the newest digest's day, so a rebuild writes the same file. */
export function atomFeed(options: FeedOptions): string {
  const digests = newestDigests(options.digests);
  const newest = digests[0];
  const feed = new Feed({
    title: options.title,
    description: options.subtitle,
    id: options.selfUrl,
    link: options.pageUrl,
    language: 'en',
    copyright: 'Digests: CC BY 4.0, Aras Border Timeline contributors',
    updated: midnight(newest ? addedDay(newest) : '2020-01-01'),
    feedLinks: { atom: options.selfUrl },
    generator: 'Aras Border Timeline',
  });
  for (const digest of digests) {
    feed.addItem({
      title: digest.headline,
      id: digest.url,
      link: digest.url,
      description: `${digest.summary} ${publishedSentence(digest.published, digest.outlet)}`,
      date: midnight(addedDay(digest)),
      ...(digest.published.precision === 'day' ? { published: midnight(digest.published.date) } : {}),
    });
  }
  return feed.atom1();
}
