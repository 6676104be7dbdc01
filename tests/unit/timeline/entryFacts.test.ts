import { describe, expect, test } from 'vitest';
import { entryFacts, factsFromData, factsToData } from '../../../src/lib/timeline/entryFacts.ts';

const countries: Record<string, string> = { jolfa: 'IR', nordooz: 'IR', meghri: 'AM' };
const countryOf = (id: string) => countries[id];
/** Jolfa lies in East Azerbaijan; Nordooz in Jolfa County, itself in East Azerbaijan. */
const parents: Record<string, string[]> = { jolfa: ['east-azerbaijan'], nordooz: ['jolfa', 'east-azerbaijan'] };
const within = { ancestors: (id: string) => parents[id] ?? [] };

/** What the DOM's `dataset` gives for the attributes: "data-places" is `places`. */
const asDataset = (attributes: Record<string, string | undefined>) =>
  Object.fromEntries(
    Object.entries(attributes)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k.replace(/^data-/, ''), v]),
  );

const claimed = {
  places: ['jolfa', 'meghri', 'nordooz'],
  actors: ['irgc'],
  claim: { by: ['armenia'], deniedBy: ['azerbaijan', 'irgc'] },
  kind: 'cross-border-fire' as const,
  when: { date: '2020-10', until: '2020-11-03', precision: 'month' as const },
};

describe('entryFacts', () => {
  test('gathers countries once each, and every actor who acts, claims or denies', () => {
    expect(entryFacts(claimed, countryOf, within)).toEqual({
      places: ['jolfa', 'meghri', 'nordooz'],
      within: ['east-azerbaijan'],
      countries: ['IR', 'AM'],
      actors: ['irgc', 'armenia', 'azerbaijan'],
      kind: 'cross-border-fire',
      start: '2020-10-01',
      end: '2020-11-03',
      contested: true,
    });
  });

  test('calls a claim contested only when someone is reported denying it', () => {
    const undenied = { ...claimed, claim: { by: ['azerbaijan'], deniedBy: [] } };
    expect(entryFacts(undenied, countryOf, within).contested).toBe(false);
    const { claim: _claim, ...fact } = claimed;
    expect(entryFacts(fact, countryOf, within).contested).toBe(false);
  });

  test('files an article’s entry under the kind "article"', () => {
    const article = { places: [], actors: [], when: { date: '2020-10-25', precision: 'day' as const } };
    expect(entryFacts(article, countryOf, within)).toMatchObject({
      kind: 'article',
      contested: false,
      countries: [],
    });
  });
});

describe('the data-* encoding', () => {
  test('reads back what it wrote', () => {
    const facts = entryFacts(claimed, countryOf, within);
    expect(factsFromData(asDataset(factsToData(facts)))).toEqual(facts);
  });

  test('writes no contested attribute for an uncontested entry, and reads that as uncontested', () => {
    const facts = { ...entryFacts(claimed, countryOf, within), contested: false };
    const data = factsToData(facts);
    expect(data['data-contested']).toBeUndefined();
    expect(factsFromData(asDataset(data)).contested).toBe(false);
  });

  test('reads an entry without facts as matching nothing in particular', () => {
    expect(factsFromData({})).toEqual({
      places: [],
      within: [],
      countries: [],
      actors: [],
      kind: '',
      start: '',
      end: '',
      contested: false,
    });
  });
});
