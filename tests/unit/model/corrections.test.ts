import { describe, expect, test } from 'vitest';
import { correctionsInOrder, lastRevised } from '../../../src/lib/model/corrections.ts';

describe('corrections', () => {
  const corrections = [
    { date: '2026-11-21', note: 'Dated the deployment to Sunday 25 October.' },
    { date: '2026-03-02', note: 'Spelt Khoda Afarin as the gazetteer does.' },
  ];

  test('lists corrections oldest first', () => {
    expect(correctionsInOrder(corrections).map((c) => c.date)).toEqual(['2026-03-02', '2026-11-21']);
  });

  test('dates the last revision to the latest correction', () => {
    expect(lastRevised(corrections)).toBe('2026-11-21');
  });

  test('has no revision date for a digest never corrected', () => {
    expect(lastRevised(undefined)).toBeUndefined();
    expect(lastRevised([])).toBeUndefined();
  });
});
