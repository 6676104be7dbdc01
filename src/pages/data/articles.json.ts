import type { APIRoute } from 'astro';
import { dataFileBody } from '../../site/dataFiles.ts';

/** Every article's metadata (original address, outlet, author, dates), and an index by month. */
export const GET: APIRoute = async () =>
  new Response(await dataFileBody('articles.json'), { headers: { 'Content-Type': 'application/json' } });
