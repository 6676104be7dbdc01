import type { APIRoute } from 'astro';
import { digestsFeed } from '../../site/feeds.ts';

/** The newest digests site-wide, in English (site/feeds.ts). */
export const GET: APIRoute = ({ site }) => digestsFeed(site, 'en');
