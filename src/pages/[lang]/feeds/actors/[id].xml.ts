import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../../../i18n/locales.ts';
import { siteContent } from '../../../../site/content.ts';
import { actorFeed } from '../../../../site/feeds.ts';
import { inEveryLanguage } from '../../../../site/localePaths.ts';

export const getStaticPaths = (async () => {
  const { actors } = await siteContent();
  return inEveryLanguage(actors.map(({ id }) => ({ params: { id }, props: {} })));
}) satisfies GetStaticPaths;

/** The newest digests that name one actor, in each other language (site/feeds.ts). */
export const GET: APIRoute<{ locale: Locale }, { id: string }> = ({ site, params, props }) =>
  actorFeed(site, props.locale, params.id);
