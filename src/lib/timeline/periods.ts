/**
 * The timeline's periods: each entry belongs to the month it starts in, or to its year when
 * only the year is known. The month pages, the month exports and the timeline's month headings
 * all cut the entries by this one key.
 */
import { monthKey, precisionOf } from '../model/dates.ts';
import { formatDate } from '../model/dateFormat.ts';

/** A month of the timeline, or a year for entries known only to the year. */
export interface Period {
  /** "2020-10", or "2023" for entries known only to the year. */
  key: string;
  /** "October 2020", or "2023". */
  label: string;
  precision: 'month' | 'year';
}

/**
 * The key of the period a date (or a span starting on it) belongs to: `periodKeyOf('2020-10-27')`
 * is "2020-10", `periodKeyOf('2023')` is "2023".
 */
export const periodKeyOf = (date: string) => monthKey(date) ?? date;

/** The period an entry belongs to, by the date it starts on. */
export const periodKey = (entry: { when: { date: string } }) => periodKeyOf(entry.when.date);

/** The period a key names: `periodOf('2020-10')` is October 2020. */
export const periodOf = (key: string): Period => ({
  key,
  label: formatDate(key),
  precision: precisionOf(key) === 'year' ? 'year' : 'month',
});

/**
 * Periods in time order: a year ("2020") before its months ("2020-01" … "2020-12"), as the
 * timeline puts entries known only to the year before that year's months. ISO keys sort as text.
 */
export const comparePeriodKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The months after its first that an entry's span reaches, where it is shown again as continuing:
 * a span from 27 September to 3 October 2020 continues into "2020-10". Entries known only to the
 * year, and spans that end in the month they start, continue nowhere.
 */
export function continuesInto(entry: { when: { date: string; until?: string | undefined } }): string[] {
  const { date, until } = entry.when;
  const first = monthKey(date);
  const last = until === undefined ? undefined : monthKey(until);
  if (!first || !last) return [];
  const out: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (;;) {
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) return out;
    out.push(key);
  }
}
