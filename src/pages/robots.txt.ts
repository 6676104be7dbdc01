/** `/robots.txt`: every page may be crawled; the sitemap lists them. */
import type { APIRoute } from 'astro';
import { absoluteUrl, sitemapUrl } from '../site/urls.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapUrl())}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
