/**
 * The /data/ page's list: the files of the catalogue grouped by kind (one line for all the month
 * files), each with its size, and one example record per group.
 */
import { LICENCES, type DataFile } from './catalogue.ts';

/** A size for readers: `formatBytes(1536)` is "1.5 KB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toLocaleString('en', { maximumFractionDigits: 1 })} ${units[unit]}`;
}

export interface ListedGroup {
  /** "timeline/<period>.json", or the one file's path. */
  group: string;
  description: string;
  format: DataFile['format'];
  licence: (typeof LICENCES)[keyof typeof LICENCES];
  /** Every file in the group with its size, and for a part of a file cut by period, that period ("October 2020"). */
  files: { path: string; bytes: number; period?: string }[];
  totalBytes: number;
  /** One record of the group's first file. */
  example: string;
}

/** Groups the files and reads each group's example from the text of its first file. */
export function listDataFiles(files: readonly DataFile[], bodies: ReadonlyMap<string, string>): ListedGroup[] {
  const groups = new Map<string, ListedGroup>();
  for (const file of files) {
    const body = bodies.get(file.path);
    if (body === undefined) throw new Error(`No text for /data/${file.path}: build it before listing it.`);
    const bytes = new TextEncoder().encode(body).length;
    const listedFile = { path: file.path, bytes, ...(file.period ? { period: file.period.label } : {}) };
    const listed = groups.get(file.group);
    if (listed) {
      listed.files.push(listedFile);
      listed.totalBytes += bytes;
      continue;
    }
    groups.set(file.group, {
      group: file.group,
      description: file.description,
      format: file.format,
      licence: LICENCES[file.licence],
      files: [listedFile],
      totalBytes: bytes,
      example: file.example(body),
    });
  }
  return [...groups.values()];
}
