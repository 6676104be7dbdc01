import { describe, expect, test } from 'vitest';
import { loneCarriageReturn, withoutLoneCarriageReturns } from '../../../src/lib/checker/line-endings.ts';

describe('lone carriage returns', () => {
  test('are found where an editor shows them', () => {
    expect(loneCarriageReturn('a: 1\nb: x\ry')).toEqual({ line: 2, column: 5 });
  });

  test('are not Windows line endings', () => {
    expect(loneCarriageReturn('a: 1\r\nb: 2\r\n')).toBeUndefined();
  });

  test('become spaces, keeping every other position', () => {
    expect(withoutLoneCarriageReturns('a\rb\r\nc\r')).toBe('a b\r\nc ');
  });
});
