/** The feeds' digests from the site's content, with absolute addresses (feed readers need them). */
import type { FeedDigest } from '../lib/site/feeds.ts';
import { siteContent } from './content.ts';
import { articleUrl } from './urls.ts';

export type DigestFilter = 'all' | { place: string } | { actor: string };

/**
 * The digests a feed follows: every one, or those whose article or reported events concern a
 * place or name an actor (taking part, claiming or denying).
 */
export async function feedDigests(site: URL | undefined, filter: DigestFilter): Promise<FeedDigest[]> {
  if (!site) throw new Error('The feeds need absolute addresses: set `site` in astro.config.mjs (or SITE_URL).');
  const { articles, eventsByArticle } = await siteContent();
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
    .map(({ id, data }) => ({
      id,
      headline: data.headline,
      outlet: data.outlet,
      summary: data.summary,
      published: data.published,
      added: data.added,
      url: new URL(articleUrl(id), site).href,
    }));
}
