import type { APIRoute } from 'astro';
import { atomFeed } from '../../lib/site/feeds.ts';
import { feedDigests } from '../../site/feeds.ts';
import { digestsFeedUrl, timelineUrl } from '../../site/urls.ts';

/** The newest digests site-wide, in the order they joined the site. */
export const GET: APIRoute = async ({ site }) =>
  new Response(
    atomFeed({
      title: 'Aras Border Timeline: new digests',
      subtitle: 'The newest digests of news articles about Iran’s northern border, as they join the site.',
      selfUrl: new URL(digestsFeedUrl(), site).href,
      pageUrl: new URL(timelineUrl(), site).href,
      digests: await feedDigests(site, 'all'),
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
