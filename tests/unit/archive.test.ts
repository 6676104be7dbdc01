import { describe, expect, test } from 'vitest';
import { neighbours, partitionByKind, partitionByPeriod, periodKey } from '../../src/lib/archive.ts';
import { buildEntries } from '../../src/lib/timeline.ts';
import { sampleContent } from '../fixtures/records.ts';

const content = sampleContent();
const entries = buildEntries(content.articles);

describe('month pages', () => {
  test('puts each entry in the month it starts in, months in order', () => {
    const periods = partitionByPeriod(entries);
    expect(periods.map((p) => [p.key, p.label, p.entries.map((e) => e.anchor)])).toEqual([
      [
        '2020-10',
        'October 2020',
        ['event-deployment', 'event-shelling-claim', 'article-2020-10-25-earlier', 'article-2020-10-26-first'],
      ],
      ['2020-11', 'November 2020', ['event-peace-deal', 'article-2020-11-report']],
    ]);
  });

  test('puts every entry in exactly one period', () => {
    const listed = partitionByPeriod(entries).flatMap((p) => p.entries.map((e) => e.anchor));
    expect(listed.sort()).toEqual(entries.map((e) => e.anchor).sort());
  });

  test('gives an entry known only to the year a page for its year, before that year’s months', () => {
    const yearOnly = { ...content.articles[1]!, id: 'year-only' };
    yearOnly.data = { ...yearOnly.data, published: { date: '2020', precision: 'year' }, events: [] };
    const periods = partitionByPeriod(buildEntries([...content.articles, yearOnly]));
    expect(periods.map((p) => p.key)).toEqual(['2020', '2020-10', '2020-11']);
    expect(periods[0]!.entries.map((e) => e.anchor)).toEqual(['article-year-only']);
  });

  test('files a span under the month it starts in', () => {
    const span = { ...entries[0]!, when: { date: '2020-10-27', until: '2020-11-03', precision: 'day' as const } };
    expect(periodKey(span)).toBe('2020-10');
  });

  test('finds the months before and after a month', () => {
    const periods = partitionByPeriod(entries);
    expect(neighbours(periods, '2020-10')).toEqual({ previous: undefined, next: periods[1] });
    expect(neighbours(periods, '2020-11')).toEqual({ previous: periods[0], next: undefined });
  });
});

describe('kind pages', () => {
  test('lists only the kinds in use, in the schema’s order, each with its events', () => {
    expect(partitionByKind(entries).map((k) => [k.kind, k.entries.map((e) => e.id)])).toEqual([
      ['fighting', ['shelling-claim']],
      ['deployment', ['deployment']],
      ['ceasefire', ['peace-deal']],
    ]);
  });
});
