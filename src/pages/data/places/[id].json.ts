import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../site/content.ts';
import { placeEntriesExport } from '../../../site/exports.ts';

export const getStaticPaths = (async () => {
  const { places } = await siteContent();
  return places.map((p) => ({ params: { id: p.id } }));
}) satisfies GetStaticPaths;

/** One place's entries: what the map's popup lists for it. */
export const GET: APIRoute = async ({ params }) => {
  const { placeById, entriesByPlace, locate, within } = await siteContent();
  const id = params.id!;
  return Response.json(placeEntriesExport(id, placeById.get(id)!, entriesByPlace.get(id) ?? [], locate, within));
};
