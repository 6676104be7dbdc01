/**
 * The regional basemap and the Aras on it, built once per build: clipping and simplifying the
 * 1:10m world takes seconds, and `/data/basemap.json`, `/data/aras.geojson` and every static SVG
 * map draw from them.
 */
import type { LineString } from 'geojson';
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-10m.json';
import { buildBasemap, simplifyWorld, type Basemap } from '../lib/map/basemap.ts';
import { arasCourse } from '../lib/map/river.ts';

let cached: Basemap | undefined;
let aras: LineString | undefined;

/** The region's country shapes (Natural Earth 1:10m via world-atlas), clipped and simplified. */
export function regionBasemap(): Basemap {
  cached ??= buildBasemap(world as unknown as Topology);
  return cached;
}

/** The Aras where it is Iran's border, from the same simplified borders as the basemap (river.ts). */
export function regionAras(): LineString {
  aras ??= arasCourse(simplifyWorld(world as unknown as Topology));
  return aras;
}
