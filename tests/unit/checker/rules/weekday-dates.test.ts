import { describe, expect, test } from 'vitest';
import { weekdayDates } from '../../../../src/lib/checker/rules/weekday-dates.ts';
import { lint, NO_PLACES } from '../../../support/body-rules.ts';

describe('weekdayDates', () => {
  test('warns at a weekday the calendar contradicts, taking the publication year', () => {
    expect(
      lint(weekdayDates, 'Troops moved.\n\nThe general spoke on Tuesday 28 October.', { ...NO_PLACES, year: 2020 }),
    ).toEqual([
      {
        severity: 'warning',
        message: '"Tuesday" is written beside 28 October 2020, which was a Wednesday.',
        fix: expect.stringContaining('resolve a relative day'),
        line: 3,
        column: 22,
      },
    ]);
  });

  test('says nothing when the weekday is right', () => {
    expect(lint(weekdayDates, 'He spoke on Wednesday 28 October.', { ...NO_PLACES, year: 2020 })).toEqual([]);
  });
});
