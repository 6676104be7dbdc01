import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed } from '../../../lib/site/feeds.ts';
import { siteContent } from '../../../site/content.ts';
import { feedDigests } from '../../../site/feeds.ts';
import { actorFeedUrl, actorUrl } from '../../../site/urls.ts';

export const getStaticPaths = (async () => {
  const { actors } = await siteContent();
  return actors.map(({ id, data }) => ({ params: { id }, props: { name: data.name } }));
}) satisfies GetStaticPaths;

/** The newest digests that name one actor. */
export const GET: APIRoute<{ name: string }, { id: string }> = async ({ site, params, props }) =>
  new Response(
    atomFeed({
      title: `Aras Border Timeline: ${props.name}`,
      subtitle: `New digests of articles that name ${props.name}, as they join the site.`,
      selfUrl: new URL(actorFeedUrl(params.id), site).href,
      pageUrl: new URL(actorUrl(params.id), site).href,
      digests: await feedDigests(site, { actor: params.id }),
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
