import { describe, expect, test } from 'vitest';
import { placeSchema, type Place } from '../../../src/lib/model/schema.ts';
import type { Parsed } from '../../../src/lib/checker/read-file.ts';
import { worldShapes } from '../../../src/lib/checker/country-shapes.ts';
import { placeCountryProblems } from '../../../src/lib/checker/place-countries.ts';

function parsed(id: string, country: string, coordinates: { lat: number; lon: number } | undefined): Parsed<Place> {
  const data = placeSchema.parse({
    name: id,
    kind: 'village',
    country,
    province: 'Test',
    coordinates: coordinates ?? { lat: 0, lon: 0 },
    coordinatesSource: 'A test point, not a real record',
    onBorder: false,
  });
  // Places may soon have no point at all; the check must skip those.
  if (coordinates === undefined) delete (data as Partial<Place>).coordinates;
  return { file: { path: `content/places/${id}.yaml`, text: '' }, id, yaml: undefined, raw: data, data };
}
const check = (...places: Parsed<Place>[]) => placeCountryProblems(places, worldShapes());

describe('place coordinates against their country', () => {
  test('suggests the swap when latitude and longitude were swapped', () => {
    const [problem, ...rest] = check(parsed('swapped', 'IR', { lat: 47.4142, lon: 39.4447 }));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: 'content/places/swapped.yaml',
      field: 'coordinates',
      severity: 'error',
      message: expect.stringMatching(/^The point \(lat 47\.4142, lon 39\.4447\) lies in Russia, \d+ km from Iran/),
      fix: expect.stringContaining('Write "lat: 39.4447" and "lon: 47.4142"'),
    });
  });

  test('names the country a point lies in when it is not the one named', () => {
    const [problem] = check(parsed('wrong-country', 'AM', { lat: 38.08, lon: 46.2919 }));
    expect(problem?.message).toMatch(/lies in Iran, \d+ km from Armenia, the country this place names \(AM\)\./);
    expect(problem?.fix).toContain('Check the point against coordinatesSource');
  });

  test('accepts a point inside its country, and one a few kilometres over a border drawn at 1:50m', () => {
    expect(check(parsed('khoda-afarin', 'IR', { lat: 39.1589, lon: 47.0329 }))).toEqual([]);
    expect(check(parsed('bileh-savar', 'IR', { lat: 39.3796, lon: 48.3546 }))).toEqual([]);
  });

  test('skips a place without a point, and a country the table does not know', () => {
    expect(check(parsed('no-point', 'IR', undefined), parsed('elsewhere', 'NZ', { lat: 1, lon: 1 }))).toEqual([]);
  });
});
