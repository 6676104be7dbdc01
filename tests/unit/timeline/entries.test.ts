import { describe, expect, test } from 'vitest';
import { buildEntries, groupByPeriod } from '../../../src/lib/timeline/entries.ts';
import { article, sampleContent } from '../../support/records.ts';

describe('timeline entries', () => {
  const entries = buildEntries(sampleContent().articles);

  test('has one entry per article and one per event, in date order', () => {
    expect(entries.map((e) => e.anchor)).toEqual([
      'event-deployment',
      'event-shelling-claim',
      'article-2020-10-25-earlier',
      'article-2020-10-26-first',
      'event-peace-deal',
      'article-2020-11-report',
    ]);
  });

  test('shows an event reported by three articles once, citing all three in order of publication', () => {
    const deployment = entries.filter((e) => e.id === 'deployment');
    expect(deployment).toHaveLength(1);
    expect(deployment[0]!.sources.map((s) => s.outlet)).toEqual(['Caspian News', 'Dawn', 'bne IntelliNews']);
  });

  test('carries a claim with who makes it and who denies it', () => {
    const claim = entries.find((e) => e.id === 'shelling-claim');
    expect(claim?.claim).toEqual({ by: ['armenia'], deniedBy: ['azerbaijan'] });
  });

  test('shows a detail of a larger event once, in its own place, linked to and from the larger one', () => {
    const { articles } = sampleContent();
    const earlier = article('2020-10-20-detail', {
      published: { date: '2020-10-26', precision: 'day' },
      events: [
        {
          id: 'deployment-at-jolfa',
          when: { date: '2020-10-25', precision: 'day' },
          places: ['jolfa'],
          kind: 'deployment',
          summary: 'Guards units reached Jolfa.',
          partOf: 'deployment',
        },
      ],
    });
    const built = buildEntries([earlier, ...articles]);
    const detail = built.filter((e) => e.id === 'deployment-at-jolfa');
    expect(detail).toHaveLength(1);
    expect(detail[0]?.partOf).toEqual({ id: 'deployment', anchor: 'event-deployment', title: expect.any(String) });
    expect(built.find((e) => e.id === 'deployment')?.parts).toEqual([
      { id: 'deployment-at-jolfa', anchor: 'event-deployment-at-jolfa', title: 'Guards units reached Jolfa.' },
    ]);
  });
});

describe('grouping under month and day headings', () => {
  const periods = groupByPeriod(buildEntries(sampleContent().articles));

  test('makes one section a month, in order', () => {
    expect(periods.map((p) => p.label)).toEqual(['October 2020', 'November 2020']);
  });

  test('puts entries known to the day under their day', () => {
    const october = periods[0]!;
    expect(october.undated).toEqual([]);
    expect(october.days.map((d) => [d.label, d.entries.length])).toEqual([
      ['Sunday 25 October 2020', 3],
      ['Monday 26 October 2020', 1],
    ]);
  });

  test('puts an entry known only to the month under its month, not under a day', () => {
    const november = periods[1]!;
    expect(november.days).toEqual([]);
    expect(november.undated.map((e) => e.anchor)).toEqual(['event-peace-deal', 'article-2020-11-report']);
  });

  test('gives an entry known only to the year a section of its own before that year’s months', () => {
    const content = sampleContent();
    const yearOnly = { ...content.articles[1]!, id: 'year-only' };
    yearOnly.data = { ...yearOnly.data, published: { date: '2020', precision: 'year' }, events: [] };
    const grouped = groupByPeriod(buildEntries([...content.articles, yearOnly]));
    expect(grouped.map((p) => [p.key, p.precision])).toEqual([
      ['2020', 'year'],
      ['2020-10', 'month'],
      ['2020-11', 'month'],
    ]);
  });
});
