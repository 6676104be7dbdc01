import { describe, expect, test } from 'vitest';
import { daysApart, eventsNearby, spanOf } from '../../../src/lib/timeline/nearby.ts';
import type { TimelineEntry } from '../../../src/lib/timeline/entries.ts';
import type { Dating } from '../../../src/lib/model/schema.ts';

const dating = (date: string, until?: string): Dating => ({
  date,
  precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
  ...(until ? { until } : {}),
});

const event = (id: string, date: string, places: string[], until?: string): TimelineEntry => ({
  anchor: `event-${id}`,
  type: 'event',
  id,
  when: dating(date, until),
  title: id,
  kind: 'deployment',
  places,
  actors: [],
  sources: [],
});

function byPlace(entries: TimelineEntry[]) {
  const map = new Map<string, TimelineEntry[]>();
  for (const e of entries) for (const p of e.places) map.set(p, [...(map.get(p) ?? []), e]);
  return map;
}

describe('the days a partial date can mean', () => {
  test('a day is one day, a month every day of it, a span runs to the end of its until', () => {
    const [a, b] = spanOf(dating('2020-10-25'));
    expect(b - a).toBe(0);
    const [m1, m2] = spanOf(dating('2020-02'));
    expect(m2 - m1).toBe(28);
    const [s1, s2] = spanOf(dating('2020-10-25', '2020-11'));
    expect(s2 - s1).toBe(36);
  });

  test('spans that overlap are 0 days apart', () => {
    expect(daysApart(spanOf(dating('2020-10')), spanOf(dating('2020-10-25')))).toBe(0);
    expect(daysApart(spanOf(dating('2020-10-01')), spanOf(dating('2020-10-22')))).toBe(21);
  });
});

describe('other events at the same places within a few weeks', () => {
  const crash = event('drone-crash', '2020-10-25', ['khoda-afarin']);
  const deploy = event('deploy', '2020-10-21', ['khoda-afarin', 'jolfa']);
  const later = event('later', '2020-12-20', ['khoda-afarin']);
  const elsewhere = event('elsewhere', '2020-10-25', ['parsabad']);
  const monthOnly = event('month-only', '2020-11', ['khoda-afarin']);
  const yearOnly = event('year-only', '2020', ['khoda-afarin']);
  const atJolfa = event('at-jolfa', '2020-10-20', ['jolfa']);
  const all = [yearOnly, atJolfa, deploy, crash, monthOnly, elsewhere, later];
  const index = byPlace(all);

  test('finds events at the same place close in time, closest first, never the event itself', () => {
    expect(eventsNearby(crash, index).map((e) => e.id)).toEqual(['deploy', 'month-only']);
  });

  test('looks at every place of the event, listing an event at two of them once', () => {
    expect(eventsNearby(deploy, index).map((e) => e.id)).toEqual(['at-jolfa', 'drone-crash', 'month-only']);
  });

  test('leaves out events at other places and those further apart than the window', () => {
    const ids = eventsNearby(crash, index).map((e) => e.id);
    expect(ids).not.toContain('elsewhere');
    expect(ids).not.toContain('later');
    expect(eventsNearby(crash, index, 4).map((e) => e.id)).toEqual(['deploy']);
  });

  test('says nothing is near an event known only to the year, nor lists one', () => {
    expect(eventsNearby(yearOnly, index)).toEqual([]);
    expect(eventsNearby(crash, index).map((e) => e.id)).not.toContain('year-only');
  });

  test('lists no article entries and stops at the limit', () => {
    const article: TimelineEntry = { ...crash, type: 'article', id: 'a', anchor: 'article-a' };
    expect(eventsNearby(crash, byPlace([...all, article])).map((e) => e.id)).not.toContain('a');
    expect(eventsNearby(deploy, index, 21, 1).map((e) => e.id)).toEqual(['at-jolfa']);
  });

  test('finds what a scan of every entry at the event’s places finds, on many events with long and partial spans', () => {
    // What eventsNearby answered before it looked events up by date: every entry at each place.
    const scan = (of: TimelineEntry, entries: TimelineEntry[]) => {
      if (of.when.precision === 'year') return [];
      const near = entries
        .filter((o) => o.type === 'event' && o.id !== of.id && o.when.precision !== 'year')
        .filter((o) => o.places.some((p) => of.places.includes(p)))
        .map((o) => ({ o, gap: daysApart(spanOf(of.when), spanOf(o.when)) }))
        .filter(({ gap }) => gap <= 21);
      return near
        .sort((a, b) => a.gap - b.gap || a.o.when.date.localeCompare(b.o.when.date))
        .map(({ o }) => o.id)
        .slice(0, 12);
    };
    const places = ['a', 'b', 'c'];
    const many = Array.from({ length: 300 }, (_, i) => {
      const month = String(1 + ((i * 7) % 12)).padStart(2, '0');
      const day = String(1 + ((i * 13) % 28)).padStart(2, '0');
      const date = i % 10 === 0 ? '2021' : i % 7 === 0 ? `2021-${month}` : `2021-${month}-${day}`;
      const until = i % 11 === 0 && date.length === 10 ? `2021-12-${day}` : undefined;
      return event(`e${String(i).padStart(3, '0')}`, date, [places[i % 3]!, places[(i * 5) % 3]!], until);
    });
    const manyByPlace = byPlace(many);
    for (const one of many)
      expect(
        eventsNearby(one, manyByPlace).map((e) => e.id),
        one.id,
      ).toEqual(scan(one, many));
  });
});
