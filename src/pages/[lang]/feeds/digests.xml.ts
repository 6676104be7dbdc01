import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../../i18n/locales.ts';
import { digestsFeed } from '../../../site/feeds.ts';
import { languagePaths } from '../../../site/localePaths.ts';

export const getStaticPaths = (() => languagePaths()) satisfies GetStaticPaths;

/** The newest digests site-wide, in each other language (site/feeds.ts). */
export const GET: APIRoute<{ locale: Locale }> = ({ site, props }) => digestsFeed(site, props.locale);
