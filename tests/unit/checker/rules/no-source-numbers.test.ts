import { describe, expect, test } from 'vitest';
import { noSourceNumbers } from '../../../../src/lib/checker/rules/no-source-numbers.ts';
import { sourceLabels } from '../../../../src/lib/model/sourceLabels.ts';
import { lint } from '../../../support/body-rules.ts';

describe('sourceLabels', () => {
  test.each([
    ['source 000 calls it Martuni', 'source 000'],
    ['as in Source 4.', 'Source 4'],
    ['(sources #3 and 5)', 'sources #3'],
    ['see source no. 12', 'source no. 12'],
  ])('finds the internal label in "%s"', (text, label) => {
    expect(sourceLabels(text).map((l) => l.text)).toEqual([label]);
  });

  test.each(['two sources said', 'the river’s source, 40 km upstream', 'open-source 2020 data'])(
    'finds none in "%s"',
    (text) => {
      expect(sourceLabels(text)).toEqual([]);
    },
  );
});

describe('noSourceNumbers', () => {
  test('refuses each internal label where it stands', () => {
    expect(lint(noSourceNumbers, 'Shelling.\n\nSource 000 calls it Martuni, source 004 Khojavend.')).toEqual([
      expect.objectContaining({ severity: 'error', line: 3, column: 1 }),
      expect.objectContaining({
        message: '"source 004" is our internal number for a source article, which readers cannot look up.',
        line: 3,
        column: 30,
      }),
    ]);
  });

  test('says nothing about a digest that names its outlets', () => {
    expect(lint(noSourceNumbers, 'Dawn calls it Martuni; Caspian News, Khojavend.')).toEqual([]);
  });
});
