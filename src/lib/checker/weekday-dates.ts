/**
 * Weekdays that disagree with the calendar in a digest's fields: a weekday beside a date in any
 * text ("Tuesday 28 October"), and a date note's quoted weekday ("On Sunday" in a report of …)
 * against the day the note resolves it to. The body has its own rule (`rules/weekday-dates.ts`).
 */
import { formatDate } from '../model/dateFormat.ts';
import { fieldPath, type PathKey, type Problem } from '../model/problems.ts';
import { quotedWeekdayMismatch, weekdayMismatches, type WeekdayMismatch } from '../model/weekdays.ts';
import type { Parsed } from './read-file.ts';

/** What is wrong, said once for the fields and the body. */
export function weekdayMessage(m: WeekdayMismatch): string {
  return `"${m.written}" is written beside ${formatDate(m.date)}, which was a ${m.actual}.`;
}

export const WEEKDAY_FIX =
  'Check the weekday and the date against the article: resolve a relative day ("on Sunday") from the publication date, and correct whichever is wrong.';

/** The year a digest's undated-year mentions ("28 October") fall in: its publication year. */
export function publicationYear(raw: unknown): number | undefined {
  const date = (raw as { published?: { date?: unknown } } | undefined)?.published?.date;
  const text = date instanceof Date ? date.toISOString() : typeof date === 'string' ? date : '';
  return /^\d{4}/.test(text) ? Number(text.slice(0, 4)) : undefined;
}

const dayText = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** One warning per weekday the calendar contradicts, at its field's line. */
export function weekdayProblems(parsed: Parsed<unknown>): Problem[] {
  const year = publicationYear(parsed.raw);
  const problems: Problem[] = [];
  const report = (path: PathKey[], m: WeekdayMismatch) =>
    problems.push({
      file: parsed.file.path,
      field: fieldPath(path),
      message: weekdayMessage(m),
      fix: WEEKDAY_FIX,
      severity: 'warning',
      ...(parsed.yaml?.locate(path) ?? { line: 1, column: 1 }),
    });
  const visit = (value: unknown, path: PathKey[]) => {
    if (typeof value === 'string') for (const m of weekdayMismatches(value, year)) report(path, m);
    else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      const dating = value as { date?: unknown; until?: unknown; note?: unknown };
      // A note's quoted weekday is the day the dating resolves to, when that is one day.
      if (typeof dating.note === 'string' && dating.date !== undefined && dating.until === undefined) {
        const m = quotedWeekdayMismatch(dating.note, dayText(dating.date));
        if (m) report([...path, 'note'], m);
      }
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    }
  };
  visit(parsed.raw, []);
  return problems;
}
