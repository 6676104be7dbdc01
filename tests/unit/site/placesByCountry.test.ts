import { expect, test } from 'vitest';
import { placesByCountry } from '../../../src/lib/site/placesByCountry.ts';

const place = (id: string, name: string, country: string) => ({ id, data: { name, country } });

test('groups places by country, countries by English name and places by name', () => {
  const groups = placesByCountry([
    place('nordooz', 'Nordooz', 'IR'),
    place('meghri', 'Meghri', 'AM'),
    place('jolfa', 'Jolfa', 'IR'),
    place('horadiz', 'Horadiz', 'AZ'),
    place('agarak', 'Agarak', 'AM'),
  ]);
  expect(groups.map((g) => [g.code, g.places.map((p) => p.id)])).toEqual([
    ['AM', ['agarak', 'meghri']],
    ['AZ', ['horadiz']],
    ['IR', ['jolfa', 'nordooz']],
  ]);
});

test('sorts countries by their name, not their code', () => {
  // By code CH comes first; by name Georgia comes before Switzerland.
  const groups = placesByCountry([place('a', 'A', 'CH'), place('b', 'B', 'GE')]);
  expect(groups.map((g) => g.code)).toEqual(['GE', 'CH']);
});

test('gives no groups for no places', () => {
  expect(placesByCountry([])).toEqual([]);
});
