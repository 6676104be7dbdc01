import { describe, expect, test } from 'vitest';
import { noBareAddresses } from '../../../../src/lib/checker/rules/no-bare-addresses.ts';
import { lint } from '../../../support/body-rules.ts';

describe('noBareAddresses', () => {
  test('warns about a bare address, at it, without its closing punctuation', () => {
    expect(lint(noBareAddresses, 'More at www.example.org/report.')).toEqual([
      {
        severity: 'warning',
        message: 'The web address "www.example.org/report" is written bare: on the site it is plain text, not a link.',
        fix: 'Make it a link whose words say where it leads: [what the page is](https://www.example.org/report).',
        line: 1,
        column: 9,
      },
    ]);
  });

  test('finds the line of an address in a later line of a paragraph', () => {
    expect(lint(noBareAddresses, 'First line\nsee https://example.org').map((f) => [f.line, f.column])).toEqual([
      [2, 5],
    ]);
  });

  test('leaves an address that is a link’s own words alone', () => {
    expect(lint(noBareAddresses, '[https://example.org](https://example.org)')).toEqual([]);
  });
});
