/**
 * The byte budget of a file under /data/ (EXPORT_BUDGET_BYTES in consts.ts), found by the whole
 * file it belongs to. Pure.
 */
import { EXPORT_BUDGET_BYTES } from '../../consts.ts';
import { wholePathOf } from './parts.ts';

/** `exportBudget('events/2020-10.csv')` is the budget of events.csv; undefined for a file with none. */
export const exportBudget = (path: string): number | undefined => EXPORT_BUDGET_BYTES[wholePathOf(path)];

export interface ExportSize {
  /** Relative to /data/. */
  path: string;
  bytes: number;
  /** Undefined when the file has no budget, which the tests count as over it. */
  budget: number | undefined;
}

/** Sizes against budgets: `exportSizes([['events.csv', 12000]])`. */
export const exportSizes = (files: Iterable<readonly [path: string, bytes: number]>): ExportSize[] =>
  [...files].map(([path, bytes]) => ({ path, bytes, budget: exportBudget(path) }));

/** The files over their budget or without one: "events.csv: 4,000,000 bytes, budget 3,670,016". */
export const overBudget = (sizes: readonly ExportSize[]): string[] =>
  sizes
    .filter((s) => s.budget === undefined || s.bytes > s.budget)
    .map((s) =>
      s.budget === undefined
        ? `${s.path}: no budget; add one for ${wholePathOf(s.path)} to EXPORT_BUDGET_BYTES in src/consts.ts`
        : `${s.path}: ${s.bytes.toLocaleString('en')} bytes, budget ${s.budget.toLocaleString('en')}`,
    );
