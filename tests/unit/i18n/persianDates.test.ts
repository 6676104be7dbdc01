import { afterEach, describe, expect, test } from 'vitest';
import { formatPersianDate, formatPersianDayHeading, persianDate } from '../../../src/lib/i18n/persianDates.ts';

describe('persianDate', () => {
  test('gives a day in the Solar Hijri calendar with the Gregorian day beside it', () => {
    expect(persianDate('2020-10-24')).toEqual({ solar: '۳ آبان ۱۳۹۹', gregorian: '۲۴ اکتبر ۲۰۲۰' });
    expect(formatPersianDate('2023-09-13')).toBe('۲۲ شهریور ۱۴۰۲ (۱۳ سپتامبر ۲۰۲۳)');
  });

  test('names both Persian months a Gregorian month overlaps', () => {
    expect(persianDate('2020-10')).toEqual({ solar: 'مهر و آبان ۱۳۹۹', gregorian: 'اکتبر ۲۰۲۰' });
    expect(formatPersianDate('2020-11')).toBe('آبان و آذر ۱۳۹۹ (نوامبر ۲۰۲۰)');
  });

  test('names the year of each Persian month when a Gregorian month straddles Nowruz', () => {
    expect(persianDate('2021-03').solar).toBe('اسفند ۱۳۹۹ و فروردین ۱۴۰۰');
  });

  test('names both Persian years a Gregorian year overlaps', () => {
    expect(persianDate('2023')).toEqual({ solar: '۱۴۰۱ و ۱۴۰۲', gregorian: '۲۰۲۳' });
  });

  test('says the shared month and year of a span of days once', () => {
    expect(formatPersianDate('2020-09-27', '2020-10-03')).toBe('۶ تا ۱۲ مهر ۱۳۹۹ (۲۷ سپتامبر تا ۳ اکتبر ۲۰۲۰)');
    expect(formatPersianDate('2020-10-24', '2020-10-25')).toBe('۳ تا ۴ آبان ۱۳۹۹ (۲۴ تا ۲۵ اکتبر ۲۰۲۰)');
  });

  test('gives a span of days across Persian months and years in full where they differ', () => {
    expect(persianDate('2020-09-20', '2020-09-22').solar).toBe('۳۰ شهریور تا ۱ مهر ۱۳۹۹');
    expect(persianDate('2021-03-19', '2021-03-22')).toEqual({
      solar: '۲۹ اسفند ۱۳۹۹ تا ۲ فروردین ۱۴۰۰',
      gregorian: '۱۹ تا ۲۲ مارس ۲۰۲۱',
    });
  });

  test('gives a span of months and of years from the first Persian month or year to the last', () => {
    expect(formatPersianDate('2020-10', '2020-11')).toBe('مهر تا آذر ۱۳۹۹ (اکتبر تا نوامبر ۲۰۲۰)');
    expect(formatPersianDate('2020-12', '2021-01')).toBe('آذر تا بهمن ۱۳۹۹ (دسامبر ۲۰۲۰ تا ژانویه ۲۰۲۱)');
    expect(formatPersianDate('2020', '2021')).toBe('۱۳۹۸ تا ۱۴۰۰ (۲۰۲۰ تا ۲۰۲۱)');
  });

  test('heads a day with its Persian weekday', () => {
    expect(formatPersianDayHeading('2020-10-25')).toBe('یکشنبه ۴ آبان ۱۳۹۹ (۲۵ اکتبر ۲۰۲۰)');
  });
});

describe('under every time zone', () => {
  const original = process.env['TZ'];
  afterEach(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });

  test('renders the same Persian dates whatever process.env.TZ is', () => {
    const dates: [string, string?][] = [
      ['2020-10-24'],
      ['2020-10'],
      ['2020'],
      ['2020-09-27', '2020-10-03'],
      ['2021-03-20'],
      ['2021-03-21'],
    ];
    const render = () => dates.map(([from, until]) => formatPersianDate(from, until));
    process.env['TZ'] = 'UTC';
    const inUtc = render();
    // Zones far east and west of UTC, and Tehran's own, where a local midnight is another UTC day.
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Tehran', 'America/Los_Angeles']) {
      process.env['TZ'] = zone;
      expect(new Date(2020, 0, 1).getTimezoneOffset()).not.toBe(0);
      expect(render()).toEqual(inUtc);
    }
  });
});
