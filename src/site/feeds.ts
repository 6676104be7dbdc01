/**
 * The Atom feeds from the site's content, in each language: the newest digests site-wide, and
 * those about one place or naming one actor. Feed readers need absolute addresses, so each takes
 * the site's. A translated feed gives each digest in its translation where there is one, and
 * otherwise in English, saying so at the start of its summary.
 */
import { atomFeed, type FeedDigest } from '../lib/site/feeds.ts';
import { actorName, placeName } from '../lib/i18n/localNames.ts';
import { DEFAULT_LOCALE, LOCALES, LOCALE_CODES, type Locale } from '../i18n/locales.ts';
import { messages } from '../i18n/messages.ts';
import { siteContent } from './content.ts';
import {
  actorFeedUrl,
  actorUrl,
  articleUrl,
  digestsFeedUrl,
  localeUrl,
  placeFeedUrl,
  placeUrl,
  timelineUrl,
} from './urls.ts';

export type DigestFilter = 'all' | { place: string } | { actor: string };

/**
 * The digests a feed follows: every one, or those whose article or reported events concern a
 * place or name an actor (taking part, claiming or denying).
 */
export async function feedDigests(site: URL | undefined, filter: DigestFilter, locale: Locale): Promise<FeedDigest[]> {
  if (!site) throw new Error('The feeds need absolute addresses: set `site` in astro.config.mjs (or SITE_URL).');
  const { articles, eventsByArticle, translated } = await siteContent();
  const untranslated = messages(locale).text('translation.missing');
  return articles
    .filter(({ id, data }) => {
      if (filter === 'all') return true;
      const events = eventsByArticle.get(id) ?? [];
      if ('place' in filter)
        return data.places.includes(filter.place) || events.some((e) => e.places.includes(filter.place));
      const named = (e: (typeof events)[number]) =>
        e.actors.includes(filter.actor) ||
        e.claim?.by.includes(filter.actor) ||
        e.claim?.deniedBy.includes(filter.actor);
      return data.actors.includes(filter.actor) || events.some(named);
    })
    .map(({ id, data }) => {
      const translation = locale === DEFAULT_LOCALE ? undefined : translated.digest(locale, id);
      const english = locale !== DEFAULT_LOCALE && !translation;
      return {
        id,
        headline: translation?.headline ?? data.headline,
        outlet: data.outlet,
        summary: english ? `${untranslated} ${data.summary}` : (translation?.summary ?? data.summary),
        published: data.published,
        added: data.added,
        url: absolute(site, locale, articleUrl(id)),
        alternates: LOCALE_CODES.filter((other) => other !== locale).map((other) => ({
          hreflang: LOCALES[other].lang,
          url: absolute(site, other, articleUrl(id)),
        })),
      };
    });
}

const absolute = (site: URL, locale: Locale, url: string) => new URL(localeUrl(locale, url), site).href;

/** One feed in one language: its digests, titles and the addresses of itself and its page. */
async function feed(
  site: URL | undefined,
  locale: Locale,
  filter: DigestFilter,
  words: { title: string; subtitle: string },
  urls: { self: string; page: string },
): Promise<Response> {
  const digests = await feedDigests(site, filter, locale);
  const xml = atomFeed({
    ...words,
    selfUrl: absolute(site!, locale, urls.self),
    pageUrl: absolute(site!, locale, urls.page),
    digests,
    locale,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

/** The newest digests site-wide, in the order they joined the site. */
export function digestsFeed(site: URL | undefined, locale: Locale): Promise<Response> {
  const t = messages(locale);
  const title = t.text('feed.digestsTitle', { site: t.text('site.name') });
  return feed(
    site,
    locale,
    'all',
    { title, subtitle: t.text('feed.digestsSubtitle') },
    {
      self: digestsFeedUrl(),
      page: timelineUrl(),
    },
  );
}

/** The newest digests about one place, by its name in the language. */
export async function placeFeed(site: URL | undefined, locale: Locale, id: string): Promise<Response> {
  const t = messages(locale);
  const place = placeName(locale, (await siteContent()).placeById.get(id)!).name;
  const title = t.text('feed.placeTitle', { site: t.text('site.name'), place });
  return feed(
    site,
    locale,
    { place: id },
    { title, subtitle: t.text('feed.placeSubtitle', { place }) },
    {
      self: placeFeedUrl(id),
      page: placeUrl(id),
    },
  );
}

/** The newest digests that name one actor, by its name in the language. */
export async function actorFeed(site: URL | undefined, locale: Locale, id: string): Promise<Response> {
  const t = messages(locale);
  const actor = actorName(locale, (await siteContent()).actorById.get(id)!).name;
  const title = t.text('feed.actorTitle', { site: t.text('site.name'), actor });
  return feed(
    site,
    locale,
    { actor: id },
    { title, subtitle: t.text('feed.actorSubtitle', { actor }) },
    {
      self: actorFeedUrl(id),
      page: actorUrl(id),
    },
  );
}
