/**
 * When a file under /data/ is cut into parts, and how: the one rule every export that grows with
 * the archive follows (timeline.json, articles.json, events.csv, articles.csv, timelinejs.json).
 * A file holds all its records while there are no more than WHOLE_EXPORT_LIMIT of them; beyond,
 * they go into one part per period of the timeline (periods.ts), so no file grows without bound.
 * Pure.
 */
import { periodKeyOf, periodOf, type Period } from '../timeline/periods.ts';

/** Up to this many records, an export holds them all in one file; beyond, one file per period. */
export const WHOLE_EXPORT_LIMIT = 5000;

/** Whether one file holds `count` records: `isWhole(5000)` is true, `isWhole(5001)` false. */
export const isWhole = (count: number) => count <= WHOLE_EXPORT_LIMIT;

/** The records of one period, in the order they were given. */
export interface Part<T> extends Period {
  records: T[];
}

/**
 * Records under the period their date belongs to, periods in key order:
 * `byPeriod(events, (e) => e.when.date)` puts an event of 2020-10-27 under "2020-10".
 */
export function byPeriod<T>(records: readonly T[], dateOf: (record: T) => string): Part<T>[] {
  const byKey = new Map<string, T[]>();
  for (const record of records) {
    const key = periodKeyOf(dateOf(record));
    const list = byKey.get(key);
    if (list) list.push(record);
    else byKey.set(key, [record]);
  }
  return [...byKey].sort(([a], [b]) => a.localeCompare(b)).map(([key, list]) => ({ ...periodOf(key), records: list }));
}

/** The records in parts by period when one file should not hold them all; undefined when it should. */
export const partsIfLarge = <T>(records: readonly T[], dateOf: (record: T) => string): Part<T>[] | undefined =>
  isWhole(records.length) ? undefined : byPeriod(records, dateOf);

/**
 * Where a part of a whole file lives, beside it in a folder named for it:
 * `partPath('events.csv', '2020-10')` is "events/2020-10.csv".
 */
export function partPath(wholePath: string, key: string): string {
  const dot = wholePath.lastIndexOf('.');
  return `${wholePath.slice(0, dot)}/${key}${wholePath.slice(dot)}`;
}

/**
 * The whole file a file in a folder under /data/ stands for, the reverse of partPath:
 * `wholePathOf('events/2020-10.csv')` is "events.csv", `wholePathOf('events.csv')` itself.
 */
export function wholePathOf(path: string): string {
  const slash = path.indexOf('/');
  return slash < 0 ? path : `${path.slice(0, slash)}${path.slice(path.lastIndexOf('.'))}`;
}
