import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFileBody, siteDataFiles } from '../../site/dataFiles.ts';

export const getStaticPaths = (async () =>
  (await siteDataFiles()).files.flatMap((f) =>
    f.format === 'ics' && !f.period ? [{ params: { calendar: f.path.replace(/\.ics$/, '') } }] : [],
  )) satisfies GetStaticPaths;

/** The events known to the day, as an iCalendar file of all-day events, while one file holds them. */
export const GET: APIRoute = async ({ params }) =>
  new Response(await dataFileBody(`${params.calendar}.ics`), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
