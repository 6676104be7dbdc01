import { describe, expect, test } from 'vitest';
import { containment } from '../../../src/lib/model/containment.ts';
import { containingPlaces, entriesByPlace, placesAndWithin, whereWithin } from '../../../src/lib/timeline/byPlace.ts';

/** A village in a county in a province, a town in the same province, and a capital far away. */
const places = [
  { id: 'east-azerbaijan', data: {} },
  { id: 'heris', data: { within: 'east-azerbaijan' } },
  { id: 'aqa-alilou', data: { within: 'heris' } },
  { id: 'jolfa', data: { within: 'east-azerbaijan' } },
  { id: 'geneva', data: {} },
];
const within = containment(places);
const ids = places.map((p) => p.id);

const missile = { id: 'missile', places: ['aqa-alilou'] };
const troops = { id: 'troops', places: ['jolfa', 'east-azerbaijan'] };
const talks = { id: 'talks', places: ['geneva'] };
const province = { id: 'province', places: ['east-azerbaijan'] };

describe('entries by place', () => {
  test('lists an entry under its place and every place that contains it', () => {
    const byPlace = entriesByPlace([missile, talks], ids, within);
    expect(byPlace.get('aqa-alilou')).toEqual([missile]);
    expect(byPlace.get('heris')).toEqual([missile]);
    expect(byPlace.get('east-azerbaijan')).toEqual([missile]);
    expect(byPlace.get('geneva')).toEqual([talks]);
  });

  test('lists an entry once under a place even when it names both the place and a place inside it', () => {
    expect(entriesByPlace([troops], ids, within).get('east-azerbaijan')).toEqual([troops]);
  });

  test('keeps the order given and gives every place a list, empty where nothing happened', () => {
    const byPlace = entriesByPlace([troops, missile, province], ids, within);
    expect(byPlace.get('east-azerbaijan')).toEqual([troops, missile, province]);
    expect(byPlace.get('heris')).toEqual([missile]);
    expect(byPlace.get('jolfa')).toEqual([troops]);
    expect(byPlace.get('geneva')).toEqual([]);
  });

  test('ignores places the gazetteer does not have', () => {
    const byPlace = entriesByPlace([{ id: 'x', places: ['nowhere'] }], ids, within);
    expect([...byPlace.values()].flat()).toEqual([]);
    expect(byPlace.has('nowhere')).toBe(false);
  });
});

describe('where exactly', () => {
  test('names the entry’s places inside the page’s place, however deep', () => {
    expect(whereWithin(missile, 'east-azerbaijan', within)).toEqual(['aqa-alilou']);
    expect(whereWithin(missile, 'heris', within)).toEqual(['aqa-alilou']);
    expect(whereWithin(troops, 'east-azerbaijan', within)).toEqual(['jolfa']);
  });

  test('names nothing when the entry is at the place itself or not inside it', () => {
    expect(whereWithin(missile, 'aqa-alilou', within)).toEqual([]);
    expect(whereWithin(province, 'east-azerbaijan', within)).toEqual([]);
    expect(whereWithin(talks, 'east-azerbaijan', within)).toEqual([]);
  });

  test('gives what contains the entry’s places, each once, leaving out those it names itself', () => {
    expect(containingPlaces(['aqa-alilou', 'jolfa'], within)).toEqual(['heris', 'east-azerbaijan']);
    expect(containingPlaces(['jolfa', 'east-azerbaijan'], within)).toEqual([]);
  });

  test('gives the entry’s places and what contains them, each once, its own first', () => {
    expect(placesAndWithin(['aqa-alilou', 'jolfa'], within)).toEqual([
      'aqa-alilou',
      'jolfa',
      'heris',
      'east-azerbaijan',
    ]);
  });
});
