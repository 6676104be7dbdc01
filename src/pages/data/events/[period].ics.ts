import type { APIRoute, GetStaticPaths } from 'astro';
import { partPath } from '../../../lib/exports/parts.ts';
import { dataFileBody, partPaths } from '../../../site/dataFiles.ts';

export const getStaticPaths = (() => partPaths('events.ics')) satisfies GetStaticPaths;

/** One period's events known to the day, as a calendar of its own, once there are too many for one. */
export const GET: APIRoute = async ({ params }) =>
  new Response(await dataFileBody(partPath('events.ics', params.period!)), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
