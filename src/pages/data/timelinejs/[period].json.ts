import type { APIRoute, GetStaticPaths } from 'astro';
import { partPath } from '../../../lib/exports/parts.ts';
import { dataFileBody, partPaths } from '../../../site/dataFiles.ts';

export const getStaticPaths = (() => partPaths('timelinejs.json')) satisfies GetStaticPaths;

/** One period's events as a TimelineJS file of its own, once the timeline is too large for one. */
export const GET: APIRoute = async ({ params }) =>
  new Response(await dataFileBody(partPath('timelinejs.json', params.period!)), {
    headers: { 'Content-Type': 'application/json' },
  });
