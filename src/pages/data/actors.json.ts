import type { APIRoute } from 'astro';
import { dataFileBody } from '../../site/dataFiles.ts';

/** Every person, organisation and state the articles name. */
export const GET: APIRoute = async () =>
  new Response(await dataFileBody('actors.json'), { headers: { 'Content-Type': 'application/json' } });
