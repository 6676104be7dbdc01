import { expect, test } from 'vitest';
import { comparePeriodKeys, periodKey, periodKeyOf, periodOf } from '../../../src/lib/timeline/periods.ts';

test('files a date under its month, and a year-only date under its year', () => {
  expect(periodKeyOf('2020-10-27')).toBe('2020-10');
  expect(periodKeyOf('2020-10')).toBe('2020-10');
  expect(periodKeyOf('2023')).toBe('2023');
});

test('files a span under the month it starts in', () => {
  const span = { when: { date: '2020-10-27', until: '2020-11-03' } };
  expect(periodKey(span)).toBe('2020-10');
});

test('names a month and a year and says which it is', () => {
  expect(periodOf('2020-10')).toEqual({ key: '2020-10', label: 'October 2020', precision: 'month' });
  expect(periodOf('2023')).toEqual({ key: '2023', label: '2023', precision: 'year' });
});

test('orders periods in time, a year before its months', () => {
  expect(['2021-01', '2020-11', '2020', '2020-02', '2019'].sort(comparePeriodKeys)).toEqual([
    '2019',
    '2020',
    '2020-02',
    '2020-11',
    '2021-01',
  ]);
});
