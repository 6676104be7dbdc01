import { describe, expect, test } from 'vitest';
import { correctionsInOrder, correctionsOfDigests, lastRevised } from '../../../src/lib/model/corrections.ts';

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

test('gathers the corrections of every digest reporting an event, oldest first, naming each digest', () => {
  const a = { id: 'a', corrections: [{ date: '2026-05-01', note: 'Dated the crash to 25 October.' }] };
  const b = { id: 'b', corrections: [{ date: '2026-02-01', note: 'Spelt Jolfa as the gazetteer does.' }] };
  const c: { id: string; corrections?: { date: string; note: string }[] } = { id: 'c' };
  expect(correctionsOfDigests([a, c, b]).map(({ digest, correction }) => [digest.id, correction.date])).toEqual([
    ['b', '2026-02-01'],
    ['a', '2026-05-01'],
  ]);
});
