import type { APIRoute } from 'astro';
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-10m.json';
import { buildBasemap } from '../../lib/basemap.ts';

/** The region's country shapes (Natural Earth 1:10m via world-atlas), clipped and simplified. */
export const GET: APIRoute = () => Response.json(buildBasemap(world as unknown as Topology));
