/**
 * The size of every file a build wrote under data/, against its budget (EXPORT_BUDGET_BYTES):
 * `npm run bench` reports the largest of each kind, and the build tests hold every file to it.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { exportSizes, type ExportSize } from '../../src/lib/exports/budgets.ts';
import { wholePathOf } from '../../src/lib/exports/parts.ts';

/** Every data file of a build (the /data/ page itself is a page, not an export), with its budget. */
export function dataFileSizes(dist: string): ExportSize[] {
  const root = join(dist, 'data');
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .filter((path) => path !== 'index.html')
    .sort();
  return exportSizes(files.map((path) => [path, statSync(join(root, path)).size] as const));
}

/** The largest file of each kind, with how many files of that kind there are. */
export function largestByKind(sizes: readonly ExportSize[]): (ExportSize & { kind: string; files: number })[] {
  const kinds = new Map<string, ExportSize & { kind: string; files: number }>();
  for (const size of sizes) {
    const kind = wholePathOf(size.path);
    const seen = kinds.get(kind);
    if (!seen) kinds.set(kind, { ...size, kind, files: 1 });
    else kinds.set(kind, { ...(size.bytes > seen.bytes ? size : seen), kind, files: seen.files + 1 });
  }
  return [...kinds.values()];
}

/** A Markdown table of export sizes per archive size, for the benchmark report. */
export function exportsMarkdown(results: readonly { articles: number; exports?: readonly ExportSize[] }[]): string[] {
  const kb = (bytes: number | undefined) => (bytes === undefined ? 'none' : (bytes / 1024).toFixed(0));
  const lines = [
    '',
    'Exports under data/: the largest file of each kind against its budget (raw KB; src/consts.ts):',
    '',
    '| digests | kind | files | largest | KB | budget KB |',
    '| ---: | --- | ---: | --- | ---: | ---: |',
  ];
  for (const r of results)
    for (const k of largestByKind(r.exports ?? []))
      lines.push(
        `| ${r.articles.toLocaleString('en')} | ${k.kind} | ${k.files} | \`${k.path}\` | ${kb(k.bytes)}${k.budget !== undefined && k.bytes > k.budget ? ' (over)' : ''} | ${kb(k.budget)} |`,
      );
  return lines;
}
