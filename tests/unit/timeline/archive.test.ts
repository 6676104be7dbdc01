import { describe, expect, test } from 'vitest';
import {
  locateEntries,
  positionOf,
  pagedTitle,
  partitionByKind,
  partitionByPeriod,
  timelinePages,
} from '../../../src/lib/timeline/archive.ts';
import { buildEntries, groupByPeriod } from '../../../src/lib/timeline/entries.ts';
import { sampleContent } from '../../support/records.ts';

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
});

describe('spans across months', () => {
  /** The sample archive with the deployment lasting from 25 October 2020 into January 2021. */
  function withLongDeployment() {
    const [first, ...rest] = content.articles;
    const events = first!.data.events.map((event) =>
      'id' in event && event.id === 'deployment' ? { ...event, when: { ...event.when, until: '2021-01-05' } } : event,
    );
    return buildEntries([{ ...first!, data: { ...first!.data, events } }, ...rest]);
  }

  test('gives every month a span covers a period, even one with no entry of its own', () => {
    const periods = partitionByPeriod(withLongDeployment());
    expect(periods.map((p) => [p.key, p.entries.length, p.continuing.map((e) => e.id)])).toEqual([
      ['2020-10', 4, []],
      ['2020-11', 2, ['deployment']],
      ['2020-12', 0, ['deployment']],
      ['2021-01', 0, ['deployment']],
    ]);
  });

  test('gives a month with only a continuing span a page of its own', () => {
    const pages = timelinePages(partitionByPeriod(withLongDeployment()));
    const december = pages.find((p) => p.period.key === '2020-12');
    expect(december && [december.number, december.count, december.entries]).toEqual([1, 1, []]);
  });

  test('lists the span under a covered month’s heading, and only under months the listing covers', () => {
    const spanning = withLongDeployment();
    const october = spanning.filter((e) => e.when.date.startsWith('2020-10'));
    expect(groupByPeriod(october).map((p) => p.key)).toEqual(['2020-10']);
    const whole = groupByPeriod(spanning, [], ['2020-10', '2020-11', '2020-12', '2021-01']);
    expect(whole.map((p) => [p.key, p.continuing.map((e) => e.id)])).toEqual([
      ['2020-10', []],
      ['2020-11', ['deployment']],
      ['2020-12', ['deployment']],
      ['2021-01', ['deployment']],
    ]);
    const december = groupByPeriod([], whole[2]!.continuing, ['2020-12']);
    expect(december.map((p) => [p.key, p.days.length, p.continuing.map((e) => e.id)])).toEqual([
      ['2020-12', 0, ['deployment']],
    ]);
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

describe('lists cut into pages', () => {
  test('reads where a page made by paginate() stands', () => {
    expect(positionOf({ currentPage: 2, lastPage: 3 })).toEqual({ number: 2, count: 3 });
  });

  test('says the page in the title only when there is more than one', () => {
    expect(pagedTitle('Jolfa', { number: 2, count: 3 })).toBe('Jolfa, page 2 of 3');
    expect(pagedTitle('Jolfa', { number: 1, count: 1 })).toBe('Jolfa');
  });
});

describe('where each entry lives', () => {
  const pages = timelinePages(partitionByPeriod(entries), 2);

  test('puts every entry on the home page while the whole timeline fits there', () => {
    const locate = locateEntries(pages, true);
    expect(entries.map(locate).every((where) => where === 'home')).toBe(true);
  });

  test('puts each entry on the page of its period that carries it', () => {
    const locate = locateEntries(pages, false);
    for (const page of pages)
      for (const entry of page.entries) expect(locate(entry)).toEqual({ key: page.period.key, number: page.number });
    expect(locate(entries.at(-1)!)).toEqual({ key: '2020-11', number: 1 });
    expect(pages.some((p) => p.number === 2)).toBe(true);
  });

  test('refuses an entry the pages do not carry, naming it', () => {
    expect(() => locateEntries(pages, false)({ anchor: 'event-nowhere' })).toThrow(/event-nowhere/);
  });
});
