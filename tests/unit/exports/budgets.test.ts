import { describe, expect, test } from 'vitest';
import { EXPORT_BUDGET_BYTES } from '../../../src/consts.ts';
import { exportBudget, exportSizes, overBudget } from '../../../src/lib/exports/budgets.ts';
import { wholePathOf } from '../../../src/lib/exports/parts.ts';

describe('export budgets', () => {
  test('hold a part, a month file, a place file and a schema to the budget of their whole file', () => {
    expect(wholePathOf('events/2020-10.csv')).toBe('events.csv');
    expect(exportBudget('events/2020-10.csv')).toBe(EXPORT_BUDGET_BYTES['events.csv']);
    expect(exportBudget('timeline/2023.json')).toBe(EXPORT_BUDGET_BYTES['timeline.json']);
    expect(exportBudget('places/jolfa.json')).toBe(EXPORT_BUDGET_BYTES['places.json']);
    expect(exportBudget('schemas/timeline.schema.json')).toBe(EXPORT_BUDGET_BYTES['schemas.json']);
    expect(exportBudget('places.geojson')).toBe(EXPORT_BUDGET_BYTES['places.geojson']);
  });

  test('name a file over its budget, and a file with none, saying where to add it', () => {
    const budget = EXPORT_BUDGET_BYTES['events.csv']!;
    const sizes = exportSizes([
      ['events.csv', budget],
      ['events/2020-10.csv', budget + 1],
      ['new.json', 1],
    ]);
    expect(overBudget(sizes)).toEqual([
      `events/2020-10.csv: ${(budget + 1).toLocaleString('en')} bytes, budget ${budget.toLocaleString('en')}`,
      'new.json: no budget; add one for new.json to EXPORT_BUDGET_BYTES in src/consts.ts',
    ]);
  });
});
