/**
 * Weekdays written beside dates ("on Wednesday 28 October"), checked against the calendar: a
 * wrong weekday usually means the date was resolved from the wrong day. English only, since
 * digests are written in English. Needs nothing, like `dates.ts`.
 */

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A weekday that the calendar contradicts. */
export interface WeekdayMismatch {
  /** The weekday as written, and where it starts and ends in the text. */
  written: string;
  start: number;
  end: number;
  /** The date it stands beside, as YYYY-MM-DD, and the weekday that date really fell on. */
  date: string;
  actual: (typeof WEEKDAYS)[number];
}

/** The weekday of a full ISO date, on the calendar in UTC: `weekdayOf('2020-10-28')` is "Wednesday". */
export function weekdayOf(iso: string): (typeof WEEKDAYS)[number] {
  const [year = NaN, month = NaN, day = NaN] = iso.split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? 'Sunday';
}

const DAY = WEEKDAYS.join('|');
const MONTH = MONTHS.join('|');
// A weekday, an optional closing quote, comma or "(", then "28 October [2020]", "October 28[, 2020]"
// or "2020-10-28". The lookarounds keep "Monday" from matching inside a longer word.
const PAIR = new RegExp(
  `(?<![\\p{L}])(${DAY})(?![\\p{L}])["”’']?,?\\s*\\(?\\s*(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})(?:,?\\s+(\\d{4}))?|(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|(\\d{4})-(\\d{2})-(\\d{2}))(?![\\p{L}\\p{N}])`,
  'gu',
);

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The weekdays a text pairs with a date that fell on another day. A date written without a year
 * takes `year` (the publication's): `weekdayMismatches('on Tuesday 28 October', 2020)` finds
 * "Tuesday", 2020-10-28 being a Wednesday.
 */
export function weekdayMismatches(text: string, year: number | undefined): WeekdayMismatch[] {
  const found: WeekdayMismatch[] = [];
  for (const m of text.matchAll(PAIR)) {
    const [, written = '', d1, m1, y1, m2, d2, y2, isoY, isoM, isoD] = m;
    let iso: string | undefined;
    if (isoY && isoM && isoD) iso = `${isoY}-${isoM}-${isoD}`;
    else {
      const monthName = m1 ?? m2;
      const day = Number(d1 ?? d2);
      const y = (y1 ?? y2) ? Number(y1 ?? y2) : year;
      if (!monthName || y === undefined) continue;
      iso = `${y}-${pad(MONTHS.indexOf(monthName as (typeof MONTHS)[number]) + 1)}-${pad(day)}`;
    }
    const check = new Date(`${iso}T00:00:00Z`);
    // "31 November" is not a date; the schema and the reader will catch that, not this rule.
    if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== iso) continue;
    const actual = weekdayOf(iso);
    if (actual !== written) found.push({ written, start: m.index, end: m.index + written.length, date: iso, actual });
  }
  return found;
}

// "On Sunday" or "on Friday" in quotation marks: the article's own words, which the note resolves.
const QUOTED = new RegExp(`["“']\\s*[Oo]n (${DAY})(?![\\p{L}])`, 'u');

/**
 * A date note that quotes the article's relative weekday ("On Sunday" in a report of …) against
 * the single day it resolves to: the quoted weekday, if the day fell on another.
 * `quotedWeekdayMismatch('"On Sunday" in a report of Monday 26 October 2020.', '2020-10-24')` is
 * `{ written: 'Sunday', actual: 'Saturday', … }`.
 */
export function quotedWeekdayMismatch(note: string, date: string): WeekdayMismatch | undefined {
  const m = QUOTED.exec(note);
  const written = m?.[1];
  if (!m || !written || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const actual = weekdayOf(date);
  if (actual === written) return undefined;
  const start = m.index + m[0].length - written.length;
  return { written, start, end: start + written.length, date, actual };
}
