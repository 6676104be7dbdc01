import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { siteContent } from '../../../site/content.ts';
import { dataFileBody } from '../../../site/dataFiles.ts';
import { articlesByPeriod } from '../../../site/exports.ts';

export const getStaticPaths = (async () => {
  const { articles } = await siteContent();
  return articlesByPeriod(articles).map((p) => ({ params: { period: p.key }, props: { key: p.key } }));
}) satisfies GetStaticPaths;

/** The articles published in one month (or one year, when only the year is known). */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) =>
  new Response(await dataFileBody(`articles/${props.key}.json`), { headers: { 'Content-Type': 'application/json' } });
