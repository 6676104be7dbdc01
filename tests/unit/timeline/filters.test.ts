import { describe, expect, test } from 'vitest';
import {
  dayRange,
  FILTER_KEYS,
  filterToSearch,
  matches,
  parseFilter,
  type EntryFacts,
} from '../../../src/lib/timeline/filters.ts';

const entry: EntryFacts = {
  places: ['khoda-afarin', 'jolfa'],
  within: ['east-azerbaijan'],
  countries: ['IR'],
  actors: ['irgc', 'mohammad-pakpour'],
  kind: 'deployment',
  ...dayRange('2020-10-25'),
  contested: false,
};

describe('filters in the URL', () => {
  test('read back what they wrote', () => {
    const filter = { place: 'jolfa', kind: 'deployment', from: '2020-10-01', to: '2020-10-31', contested: true };
    expect(filterToSearch(filter)).toBe('?place=jolfa&kind=deployment&from=2020-10-01&to=2020-10-31&contested=1');
    expect(parseFilter(filterToSearch(filter))).toEqual(filter);
  });

  test('ignore anything malformed', () => {
    expect(parseFilter('?place=<script>&country=iran&from=yesterday&kind=Deployment&contested=yes')).toEqual({});
  });

  test('read back every key, in the order FILTER_KEYS gives', () => {
    const filter = {
      contested: true,
      to: '2020-11-10',
      from: '2020-10-01',
      kind: 'article',
      actor: 'irgc',
      country: 'IR',
      place: 'jolfa',
    };
    const search = filterToSearch(filter);
    expect(search).toBe(`?${FILTER_KEYS.map((k) => `${k}=${k === 'contested' ? '1' : filter[k]}`).join('&')}`);
    expect(parseFilter(search)).toEqual(filter);
  });

  test('give an empty query for no filter', () => {
    expect(filterToSearch({})).toBe('');
  });
});

describe('matching an entry', () => {
  test('by place, country, actor and kind', () => {
    expect(matches(entry, { place: 'jolfa' })).toBe(true);
    expect(matches(entry, { place: 'parsabad' })).toBe(false);
    expect(matches(entry, { place: 'east-azerbaijan' }), 'a place the entry’s places lie within').toBe(true);
    expect(matches(entry, { country: 'IR', actor: 'irgc', kind: 'deployment' })).toBe(true);
    expect(matches(entry, { country: 'AZ' })).toBe(false);
    expect(matches(entry, { contested: true })).toBe(false);
  });

  test('by a date range that overlaps the entry’s date', () => {
    expect(matches(entry, { from: '2020-10-25', to: '2020-10-25' })).toBe(true);
    expect(matches(entry, { from: '2020-10-26' })).toBe(false);
    expect(matches(entry, { to: '2020-10-24' })).toBe(false);
  });

  test('counts a month-only entry as the whole month', () => {
    const november = { ...entry, ...dayRange('2020-11') };
    expect(november).toMatchObject({ start: '2020-11-01', end: '2020-11-30' });
    expect(matches(november, { from: '2020-11-20', to: '2020-12-31' })).toBe(true);
    expect(matches(november, { to: '2020-10-31' })).toBe(false);
  });

  test('knows leap years and spans', () => {
    expect(dayRange('2020-02')).toEqual({ start: '2020-02-01', end: '2020-02-29' });
    expect(dayRange('2023')).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(dayRange('2020-09-27', '2020-10-03')).toEqual({ start: '2020-09-27', end: '2020-10-03' });
  });
});
