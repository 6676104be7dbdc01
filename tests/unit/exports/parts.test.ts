import { describe, expect, test } from 'vitest';
import { WHOLE_EXPORT_LIMIT, byPeriod, isWhole, partPath, partsIfLarge } from '../../../src/lib/exports/parts.ts';

describe('cutting an export into parts', () => {
  test('keeps a file whole up to the limit and cuts it one record past it', () => {
    expect(isWhole(WHOLE_EXPORT_LIMIT)).toBe(true);
    expect(isWhole(WHOLE_EXPORT_LIMIT + 1)).toBe(false);
    const dates = (n: number) =>
      Array.from({ length: n }, (_, i) => `2020-${String((i % 12) + 1).padStart(2, '0')}-01`);
    expect(partsIfLarge(dates(WHOLE_EXPORT_LIMIT), (d) => d)).toBeUndefined();
    const parts = partsIfLarge(dates(WHOLE_EXPORT_LIMIT + 1), (d) => d)!;
    expect(parts).toHaveLength(12);
    expect(parts.reduce((n, p) => n + p.records.length, 0)).toBe(WHOLE_EXPORT_LIMIT + 1);
  });

  test('files records under the period of their date, as the month pages do, periods in order', () => {
    const parts = byPeriod(['2021-03-02', '2020-10-27', '2023', '2020-10', '2020-10-01'], (d) => d);
    expect(parts.map((p) => [p.key, p.label, p.records])).toEqual([
      ['2020-10', 'October 2020', ['2020-10-27', '2020-10', '2020-10-01']],
      ['2021-03', 'March 2021', ['2021-03-02']],
      ['2023', '2023', ['2023']],
    ]);
  });

  test('puts each part in a folder named for the whole file', () => {
    expect(partPath('events.csv', '2020-10')).toBe('events/2020-10.csv');
    expect(partPath('timelinejs.json', '2023')).toBe('timelinejs/2023.json');
  });
});
