import { describe, expect, test } from 'vitest';
import { containment } from '../../../src/lib/model/containment.ts';
import { entriesByPlace, whereWithin } from '../../../src/lib/timeline/byPlace.ts';
import { gazetteer } from '../../support/gazetteer.ts';

/** The place pages' data for the project's own gazetteer, with entries placed as the articles place them. */
describe('entries by place in the gazetteer', () => {
  const places = gazetteer();
  const within = containment(places);
  const ids = places.map((p) => p.id);
  const missile = { id: 'heris-missile-aqa-alilou', places: ['aqa-alilou'] };
  const deployment = { id: 'irgc-deploys', places: ['khoda-afarin', 'jolfa'] };
  const byPlace = entriesByPlace([missile, deployment], ids, within);

  test('lists the missile at Aqa-Alilou under Heris County and East Azerbaijan province too', () => {
    expect(byPlace.get('aqa-alilou')).toEqual([missile]);
    expect(byPlace.get('heris')).toEqual([missile]);
    expect(byPlace.get('east-azerbaijan')).toEqual([missile, deployment]);
    expect(whereWithin(missile, 'east-azerbaijan', within)).toEqual(['aqa-alilou']);
  });

  test('lists Khoda Afarin, Jolfa and Heris within East Azerbaijan province', () => {
    expect(within.placesWithin('east-azerbaijan')).toEqual(
      expect.arrayContaining(['khoda-afarin', 'jolfa', 'heris', 'aqa-alilou']),
    );
  });

  test('lists nothing from the province under a place beside it', () => {
    expect(byPlace.get('parsabad')).toEqual([]);
  });
});
