import { describe, expect, test } from 'vitest';
import { count, plural } from '../../../src/lib/site/count.ts';

describe('count', () => {
  test('uses the singular for exactly one', () => {
    expect(count(1, 'entry')).toBe('1 entry');
    expect(count(1, 'event')).toBe('1 event');
  });

  test('uses the plural for none and for many', () => {
    expect(count(0, 'entry')).toBe('0 entries');
    expect(count(2, 'entry')).toBe('2 entries');
    expect(count(150, 'claim')).toBe('150 claims');
    expect(count(0, 'problem')).toBe('0 problems');
  });

  test('knows the plurals that are not the word plus "s"', () => {
    expect(plural('entry')).toBe('entries');
    expect(plural('article')).toBe('articles');
  });
});
