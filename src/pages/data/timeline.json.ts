import type { APIRoute } from 'astro';
import { siteContent } from '../../site/content.ts';
import { timelineExport } from '../../site/exports.ts';

/** Every timeline entry with its ISO date, precision, places and sources, and an index by month. */
export const GET: APIRoute = async () => {
  const { entries, periods, locate, within } = await siteContent();
  return Response.json(timelineExport(entries, periods, locate, within));
};
