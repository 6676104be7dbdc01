import type { APIRoute } from 'astro';
import { regionBasemap } from '../../site/regionMap.ts';

/** The region's country shapes (Natural Earth 1:10m via world-atlas), clipped and simplified. */
export const GET: APIRoute = () => Response.json(regionBasemap());
