import { describe, expect, test } from 'vitest';
import { noDirectionOverrides } from '../../../../src/lib/checker/rules/no-direction-overrides.ts';
import { lint } from '../../../support/body-rules.ts';

describe('noDirectionOverrides', () => {
  test('reports a right-to-left override where it stands', () => {
    expect(lint(noDirectionOverrides, 'Calm.\n\nThe paper \u202Edias\u202C so.')).toEqual([
      expect.objectContaining({
        severity: 'error',
        message:
          'The text holds an invisible right-to-left override (U+202E), which makes the words after it display in another order than they are written.',
        line: 3,
        column: 11,
      }),
    ]);
  });

  test('reports an override written as an HTML character reference, which Markdown decodes', () => {
    expect(lint(noDirectionOverrides, 'The paper &#x202E;dias&#8236; so.').map((f) => [f.line, f.message])).toEqual([
      [1, expect.stringContaining('(U+202E)')],
    ]);
  });

  test.each([
    ['left-to-right embedding', '\u202A', 'U+202A'],
    ['right-to-left embedding', '\u202B', 'U+202B'],
    ['pop directional formatting', '\u202C', 'U+202C'],
    ['left-to-right override', '\u202D', 'U+202D'],
  ])('reports a %s too', (name, char, code) => {
    expect(lint(noDirectionOverrides, `Before ${char}after.`).map((f) => f.message)).toEqual([
      `The text holds an invisible ${name} (${code}), which makes the words after it display in another order than they are written.`,
    ]);
  });

  test('finds overrides in code, link addresses and link titles', () => {
    const found = lint(
      noDirectionOverrides,
      'Code `a\u202Eb`.\n\n[link](https://example.org/\u202Ex "t")\n\n[other](https://example.org/ "ti\u202Etle")',
    );
    expect(found.map((f) => f.line)).toEqual([1, 3, 5]);
  });

  test('allows the marks and isolates that Persian and mixed-direction text needs', () => {
    const persian = 'The IRGC (\u2067سپاه\u2069) said \u200Fجلفا\u200F and \u2066Jolfa\u2069 \u200Eare one.';
    expect(lint(noDirectionOverrides, persian)).toEqual([]);
  });
});
