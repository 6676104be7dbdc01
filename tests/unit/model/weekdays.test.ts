import { describe, expect, test } from 'vitest';
import { quotedWeekdayMismatch, weekdayMismatches, weekdayOf } from '../../../src/lib/model/weekdays.ts';

describe('weekdays', () => {
  test('knows the weekday of a date on the calendar in UTC', () => {
    expect(weekdayOf('2020-10-28')).toBe('Wednesday');
    expect(weekdayOf('2023-09-13')).toBe('Wednesday');
  });

  test.each([
    ['on Tuesday 28 October', 2020, 'Tuesday', '2020-10-28'],
    ['Friday, April 27, 2024', undefined, 'Friday', '2024-04-27'],
    ['said "on Monday" (28 October)', 2020, 'Monday', '2020-10-28'],
    ['filed on Thursday (2020-10-28)', undefined, 'Thursday', '2020-10-28'],
    ['Sunday 24th October 2020', 2023, 'Sunday', '2020-10-24'],
  ])('finds the wrong weekday in "%s"', (text, year, written, date) => {
    expect(weekdayMismatches(text, year)).toEqual([expect.objectContaining({ written, date })]);
  });

  test.each([
    ['on Wednesday 28 October', 2020],
    ['Friday, April 26, 2024', undefined],
    ['on Wednesday, and 27 October', 2020],
    ['on Tuesday 28 October', undefined],
    ['Mondays 28 October', 2020],
  ])('finds nothing wrong in "%s"', (text, year) => {
    expect(weekdayMismatches(text, year)).toEqual([]);
  });

  test('checks a note’s quoted weekday against the day it resolves to', () => {
    const note = '"On Sunday" in a report printed on Monday 26 October 2020.';
    expect(quotedWeekdayMismatch(note, '2020-10-25')).toBeUndefined();
    expect(quotedWeekdayMismatch(note, '2020-10-24')).toMatchObject({
      written: 'Sunday',
      actual: 'Saturday',
      start: 4,
    });
    expect(quotedWeekdayMismatch(note, '2020-10')).toBeUndefined();
  });
});
