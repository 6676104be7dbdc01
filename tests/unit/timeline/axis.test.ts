import { describe, expect, test } from 'vitest';
import { axisLayout, countsByDate, BREAK_WIDTH, MAX_MARKS, type AxisItem } from '../../../src/lib/timeline/axis.ts';
import {
  dayAtX,
  dayNumber,
  isoDay,
  segmentsFromData,
  segmentsToData,
  xOfDay,
  drawnX,
} from '../../../src/lib/timeline/axisScale.ts';
import { continuesInto } from '../../../src/lib/timeline/periods.ts';
import { groupByPeriod, type TimelineEntry } from '../../../src/lib/timeline/entries.ts';
import { partitionByPeriod, locateDays, timelinePages } from '../../../src/lib/timeline/archive.ts';

const at = (date: string, until?: string): AxisItem => ({ when: { date, ...(until ? { until } : {}) } });

describe('the axis scale', () => {
  test('reads and writes day numbers', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(isoDay(dayNumber('2020-10-25'))).toBe('2020-10-25');
  });

  test('places days across segments and back, a break taking no days', () => {
    const segments = [
      { start: 0, end: 10, x0: 0, x1: 48 },
      { start: 100, end: 110, x0: 52, x1: 100 },
    ];
    expect(xOfDay(segments, 5)).toBe(24);
    expect(xOfDay(segments, 50)).toBe(48);
    expect(xOfDay(segments, 105)).toBe(76);
    expect(dayAtX(segments, 24)).toBe(5);
    expect(dayAtX(segments, 51)).toBe(100);
    expect(segmentsFromData(segmentsToData(segments))).toEqual(segments);
    expect(segmentsFromData('nonsense 2020-10-01/2020-09-01/0/1')).toEqual([]);
  });
});

describe('the axis right to left', () => {
  test('draws the earliest time at the right and keeps each thing’s width', () => {
    expect(drawnX(0, 10, 'rtl')).toBe(90);
    expect(drawnX(90, 10, 'rtl')).toBe(0);
    expect(drawnX(25, 5, 'rtl')).toBe(70);
    expect(drawnX(25, 5, 'ltr')).toBe(25);
  });

  test('reads a pointer back to the same day either way round', () => {
    const segments = [{ start: dayNumber('2020-10-01'), end: dayNumber('2020-11-01'), x0: 0, x1: 100 }];
    const day = dayNumber('2020-10-25');
    const x = xOfDay(segments, day);
    // The control turns a right-to-left pointer position back into the layout's before reading it.
    expect(dayAtX(segments, 100 - drawnX(x, 0, 'rtl'))).toBe(day);
    expect(drawnX(x, 0, 'rtl')).toBeCloseTo(100 - x);
  });
});

describe('the axis layout', () => {
  const items = [at('2020-10-25'), at('2020-10-25'), at('2020-10-27'), at('2023-09-13')];

  test('shows a long empty stretch as a break, each side whole months wide', () => {
    const layout = axisLayout(items);
    expect(layout.segments.map((s) => [isoDay(s.start), isoDay(s.end)])).toEqual([
      ['2020-10-01', '2020-11-01'],
      ['2023-09-01', '2023-10-01'],
    ]);
    expect(layout.breaks).toEqual([{ after: '2020-10-31', before: '2023-09-01', x: expect.any(Number) }]);
    expect(layout.segments[1]!.x0 - layout.segments[0]!.x1).toBeCloseTo(BREAK_WIDTH);
    expect(layout.segments.at(-1)!.x1).toBeCloseTo(100);
  });

  test('keeps a short quiet stretch as time, not a break', () => {
    expect(axisLayout([at('2020-09-27'), at('2020-11-02')]).breaks).toEqual([]);
  });

  test('counts entries known to the day in one mark per day, the busiest the tallest', () => {
    const layout = axisLayout(items);
    expect(layout.unit).toBe('day');
    expect(layout.marks.map((m) => [m.from, m.count, m.height])).toEqual([
      ['2020-10-25', 2, 1],
      ['2020-10-27', 1, 0.5],
      ['2023-09-13', 1, 0.5],
    ]);
    expect(layout.marks[0]!.x).toBeLessThan(layout.marks[1]!.x);
  });

  test('gathers marks by week, then by month, as the span grows', () => {
    const daily = (from: string, days: number) =>
      Array.from({ length: days }, (_, i) => at(isoDay(dayNumber(from) + i * 3)));
    const weeks = axisLayout(daily('2020-01-01', 200));
    expect(weeks.unit).toBe('week');
    expect(weeks.marks.length).toBeLessThanOrEqual(MAX_MARKS);
    // Weeks start on Monday: 30 December 2019 holds 1 January 2020.
    expect(weeks.marks[0]!.from).toBe('2020-01-01');
    expect(weeks.marks[1]!.from).toBe('2020-01-06');
    const months = axisLayout(daily('2020-01-01', 700));
    expect(months.unit).toBe('month');
    expect(months.marks[0]).toMatchObject({ from: '2020-01-01', to: '2020-01-31', count: 11 });
    expect(months.marks.reduce((n, m) => n + m.count, 0)).toBe(700);
  });

  test('draws dates known to the month or year as bands in their own style, spans as bars', () => {
    const layout = axisLayout([at('2020-09-27', '2020-10-03'), at('2020-10'), at('2020-10'), at('2020-10-25')]);
    expect(layout.bands.map((b) => [b.style, b.from, b.to, b.count])).toEqual([
      ['span', '2020-09-27', '2020-10-03', 1],
      ['month', '2020-10-01', '2020-10-31', 2],
    ]);
    expect(layout.marks.map((m) => m.from)).toEqual(['2020-10-25']);
    expect(layout.styles).toEqual(['day', 'span', 'month']);
    const year = axisLayout([at('2020'), at('2020-03-02')]);
    expect(year.bands).toMatchObject([{ style: 'year', from: '2020-01-01', to: '2020-12-31' }]);
  });

  test('counts a span shorter than a mark in the mark, once marks gather weeks', () => {
    const layout = axisLayout([at('2020'), at('2020-03-02', '2020-03-04'), at('2020-06-01', '2020-07-30')]);
    expect(layout.unit).toBe('week');
    expect(layout.marks).toMatchObject([{ from: '2020-03-02', count: 1 }]);
    expect(layout.bands.map((b) => [b.style, b.from, b.to])).toEqual([
      ['year', '2020-01-01', '2020-12-31'],
      // Snapped to whole weeks, Monday to Sunday.
      ['span', '2020-06-01', '2020-08-02'],
    ]);
  });

  test('puts bands that overlap in time in different rows', () => {
    const layout = axisLayout([at('2020-09-27', '2020-10-03'), at('2020-10'), at('2020-11')]);
    const lane = Object.fromEntries(layout.bands.map((b) => [b.from, b.lane]));
    expect(lane['2020-09-27']).not.toBe(lane['2020-10-01']);
    expect(lane['2020-11-01']).toBe(0);
    expect(layout.lanes).toBe(2);
  });

  test('draws a date known only to lie within a window as a window band', () => {
    const layout = axisLayout([{ when: { date: '2020-10' }, within: { from: '2020-10-20', to: '2020-11-05' } }]);
    expect(layout.bands).toMatchObject([{ style: 'window', from: '2020-10-20', to: '2020-11-05' }]);
    expect(layout.styles).toEqual(['window']);
  });

  test('on a month, draws its days only, with a tick each week', () => {
    const layout = axisLayout([at('2020-09-27', '2020-10-03'), at('2020-10-25'), at('2020-11-02')], {
      domain: { from: '2020-10-01', to: '2020-10-31' },
    });
    expect(layout.breaks).toEqual([]);
    expect(layout.marks.map((m) => m.from)).toEqual(['2020-10-25']);
    expect(layout.bands[0]!.x0).toBe(0);
    expect(layout.ticks.map((t) => t.date)).toEqual([
      '2020-10-01',
      '2020-10-08',
      '2020-10-15',
      '2020-10-22',
      '2020-10-29',
    ]);
  });

  test('names the year after a break and leaves crowded month labels off', () => {
    const ticks = axisLayout(items).ticks;
    expect(ticks.filter((t) => t.kind === 'year').map((t) => t.date)).toEqual(['2020', '2023']);
    const everySixtyDays = Array.from({ length: 24 }, (_, i) => at(isoDay(dayNumber('2019-01-05') + i * 60)));
    const crowded = axisLayout(everySixtyDays).ticks.filter((t) => t.kind === 'month');
    expect(crowded.every((t) => !t.labelled)).toBe(true);
    const fromDecember = [at('2019-12-20'), ...everySixtyDays.map((e) => at(isoDay(dayNumber(e.when.date) + 365)))];
    const years = axisLayout(fromDecember).ticks.filter((t) => t.kind === 'year');
    expect(years.map((t) => [t.date, t.labelled])).toEqual([
      ['2019', false],
      ['2020', true],
      ['2021', true],
      ['2022', true],
      ['2023', true],
    ]);
  });

  test('lays out nothing for no entries', () => {
    expect(axisLayout([])).toMatchObject({ marks: [], bands: [], segments: [], breaks: [] });
  });

  test('counts a month page’s entries per day, month-only ones first', () => {
    expect(countsByDate([at('2020-10-25'), at('2020-10'), at('2020-10-25'), at('2020-10-27')])).toEqual([
      { date: '2020-10', count: 1 },
      { date: '2020-10-25', count: 2 },
      { date: '2020-10-27', count: 1 },
    ]);
  });
});

describe('spans across months', () => {
  const entry = (id: string, date: string, until?: string): TimelineEntry => ({
    anchor: `event-${id}`,
    type: 'event',
    id,
    when: { date, precision: date.length === 10 ? 'day' : 'month', ...(until ? { until } : {}) },
    title: id,
    places: [],
    actors: [],
    sources: [],
  });
  const entries = [
    entry('siege', '2020-09-27', '2020-11-03'),
    entry('sept', '2020-09-28'),
    entry('oct', '2020-10-05'),
    entry('nov', '2020-11-10'),
  ];

  test('names each later month a span reaches', () => {
    expect(continuesInto(entries[0]!)).toEqual(['2020-10', '2020-11']);
    expect(continuesInto({ when: { date: '2020-12-30', until: '2021-01-02' } })).toEqual(['2021-01']);
    expect(continuesInto({ when: { date: '2020-10-01', until: '2020-10-03' } })).toEqual([]);
    expect(continuesInto({ when: { date: '2020' } })).toEqual([]);
  });

  test('lists a span as continuing under each later month heading', () => {
    const groups = groupByPeriod(entries);
    expect(groups.map((g) => [g.key, g.continuing.map((e) => e.id)])).toEqual([
      ['2020-09', []],
      ['2020-10', ['siege']],
      ['2020-11', ['siege']],
    ]);
  });

  test('carries a span into a month page that holds only its own entries', () => {
    const periods = partitionByPeriod(entries);
    const november = periods.find((p) => p.key === '2020-11')!;
    expect(november.continuing.map((e) => e.id)).toEqual(['siege']);
    expect(groupByPeriod(november.entries, november.continuing)[0]!.continuing.map((e) => e.id)).toEqual(['siege']);
  });

  test('finds the page of each day’s heading', () => {
    const days = locateDays(timelinePages(partitionByPeriod(entries)));
    expect(days.get('2020-10-05')?.period.key).toBe('2020-10');
    expect(days.has('2020-10-06')).toBe(false);
  });
});
