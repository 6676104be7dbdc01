import type { APIRoute, GetStaticPaths } from 'astro';
import { TABLES } from '../../lib/exports/tables.ts';
import { dataFileBody } from '../../site/dataFiles.ts';

export const getStaticPaths = (() => TABLES.map((t) => ({ params: { table: t.name } }))) satisfies GetStaticPaths;

/** Events, articles, places and actors as CSV (src/lib/exports/tables.ts says what each column holds). */
export const GET: APIRoute = async ({ params }) =>
  new Response(await dataFileBody(`${params.table}.csv`), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
