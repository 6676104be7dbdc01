import { describe, expect, test } from 'vitest';
import { placeAnchor, placeFromHash, placeHash } from '../../../src/lib/map/placeAnchor.ts';

describe('the place fragment', () => {
  test('names a place’s row and the hash that points at it', () => {
    expect(placeAnchor('jolfa')).toBe('place-jolfa');
    expect(placeHash('jolfa')).toBe('#place-jolfa');
  });

  test('reads back the place a hash was made for, and nothing else', () => {
    expect(placeFromHash(placeHash('khoda-afarin'))).toBe('khoda-afarin');
    expect(placeFromHash('#place-<img>')).toBeUndefined();
    expect(placeFromHash('#event-jolfa')).toBeUndefined();
    expect(placeFromHash('')).toBeUndefined();
  });
});
