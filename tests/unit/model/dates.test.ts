import { describe, expect, test } from 'vitest';
import { compareDates, isCertainlyAfter, isRealDate, precisionOf } from '../../../src/lib/model/dates.ts';
import { formatDate, formatDating, formatDayHeading, formatSpan } from '../../../src/lib/model/dateFormat.ts';

describe('partial dates', () => {
  test('knows how precisely a date is written', () => {
    expect(precisionOf('2020-10-25')).toBe('day');
    expect(precisionOf('2020-11')).toBe('month');
    expect(precisionOf('2023')).toBe('year');
  });

  test('rejects dates that are not on the calendar', () => {
    expect(isRealDate('2020-02-29')).toBe(true);
    expect(isRealDate('2021-02-29')).toBe(false);
    expect(isRealDate('2020-13')).toBe(false);
    expect(isRealDate('2020-09-31')).toBe(false);
    expect(isRealDate('2020-00-10')).toBe(false);
  });

  test('orders a month before the days in it and after the month before', () => {
    const sorted = ['2020-11-10', '2020-11', '2020-10-31', '2020', '2020-11-01'].sort(compareDates);
    expect(sorted).toEqual(['2020', '2020-10-31', '2020-11', '2020-11-01', '2020-11-10']);
  });

  test('says a date is after another only when it certainly is', () => {
    expect(isCertainlyAfter('2020-10-27', '2020-10')).toBe(false);
    expect(isCertainlyAfter('2020-11-02', '2020-10')).toBe(true);
    expect(isCertainlyAfter('2020-10-25', '2020-10-26')).toBe(false);
    expect(isCertainlyAfter('2020-10-27', '2020-10-26')).toBe(true);
  });

  test('formats each date only as precisely as it is known', () => {
    expect(formatDate('2020-10-25')).toBe('25 October 2020');
    expect(formatDate('2020-11')).toBe('November 2020');
    expect(formatDate('2023')).toBe('2023');
    expect(formatDayHeading('2020-10-25')).toBe('Sunday 25 October 2020');
  });

  test('formats spans without repeating what both ends share', () => {
    expect(formatSpan('2020-09-27', '2020-10-03')).toBe('27 September – 3 October 2020');
    expect(formatSpan('2020-10-01', '2020-10-03')).toBe('1 – 3 October 2020');
    expect(formatSpan('2020-10', '2020-11')).toBe('October – November 2020');
    expect(formatSpan('2020-12-30', '2021-01-02')).toBe('30 December 2020 – 2 January 2021');
  });

  test('falls on the same weekday whatever the time zone of the machine', () => {
    // The build test compares whole builds under two zones; this pins the formatter itself.
    const before = process.env['TZ'];
    try {
      for (const zone of ['America/Los_Angeles', 'Asia/Tehran', 'Pacific/Kiritimati']) {
        process.env['TZ'] = zone;
        expect(formatDayHeading('2020-09-27')).toBe('Sunday 27 September 2020');
      }
    } finally {
      process.env['TZ'] = before;
    }
  });

  test('says a window it happened sometime within in words, and a span as a span', () => {
    expect(formatDating({ date: '2020-09-27', until: '2020-10-03', sometime: true })).toBe(
      'sometime between 27 September and 3 October 2020',
    );
    expect(formatDating({ date: '2020-10-01', until: '2020-10-03', sometime: true })).toBe(
      'sometime between 1 and 3 October 2020',
    );
    expect(formatDating({ date: '2020-09-27', until: '2020-10-03' })).toBe('27 September – 3 October 2020');
    expect(formatDating({ date: '2020-10-25' })).toBe('25 October 2020');
  });
});
