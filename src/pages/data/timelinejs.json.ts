import type { APIRoute } from 'astro';
import { dataFileBody } from '../../site/dataFiles.ts';

/** Every event as a slide for Knight Lab's TimelineJS. */
export const GET: APIRoute = async () =>
  new Response(await dataFileBody('timelinejs.json'), { headers: { 'Content-Type': 'application/json' } });
