import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/checker/checker.ts';
import { TODAY } from '../../support/bad-cases.ts';
import { FIXTURES, readContent } from '../../support/content-files.ts';

const good = readContent(join(FIXTURES, 'good'));

/** The good content with one place or actor file's text changed. */
function checkWith(collection: 'places' | 'actors', name: string, change: (text: string) => string) {
  const files = {
    ...good,
    [collection]: good[collection].map((f) => (f.path.endsWith(`/${name}`) ? { ...f, text: change(f.text) } : f)),
  };
  return checkContent(files, { today: TODAY });
}

describe('direction overrides in fields', () => {
  test('are refused in a place’s local name, at its line', () => {
    const problems = checkWith('places', 'jolfa.yaml', (t) => t.replace('fa: جلفا', 'fa: جل\u202Eفا'));
    expect(problems.map((p) => [p.file, p.field, p.line, p.column, p.message])).toEqual([
      [
        'content/places/jolfa.yaml',
        'localNames.fa',
        6,
        7,
        'The text holds an invisible right-to-left override (U+202E), which makes the words after it display in another order than they are written.',
      ],
    ]);
  });

  test('are refused when written as a YAML escape in a quoted text', () => {
    const problems = checkWith('actors', 'irgc.yaml', (t) => t.replace(/^name: .*$/m, 'name: "IRGC \\u202Bx"'));
    expect(problems.map((p) => [p.field, p.message.slice(0, 60)])).toEqual([
      ['name', 'The text holds an invisible right-to-left embedding (U+202B)'],
    ]);
  });

  test('are refused in an alias list item, each field once', () => {
    const problems = checkWith('places', 'jolfa.yaml', (t) =>
      t.replace('  - Julfa', '  - Ju\u202Dlfa\u202D').replace('  - Djulfa', '  - Dj\u202Aulfa'),
    );
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['aliases[0]', 3],
      ['aliases[1]', 4],
    ]);
  });

  test('marks and isolates stay allowed in every field', () => {
    const problems = checkWith('places', 'jolfa.yaml', (t) =>
      t
        .replace('fa: جلفا', 'fa: "\u2067جلفا\u2069\u200F"')
        .replace('  - Julfa', '  - Julfa\u200E (\u2066ջուլֆա\u2069)'),
    );
    expect(problems).toEqual([]);
  });
});
