/**
 * A place's point must lie in the country it names, or within a few kilometres of it: a point
 * for an Iranian border village once landed in southern Russia, its latitude and longitude
 * swapped, and passed every other check. When the swapped point fits, the fix says so.
 */
import type { Place } from '../model/schema.ts';
import type { Problem } from '../model/problems.ts';
import type { Parsed } from './read-file.ts';
import type { CountryShapes, LatLon } from './country-shapes.ts';

/**
 * How far outside its country a point may lie. Border villages on the Aras sit on the line, and
 * the 1:50m shapes and a source's rounding can each move it a kilometre or two.
 */
export const BORDER_TOLERANCE_KM = 5;

/**
 * ISO 3166-1 alpha-2 (as places write it) to numeric (as world-atlas codes it), for the countries
 * the timeline's places lie in or are likely to: the region, its neighbours and where talks are
 * held. A place in a country missing here is not checked.
 */
export const ATLAS_CODES: Readonly<Record<string, string>> = {
  AF: '004',
  AM: '051',
  AT: '040',
  AZ: '031',
  BE: '056',
  CH: '756',
  CN: '156',
  DE: '276',
  FR: '250',
  GB: '826',
  GE: '268',
  IL: '376',
  IQ: '368',
  IR: '364',
  KZ: '398',
  OM: '512',
  PK: '586',
  QA: '634',
  RU: '643',
  SA: '682',
  SY: '760',
  TM: '795',
  TR: '792',
  UA: '804',
  AE: '784',
  US: '840',
  UZ: '860',
};

const km = (n: number) => (n < 10 ? n.toFixed(1) : String(Math.round(n)));
const fits = (shapes: CountryShapes, point: LatLon, numeric: string) =>
  (shapes.distanceKm(point, numeric) ?? Infinity) <= BORDER_TOLERANCE_KM;

/** One error per place whose point lies away from its country; places without a point are skipped. */
export function placeCountryProblems(places: readonly Parsed<Place>[], shapes: CountryShapes): Problem[] {
  const problems: Problem[] = [];
  for (const place of places) {
    const point: LatLon | undefined = place.data?.coordinates;
    const code = place.data?.country;
    const numeric = code === undefined ? undefined : ATLAS_CODES[code];
    if (!point || !code || numeric === undefined) continue;
    const distance = shapes.distanceKm(point, numeric);
    if (distance === undefined || distance <= BORDER_TOLERANCE_KM) continue;
    const country = shapes.nameOf(numeric) ?? code;
    const swapped = { lat: point.lon, lon: point.lat };
    const where = shapes.countryAt(point);
    const swap = Math.abs(swapped.lat) <= 90 && fits(shapes, swapped, numeric);
    problems.push({
      file: place.file.path,
      field: 'coordinates',
      message: `The point (lat ${point.lat}, lon ${point.lon}) lies ${where ? `in ${where}` : 'at sea, in no country'}, ${km(distance)} km from ${country}, the country this place names (${code}).`,
      fix: swap
        ? `Latitude and longitude look swapped: the point lat ${swapped.lat}, lon ${swapped.lon} lies in ${country}. Write "lat: ${swapped.lat}" and "lon: ${swapped.lon}".`
        : `Check the point against coordinatesSource (latitude first, north positive; longitude second, east positive), and that country is the state the place lies in.`,
      severity: 'error',
      ...(place.yaml?.locate(['coordinates']) ?? { line: 1, column: 1 }),
    });
  }
  return problems;
}
