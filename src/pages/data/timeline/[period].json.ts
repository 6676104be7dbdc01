import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { siteContent } from '../../../site/content.ts';
import { timelineMonthExport } from '../../../site/exports.ts';

export const getStaticPaths = (async () => {
  const { periods } = await siteContent();
  return periods.map((p) => ({ params: { period: p.key }, props: { period: p } }));
}) satisfies GetStaticPaths;

/** One month's entries (or one year's, for entries known only to the year). */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { locate, within } = await siteContent();
  return Response.json(timelineMonthExport(props.period, locate, within));
};
