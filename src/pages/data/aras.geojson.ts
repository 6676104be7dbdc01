import type { APIRoute } from 'astro';
import { dataFileBody } from '../../site/dataFiles.ts';

/** The Aras where it is Iran's border, derived from Natural Earth's borders (src/lib/map/river.ts). */
export const GET: APIRoute = async () =>
  new Response(await dataFileBody('aras.geojson'), { headers: { 'Content-Type': 'application/geo+json' } });
