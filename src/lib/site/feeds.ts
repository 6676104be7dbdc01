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
 *
 * Each language has its own feeds, in its own words and calendar; every entry also links the same
 * digest in the other languages (`<link rel="alternate" hreflang>`), and the feed says its
 * language (`xml:lang`).
 */
import { Feed } from 'feed';
import { compareDates, isoParts } from '../model/dates.ts';
import type { Dating } from '../model/schema.ts';
import { formatOne } from '../i18n/localDates.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../i18n/locales.ts';
import { messages } from '../../i18n/messages.ts';
import { escapeHtml } from '../exports/html.ts';

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
  /** The digest page's absolute URL, in the feed's language. */
  url: string;
  /** The same digest's page in each other language, absolute. */
  alternates?: readonly { hreflang: string; url: string }[];
}

export interface FeedOptions {
  title: string;
  subtitle: string;
  /** The feed's own absolute URL. */
  selfUrl: string;
  /** The absolute URL of the page the feed follows. */
  pageUrl: string;
  digests: readonly FeedDigest[];
  /** The language the feed is written in; English when not given. */
  locale?: Locale;
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

/**
 * "Published 26 October 2020 in Dawn." or "Published in November 2020 (the day is not known) in bne
 * IntelliNews.", in the feed's language and calendar. In a right-to-left language the outlet's
 * Latin name is isolated, so its punctuation stays with it.
 */
export function publishedSentence(published: Dating, outlet: string, locale: Locale = DEFAULT_LOCALE): string {
  const key = ({ day: 'feed.publishedDay', month: 'feed.publishedMonth', year: 'feed.publishedYear' } as const)[
    published.precision
  ];
  const isolated = LOCALES[locale].dir === 'rtl' ? `\u2068${outlet}\u2069` : outlet;
  return messages(locale).text(key, { date: formatOne(locale, published.date), outlet: isolated });
}

const midnight = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * The feed as Atom 1.0 XML. Its `updated` is the newest digest's day, so a rebuild writes the same
 * file. The `feed` package writes one link per entry and no language, so the language and each
 * entry's links to its other languages are added to what it writes; if its output ever changes
 * shape, this throws rather than publish a feed without them.
 */
export function atomFeed(options: FeedOptions): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const t = messages(locale);
  const digests = newestDigests(options.digests);
  const newest = digests[0];
  const feed = new Feed({
    title: options.title,
    description: options.subtitle,
    id: options.selfUrl,
    link: options.pageUrl,
    language: LOCALES[locale].lang,
    copyright: t.text('feed.rights', { site: t.text('site.name') }),
    updated: midnight(newest ? addedDay(newest) : '2020-01-01'),
    feedLinks: { atom: options.selfUrl },
    generator: 'Aras Border Timeline',
  });
  for (const digest of digests) {
    feed.addItem({
      // Titles and summaries are declared HTML (`type="html"`, in CDATA): escaped, a headline from a
      // pull request that reads `<img onerror=…>` shows as those characters, and `]]>` cannot end the CDATA.
      title: escapeHtml(digest.headline),
      id: digest.url,
      link: digest.url,
      description: escapeHtml(`${digest.summary} ${publishedSentence(digest.published, digest.outlet, locale)}`),
      date: midnight(addedDay(digest)),
      ...(digest.published.precision === 'day' ? { published: midnight(digest.published.date) } : {}),
    });
  }
  let xml = replaceOnce(
    feed.atom1(),
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(LOCALES[locale].lang)}">`,
  );
  for (const digest of digests) {
    if (!digest.alternates?.length) continue;
    const own = `<link href="${escapeHtml(digest.url)}"/>`;
    const others = digest.alternates.map(
      (a) => `<link rel="alternate" hreflang="${escapeHtml(a.hreflang)}" href="${escapeHtml(a.url)}"/>`,
    );
    xml = replaceOnce(xml, own, [own, ...others].join('\n        '));
  }
  return xml;
}

function replaceOnce(xml: string, find: string, replacement: string): string {
  const at = xml.indexOf(find);
  if (at === -1 || xml.indexOf(find, at + 1) !== -1)
    throw new Error(`The feed package's output has changed: expected ${find} exactly once.`);
  return xml.slice(0, at) + replacement + xml.slice(at + find.length);
}
