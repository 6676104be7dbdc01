import { describe, expect, test } from 'vitest';
import {
  formatAxisTick,
  formatDay,
  formatOne,
  formatWhen,
  formatWhenDating,
} from '../../../src/lib/i18n/localDates.ts';

describe('dates in each language', () => {
  test('English keeps the dates the site has always written', () => {
    expect(formatWhen('en', '2020-10-25')).toBe('25 October 2020');
    expect(formatWhen('en', '2020-09-27', '2020-10-03')).toBe('27 September – 3 October 2020');
    expect(formatDay('en', '2020-10-25')).toBe('Sunday 25 October 2020');
    expect(formatOne('en', '2023')).toBe('2023');
  });

  test('Persian gives the Solar Hijri date with the Gregorian beside it, at the date’s precision', () => {
    expect(formatWhen('fa', '2020-10-24')).toBe('۳ آبان ۱۳۹۹ (۲۴ اکتبر ۲۰۲۰)');
    expect(formatWhen('fa', '2020-10')).toBe('مهر و آبان ۱۳۹۹ (اکتبر ۲۰۲۰)');
    expect(formatWhen('fa', '2023')).toBe('۱۴۰۱ و ۱۴۰۲ (۲۰۲۳)');
    expect(formatDay('fa', '2020-10-24')).toBe('شنبه ۳ آبان ۱۳۹۹ (۲۴ اکتبر ۲۰۲۰)');
  });

  test('Azerbaijani names its own months and weekdays', () => {
    expect(formatWhen('az', '2020-10-25')).toBe('25 oktyabr 2020');
    expect(formatWhen('az', '2020-11')).toMatch(/^noyabr 2020$/i);
    expect(formatDay('az', '2020-10-25')).toBe('25 oktyabr 2020, bazar');
  });

  test('a window it happened sometime within reads as one in every language', () => {
    const window = { date: '2020-09-27', until: '2020-10-03', sometime: true };
    expect(formatWhenDating('en', window)).toBe('sometime between 27 September and 3 October 2020');
    expect(formatWhenDating('fa', window)).toBe('زمانی میان ۶ مهر ۱۳۹۹ (۲۷ سپتامبر ۲۰۲۰) و ۱۲ مهر ۱۳۹۹ (۳ اکتبر ۲۰۲۰)');
    expect(formatWhenDating('az', window)).toBe('27 sentyabr 2020 ilə 3 oktyabr 2020 arasında bir vaxt');
    // A span it lasted throughout stays a span.
    expect(formatWhenDating('az', { ...window, sometime: false })).toBe(formatWhen('az', window.date, window.until));
  });
});

describe('the time axis’s ticks in each language', () => {
  test('name Gregorian months and years in the language’s words and digits', () => {
    expect(['year', 'month', 'day'].map((k) => formatAxisTick('en', k as 'year', '2020-10-25'))).toEqual([
      '2020',
      'Oct',
      '25',
    ]);
    expect(formatAxisTick('fa', 'year', '2020')).toBe('۲۰۲۰');
    expect(formatAxisTick('fa', 'month', '2020-10')).toBe('اکتبر');
    expect(formatAxisTick('fa', 'day', '2020-10-25')).toBe('۲۵');
    expect(formatAxisTick('az', 'month', '2020-10')).toBe('okt');
    expect(formatAxisTick('az', 'day', '2020-10-05')).toBe('5');
  });
});
