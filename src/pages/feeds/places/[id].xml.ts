import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed } from '../../../lib/site/feeds.ts';
import { displayName } from '../../../lib/model/gazetteer.ts';
import { siteContent } from '../../../site/content.ts';
import { feedDigests } from '../../../site/feeds.ts';
import { placeFeedUrl, placeUrl } from '../../../site/urls.ts';

export const getStaticPaths = (async () => {
  const { places } = await siteContent();
  return places.map(({ id, data }) => ({ params: { id }, props: { name: displayName(data) } }));
}) satisfies GetStaticPaths;

/** The newest digests about one place. */
export const GET: APIRoute<{ name: string }, { id: string }> = async ({ site, params, props }) =>
  new Response(
    atomFeed({
      title: `Aras Border Timeline: ${props.name}`,
      subtitle: `New digests of articles about ${props.name}, as they join the site.`,
      selfUrl: new URL(placeFeedUrl(params.id), site).href,
      pageUrl: new URL(placeUrl(params.id), site).href,
      digests: await feedDigests(site, { place: params.id }),
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
