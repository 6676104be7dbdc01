import { describe, expect, test } from 'vitest';
import {
  exportEntry,
  placeEntriesExport,
  PLACE_EXPORT_LIMIT,
  timelineExport,
  timelineMonthExport,
} from '../../../src/site/exports.ts';
import { buildEntries } from '../../../src/lib/timeline/entries.ts';
import { locateEntries, partitionByPeriod, timelinePages } from '../../../src/lib/timeline/archive.ts';
import { sampleContent } from '../../support/records.ts';
import { containment } from '../../../src/lib/model/containment.ts';

const content = sampleContent();
const entries = buildEntries(content.articles);
const periods = partitionByPeriod(entries);
const pages = timelinePages(periods);
const within = containment(content.places);

describe('entry URLs in the exports', () => {
  test('point at the home page while the whole timeline fits there', () => {
    const locate = locateEntries(pages, true);
    expect(exportEntry(entries[0]!, locate, within).url).toBe(`/#${entries[0]!.anchor}`);
    expect(timelineExport(entries, periods, locate, within).entries?.map((e) => e.url)).toEqual(
      entries.map((e) => `/#${e.anchor}`),
    );
  });

  test('point at the entry’s month page once the timeline has outgrown the home page', () => {
    const locate = locateEntries(pages, false);
    const october = timelineMonthExport(periods[0]!, locate, within);
    expect(october.entries.map((e) => e.url)).toEqual(periods[0]!.entries.map((e) => `/timeline/2020-10/#${e.anchor}`));
  });

  test('give each entry its own page, which stays put wherever the timeline carries it', () => {
    for (const wholeOnHome of [true, false]) {
      const exported = timelineExport(entries, periods, locateEntries(pages, wholeOnHome), within).entries!;
      expect(exported.map((e) => e.permalink)).toEqual(
        entries.map((e) => (e.type === 'event' ? `/events/${e.id}/` : `/articles/${e.id}/`)),
      );
    }
  });
});

test('a place’s file lists its most recent entries and says how many there are in all', () => {
  const jolfa = content.places.find((p) => p.id === 'jolfa')!;
  const many = Array.from({ length: PLACE_EXPORT_LIMIT + 5 }, () => entries[0]!);
  const file = placeEntriesExport('jolfa', jolfa.data, many, () => 'home', within);
  expect(file.entryCount).toBe(PLACE_EXPORT_LIMIT + 5);
  expect(file.entries).toHaveLength(PLACE_EXPORT_LIMIT);
  expect(file).toMatchObject({ url: '/places/jolfa/', mapUrl: '/map/#place-jolfa' });
});

test('an entry says which places its places lie within', () => {
  const nested = containment([
    { id: 'east-azerbaijan', data: {} },
    { id: 'heris', data: { within: 'east-azerbaijan' } },
    { id: 'aqa-alilou', data: { within: 'heris' } },
  ]);
  const missile = { ...entries[0]!, places: ['aqa-alilou'] };
  const exported = exportEntry(missile, () => 'home', nested);
  expect(exported.places).toEqual(['aqa-alilou']);
  expect(exported.within).toEqual(['heris', 'east-azerbaijan']);
});
