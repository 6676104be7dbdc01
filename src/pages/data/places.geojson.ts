import type { APIRoute } from 'astro';
import { siteContent } from '../../site/content.ts';
import { placesExport } from '../../site/exports.ts';

/** The gazetteer as a GeoJSON FeatureCollection of Points; the map reads it too. */
export const GET: APIRoute = async () => {
  const { places, entriesByPlace } = await siteContent();
  return new Response(JSON.stringify(placesExport(places, entriesByPlace)), {
    headers: { 'Content-Type': 'application/geo+json' },
  });
};
