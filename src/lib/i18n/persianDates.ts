/**
 * Partial dates for Persian readers: the Solar Hijri date first, the Gregorian date beside it,
 * both in Persian digits, only as precise as the date is known. Pure: it needs only the ICU that
 * comes with the pinned Node (its Persian calendar), and works in UTC so that the build machine's
 * time zone can never move a date by a day.
 *
 * Gregorian and Solar Hijri months do not line up (a Gregorian month starts around the tenth of a
 * Persian one), so a date known only to the month or year names every Persian month or year it
 * overlaps: October 2020 is "مهر و آبان ۱۳۹۹", never a single month it might not fall in.
 */
import { isoParts, precisionOf, type DateParts } from '../model/dates.ts';

/** A date as a Persian reader sees it: Solar Hijri, and the Gregorian date it renders. */
export interface PersianDate {
  /** "۳ آبان ۱۳۹۹", "مهر و آبان ۱۳۹۹", "۱۳۹۸ و ۱۳۹۹". */
  solar: string;
  /** "۲۴ اکتبر ۲۰۲۰", "اکتبر ۲۰۲۰", "۲۰۲۰". */
  gregorian: string;
}

// Built once: constructing an Intl formatter is slow, and every entry on every page has a date.
const UTC = { timeZone: 'UTC' } as const;
const solarNumbers = new Intl.DateTimeFormat('fa-IR-u-ca-persian-nu-latn', {
  ...UTC,
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
});
const solarMonthName = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { ...UTC, month: 'long' });
const gregorianMonthName = new Intl.DateTimeFormat('fa-IR-u-ca-gregory', { ...UTC, month: 'long' });
const weekdayName = new Intl.DateTimeFormat('fa-IR', { ...UTC, weekday: 'long' });
const digits = new Intl.NumberFormat('fa-IR', { useGrouping: false });

/** Joins two alternatives ("مهر و آبان") and the two ends of a span ("۶ تا ۱۲ مهر"). */
const AND = ' و ';
const TO = ' تا ';

interface SolarDay {
  day: number;
  month: number;
  year: number;
  monthName: string;
}

function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC reads years 0-99 as 1900-1999.
  date.setUTCFullYear(year);
  return date;
}

function solarDay(date: Date): SolarDay {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(solarNumbers.formatToParts(date).find((p) => p.type === type)?.value);
  return { day: part('day'), month: part('month'), year: part('year'), monthName: solarMonthName.format(date) };
}

/** The first and last day a partial date can mean, in UTC. */
function bounds(parts: DateParts): [Date, Date] {
  if (parts.day !== undefined) {
    const day = utcDate(parts.year, parts.month ?? 1, parts.day);
    return [day, day];
  }
  if (parts.month !== undefined) return [utcDate(parts.year, parts.month, 1), utcDate(parts.year, parts.month + 1, 0)];
  return [utcDate(parts.year, 1, 1), utcDate(parts.year, 12, 31)];
}

const n = (value: number) => digits.format(value);
const solarFull = (d: SolarDay) => `${n(d.day)} ${d.monthName} ${n(d.year)}`;
const solarMonth = (d: SolarDay) => `${d.monthName} ${n(d.year)}`;

/** The Persian months from `a` to `b`, joined by `joiner`: "مهر و آبان ۱۳۹۹", "اسفند ۱۳۹۹ و فروردین ۱۴۰۰". */
function solarMonths(a: SolarDay, b: SolarDay, joiner: string): string {
  if (a.year === b.year && a.month === b.month) return solarMonth(a);
  if (a.year === b.year) return `${a.monthName}${joiner}${solarMonth(b)}`;
  return `${solarMonth(a)}${joiner}${solarMonth(b)}`;
}

/** The Persian years from `a` to `b`: "۱۳۹۸ و ۱۳۹۹". */
function solarYears(a: SolarDay, b: SolarDay, joiner: string): string {
  return a.year === b.year ? n(a.year) : `${n(a.year)}${joiner}${n(b.year)}`;
}

/** From one day to another, saying the shared month and year once: "۶ تا ۱۲ مهر ۱۳۹۹". */
function solarDays(a: SolarDay, b: SolarDay): string {
  if (a.year === b.year && a.month === b.month) return `${n(a.day)}${TO}${solarFull(b)}`;
  if (a.year === b.year) return `${n(a.day)} ${a.monthName}${TO}${solarFull(b)}`;
  return `${solarFull(a)}${TO}${solarFull(b)}`;
}

function gregorianText(parts: DateParts): string {
  if (parts.month === undefined) return n(parts.year);
  const month = gregorianMonthName.format(utcDate(parts.year, parts.month, 1));
  return parts.day === undefined ? `${month} ${n(parts.year)}` : `${n(parts.day)} ${month} ${n(parts.year)}`;
}

/** A Gregorian span, saying the shared month and year once: "۲۷ سپتامبر تا ۳ اکتبر ۲۰۲۰". */
function gregorianSpan(a: DateParts, b: DateParts): string {
  const end = gregorianText(b);
  if (a.year !== b.year) return `${gregorianText(a)}${TO}${end}`;
  if (a.month === undefined) return `${n(a.year)}${TO}${end}`;
  const month = gregorianMonthName.format(utcDate(a.year, a.month, 1));
  if (a.day === undefined) return `${month}${TO}${end}`;
  return a.month === b.month ? `${n(a.day)}${TO}${end}` : `${n(a.day)} ${month}${TO}${end}`;
}

/**
 * A partial date or a span for Persian readers, only as precise as it is known.
 * `persianDate('2020-10-24')` is `{ solar: '۳ آبان ۱۳۹۹', gregorian: '۲۴ اکتبر ۲۰۲۰' }`;
 * `persianDate('2020-10')` is `{ solar: 'مهر و آبان ۱۳۹۹', gregorian: 'اکتبر ۲۰۲۰' }`;
 * `persianDate('2020-09-27', '2020-10-03')` is
 * `{ solar: '۶ تا ۱۲ مهر ۱۳۹۹', gregorian: '۲۷ سپتامبر تا ۳ اکتبر ۲۰۲۰' }`.
 */
export function persianDate(from: string, until?: string): PersianDate {
  const a = isoParts(from);
  const b = until === undefined ? a : isoParts(until);
  const [start] = bounds(a).map(solarDay) as [SolarDay, SolarDay];
  const [, end] = bounds(b).map(solarDay) as [SolarDay, SolarDay];
  const joiner = until === undefined ? AND : TO;
  const precision = precisionOf(from);
  const solar =
    precision === 'day'
      ? until === undefined
        ? solarFull(start)
        : solarDays(start, end)
      : precision === 'month'
        ? solarMonths(start, end, joiner)
        : solarYears(start, end, joiner);
  return { solar, gregorian: until === undefined ? gregorianText(a) : gregorianSpan(a, b) };
}

/** The Solar Hijri date with the Gregorian beside it: "۳ آبان ۱۳۹۹ (۲۴ اکتبر ۲۰۲۰)". */
export function formatPersianDate(from: string, until?: string): string {
  const { solar, gregorian } = persianDate(from, until);
  return `${solar} (${gregorian})`;
}

/** A day heading: "شنبه ۳ آبان ۱۳۹۹ (۲۴ اکتبر ۲۰۲۰)". */
export function formatPersianDayHeading(iso: string): string {
  const { year, month = 1, day = 1 } = isoParts(iso);
  return `${weekdayName.format(utcDate(year, month, day))} ${formatPersianDate(iso)}`;
}
