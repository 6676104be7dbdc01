import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../site/content.ts';
import { placeFeed } from '../../../site/feeds.ts';

export const getStaticPaths = (async () => {
  const { places } = await siteContent();
  return places.map(({ id }) => ({ params: { id } }));
}) satisfies GetStaticPaths;

/** The newest digests about one place, in English (site/feeds.ts). */
export const GET: APIRoute<object, { id: string }> = ({ site, params }) => placeFeed(site, 'en', params.id);
