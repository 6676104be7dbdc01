/**
 * Partial calendar dates: "2020-10-25", "2020-10" or "2020", never a moment in time: parsing,
 * checking and ordering them. Formatting for readers is in dateFormat.ts, which needs date-fns;
 * this module needs nothing, so the browser's filter code can use it too.
 */

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** Splits a partial ISO date: `isoParts('2020-10')` is `{ year: 2020, month: 10 }`. */
export function isoParts(iso: string): DateParts {
  const [year, month, day] = iso.split('-').map(Number);
  return {
    year: year ?? NaN,
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
  };
}

/** How precisely a partial ISO date is written: `precisionOf('2020-10')` is `'month'`. */
export function precisionOf(iso: string): DatePrecision {
  const parts = iso.split('-').length;
  return parts === 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

/** True if the date exists on the calendar: `isRealDate('2021-02-29')` is false. */
export function isRealDate(iso: string): boolean {
  const { year, month, day } = isoParts(iso);
  if (!Number.isInteger(year) || year < 1 || year > 9999) return false;
  if (month === undefined) return true;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Orders partial dates by the first day they could mean; at the same start, the less precise
 * date comes first, so "October 2020" opens October before "1 October 2020".
 */
export function compareDates(a: string, b: string): number {
  // Dates are written YYYY, YYYY-MM or YYYY-MM-DD with zero-padded parts (the schema sees to it),
  // so comparing the strings orders them, and a date sorts before the longer dates it begins.
  // Sorting 38,000 entries this way is cheap; splitting the strings on every comparison was not.
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * True if `a` certainly falls after `b`, comparing only as precisely as both are known:
 * "2020-10-27" is not after "2020-10" (it may be the same month), "2020-11-02" is.
 */
export function isCertainlyAfter(a: string, b: string): boolean {
  const depth = Math.min(a.split('-').length, b.split('-').length);
  const cut = (iso: string) => iso.split('-').slice(0, depth).join('-');
  return cut(a) > cut(b);
}

/** The key of the month a date falls in, or undefined for a year-only date: "2020-10". */
export function monthKey(iso: string): string | undefined {
  return precisionOf(iso) === 'year' ? undefined : iso.slice(0, 7);
}
