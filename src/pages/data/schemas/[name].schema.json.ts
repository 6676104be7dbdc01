import type { APIRoute, GetStaticPaths } from 'astro';
import { JSON_SHAPES } from '../../../lib/exports/json-schemas.ts';
import { jsonSchemaPath } from '../../../lib/exports/catalogue.ts';
import { dataFileBody } from '../../../site/dataFiles.ts';

export const getStaticPaths = (() =>
  Object.keys(JSON_SHAPES).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/** The JSON Schema of one JSON export. */
export const GET: APIRoute = async ({ params }) =>
  new Response(await dataFileBody(jsonSchemaPath(params.name as keyof typeof JSON_SHAPES)), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
