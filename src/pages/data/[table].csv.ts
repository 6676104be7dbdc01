import type { APIRoute, GetStaticPaths } from 'astro';
import { siteDataFiles, dataFileBody } from '../../site/dataFiles.ts';

export const getStaticPaths = (async () =>
  (await siteDataFiles()).files.flatMap((f) =>
    f.table && !f.period ? [{ params: { table: f.table.name } }] : [],
  )) satisfies GetStaticPaths;

/**
 * Events, articles, places and actors as CSV (src/lib/exports/tables.ts says what each column
 * holds), each while one file holds the whole table.
 */
export const GET: APIRoute = async ({ params }) =>
  new Response(await dataFileBody(`${params.table}.csv`), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
