/**
 * The regional basemap, built once per build: clipping and simplifying the 1:10m world takes
 * seconds, and both `/data/basemap.json` and every static SVG map draw from it.
 */
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-10m.json';
import { buildBasemap, type Basemap } from '../lib/map/basemap.ts';

let cached: Basemap | undefined;

/** The region's country shapes (Natural Earth 1:10m via world-atlas), clipped and simplified. */
export function regionBasemap(): Basemap {
  cached ??= buildBasemap(world as unknown as Topology);
  return cached;
}
