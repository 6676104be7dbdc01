import { describe, expect, test } from 'vitest';
import { noPlaceholder } from '../../../../src/lib/checker/rules/no-placeholder.ts';
import { lint } from '../../../support/body-rules.ts';

describe('noPlaceholder', () => {
  test('reports the scaffold’s TODO where it stands', () => {
    expect(lint(noPlaceholder, 'Done.\n\nStill TODO: the quotes.')).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: 'The scaffold\'s placeholder "TODO" is still here.',
        line: 3,
        column: 7,
      }),
    ]);
  });

  test('says nothing about a digest without one', () => {
    expect(lint(noPlaceholder, 'Guards units reinforced the border.')).toEqual([]);
  });
});
