import type { APIRoute } from 'astro';
import { siteContent } from '../../site/content.ts';
import { regionAras } from '../../site/regionMap.ts';
import { riverExport } from '../../lib/site/exports.ts';
import { ARAS } from '../../lib/map/river.ts';

/** The Aras where it is Iran's border, derived from Natural Earth's borders (src/lib/map/river.ts). */
export const GET: APIRoute = async () => {
  const { places, entriesByPlace } = await siteContent();
  const place = places.find((p) => p.id === ARAS.id);
  const feature = riverExport(ARAS, regionAras(), place, entriesByPlace.get(ARAS.id)?.length ?? 0);
  return new Response(JSON.stringify(feature), { headers: { 'Content-Type': 'application/geo+json' } });
};
