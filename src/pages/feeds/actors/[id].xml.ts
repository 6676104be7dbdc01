import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../site/content.ts';
import { actorFeed } from '../../../site/feeds.ts';

export const getStaticPaths = (async () => {
  const { actors } = await siteContent();
  return actors.map(({ id }) => ({ params: { id } }));
}) satisfies GetStaticPaths;

/** The newest digests that name one actor, in English (site/feeds.ts). */
export const GET: APIRoute<object, { id: string }> = ({ site, params }) => actorFeed(site, 'en', params.id);
