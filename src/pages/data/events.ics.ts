import type { APIRoute } from 'astro';
import { dataFileBody } from '../../site/dataFiles.ts';

/** The events known to the day, as an iCalendar file of all-day events. */
export const GET: APIRoute = async () =>
  new Response(await dataFileBody('events.ics'), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
