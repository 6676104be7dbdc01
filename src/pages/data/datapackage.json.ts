import type { APIRoute } from 'astro';
import { DATA_PACKAGE_PATH } from '../../lib/exports/catalogue.ts';
import { dataFileBody } from '../../site/dataFiles.ts';

/** The Frictionless data package describing every file under /data/. */
export const GET: APIRoute = async () =>
  new Response(await dataFileBody(DATA_PACKAGE_PATH), { headers: { 'Content-Type': 'application/json' } });
