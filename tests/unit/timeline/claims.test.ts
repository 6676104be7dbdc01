import { describe, expect, test } from 'vitest';
import { claimStatus, isContested } from '../../../src/lib/timeline/claims.ts';

describe('what a claim is called', () => {
  test('a claim someone is reported denying is contested', () => {
    const denied = { by: ['armenia'], deniedBy: ['azerbaijan'] };
    expect(isContested(denied)).toBe(true);
    expect(claimStatus(denied)).toBe('contested');
  });

  test('a claim nobody is reported denying is one side’s claim, not contested', () => {
    const undenied = { by: ['azerbaijan'], deniedBy: [] };
    expect(isContested(undenied)).toBe(false);
    expect(claimStatus(undenied)).toBe('claim');
  });

  test('an established fact has no claim at all', () => {
    expect(isContested(undefined)).toBe(false);
    expect(claimStatus(undefined)).toBeUndefined();
  });
});
