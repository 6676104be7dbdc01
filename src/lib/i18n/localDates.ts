/**
 * Dates in each of the site's languages, only as precise as they are known: English as the
 * site has always written them, Persian in the Solar Hijri calendar with the Gregorian beside it,
 * Azerbaijani in its own month names. Pure, and in UTC, so the build machine's time zone can
 * never move a date by a day.
 */
import type { Locale } from '../../i18n/locales.ts';
import { formatDate, formatDating, formatDayHeading, formatShortMonth, formatSpan } from '../model/dateFormat.ts';
import { isoParts } from '../model/dates.ts';
import { formatPersianDate, formatPersianDayHeading } from './persianDates.ts';

const UTC = { timeZone: 'UTC' } as const;
const azDay = new Intl.DateTimeFormat('az-Latn-AZ', { ...UTC, day: 'numeric', month: 'long', year: 'numeric' });
const azMonth = new Intl.DateTimeFormat('az-Latn-AZ', { ...UTC, month: 'long', year: 'numeric' });
const azWeekday = new Intl.DateTimeFormat('az-Latn-AZ', { ...UTC, weekday: 'long' });
// The time axis is laid out in Gregorian months, so its ticks name Gregorian months, in each language.
const shortMonth = {
  fa: new Intl.DateTimeFormat('fa-IR-u-ca-gregory', { ...UTC, month: 'short' }),
  az: new Intl.DateTimeFormat('az-Latn-AZ', { ...UTC, month: 'short' }),
} as const;
const tickNumber = {
  fa: new Intl.NumberFormat('fa-IR', { useGrouping: false }),
  az: new Intl.NumberFormat('az-Latn-AZ', { useGrouping: false }),
} as const;

function azDate(iso: string): string {
  const { year, month, day } = isoParts(iso);
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  date.setUTCFullYear(year);
  if (day !== undefined) return azDay.format(date);
  if (month !== undefined) return azMonth.format(date);
  return String(year);
}

/**
 * A partial date or span in a language: `formatWhen('en', '2020-10')` is "October 2020";
 * `formatWhen('fa', '2020-10-24')` is "۳ آبان ۱۳۹۹ (۲۴ اکتبر ۲۰۲۰)".
 */
export function formatWhen(locale: Locale, from: string, until?: string): string {
  switch (locale) {
    case 'en':
      return formatSpan(from, until);
    case 'fa':
      return formatPersianDate(from, until);
    case 'az':
      return until === undefined ? azDate(from) : `${azDate(from)} – ${azDate(until)}`;
  }
}

/**
 * A dating in a language: a date, a span it lasted throughout, or a window it happened sometime
 * within: `formatWhenDating('az', { date: '2020-09-27', until: '2020-10-03', sometime: true })` is
 * "27 sentyabr 2020 ilə 3 oktyabr 2020 arasında bir vaxt".
 */
export function formatWhenDating(
  locale: Locale,
  dating: { date: string; until?: string | undefined; sometime?: boolean | undefined },
): string {
  if (locale === 'en') return formatDating(dating);
  if (dating.until === undefined || !dating.sometime) return formatWhen(locale, dating.date, dating.until);
  const [start, end] = [formatWhen(locale, dating.date), formatWhen(locale, dating.until)];
  return locale === 'fa' ? `زمانی میان ${start} و ${end}` : `${start} ilə ${end} arasında bir vaxt`;
}

/** A single date (a correction's day, a month's name): `formatOne('en', '2020-11')` is "November 2020". */
export function formatOne(locale: Locale, iso: string): string {
  return locale === 'en' ? formatDate(iso) : formatWhen(locale, iso);
}

/** A day heading with its weekday: "Sunday 25 October 2020", "یکشنبه ۴ آبان ۱۳۹۹ (۲۵ اکتبر ۲۰۲۰)". */
export function formatDay(locale: Locale, iso: string): string {
  switch (locale) {
    case 'en':
      return formatDayHeading(iso);
    case 'fa':
      return formatPersianDayHeading(iso);
    case 'az': {
      const { year, month = 1, day = 1 } = isoParts(iso);
      return `${azDate(iso)}, ${azWeekday.format(new Date(Date.UTC(year, month - 1, day)))}`;
    }
  }
}

/**
 * A tick's label on the time axis, which is drawn in Gregorian time: a year, a month's short name,
 * or a day of the month, in the language's digits and names. `formatAxisTick('fa', 'month', '2020-10-01')`
 * is "اکتبر"; `formatAxisTick('fa', 'year', '2020')` is "۲۰۲۰"; `formatAxisTick('en', 'day', '2020-10-25')` is "25".
 */
export function formatAxisTick(locale: Locale, kind: 'year' | 'month' | 'day', iso: string): string {
  const { year, month = 1, day = 1 } = isoParts(iso);
  if (locale === 'en') return kind === 'year' ? String(year) : kind === 'month' ? formatShortMonth(iso) : String(day);
  if (kind === 'month') return shortMonth[locale].format(new Date(Date.UTC(year, month - 1, 1)));
  return tickNumber[locale].format(kind === 'year' ? year : day);
}
