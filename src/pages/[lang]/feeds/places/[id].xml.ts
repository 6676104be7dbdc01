import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../../../i18n/locales.ts';
import { siteContent } from '../../../../site/content.ts';
import { placeFeed } from '../../../../site/feeds.ts';
import { inEveryLanguage } from '../../../../site/localePaths.ts';

export const getStaticPaths = (async () => {
  const { places } = await siteContent();
  return inEveryLanguage(places.map(({ id }) => ({ params: { id }, props: {} })));
}) satisfies GetStaticPaths;

/** The newest digests about one place, in each other language (site/feeds.ts). */
export const GET: APIRoute<{ locale: Locale }, { id: string }> = ({ site, params, props }) =>
  placeFeed(site, props.locale, params.id);
