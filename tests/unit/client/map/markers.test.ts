import { describe, expect, test } from 'vitest';
import { listNames } from '../../../../src/client/map/markers.ts';

describe('naming the places of a cluster', () => {
  test('lists two or more places with "and" before the last', () => {
    expect(listNames(['Jolfa', 'Julfa'])).toBe('Jolfa and Julfa');
    expect(listNames(['Jolfa', 'Julfa', 'Ordubad'])).toBe('Jolfa, Julfa and Ordubad');
  });

  test('names a single place as it is, and no place as nothing', () => {
    expect(listNames(['Jolfa'])).toBe('Jolfa');
    expect(listNames([])).toBe('');
  });
});
