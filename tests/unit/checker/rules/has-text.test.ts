import { describe, expect, test } from 'vitest';
import { hasText } from '../../../../src/lib/checker/rules/has-text.ts';
import { lint } from '../../../support/body-rules.ts';

describe('hasText', () => {
  test('refuses a body of headings alone, on the line after the frontmatter', () => {
    expect(lint(hasText, '---\na: 1\n---\n## Key facts')).toEqual([
      expect.objectContaining({ severity: 'error', message: 'The digest has no text.', line: 4, column: 1 }),
    ]);
  });

  test('places the error on the last line when the file ends at the frontmatter, or is empty', () => {
    expect(lint(hasText, '---\na: 1\n---').map((f) => f.line)).toEqual([3]);
    expect(lint(hasText, '').map((f) => f.line)).toEqual([1]);
  });

  test.each([
    ['a paragraph', 'Guards units reinforced the border.'],
    ['a list', '- one fact'],
    ['a quotation', '> a quote'],
  ])('accepts %s', (_, body) => {
    expect(lint(hasText, `---\na: 1\n---\n${body}`)).toEqual([]);
  });
});
