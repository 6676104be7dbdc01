import type { APIRoute, GetStaticPaths } from 'astro';
import { TABLES } from '../../../lib/exports/tables.ts';
import { partPath } from '../../../lib/exports/parts.ts';
import { dataFileBody, partPaths } from '../../../site/dataFiles.ts';

export const getStaticPaths = (async () =>
  (
    await Promise.all(
      TABLES.map(async (t) =>
        (await partPaths(`${t.name}.csv`)).map(({ params }) => ({ params: { ...params, table: t.name } })),
      ),
    )
  ).flat()) satisfies GetStaticPaths;

/** One period's rows of a table too large for one file: `events/2020-10.csv`. */
export const GET: APIRoute = async ({ params }) =>
  new Response(await dataFileBody(partPath(`${params.table}.csv`, params.period!)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
