import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { load, CORE_SCHEMA } from 'js-yaml';
import { checkContent } from '../../../src/lib/checker/checker.ts';
import { formatProblem } from '../../../src/lib/model/problems.ts';
import { articleSchema, placeSchema } from '../../../src/lib/model/schema.ts';
import { followWorkedExample, readGuideExample, runGuideCommand } from '../../support/contributing-example.ts';
import { readContent } from '../../support/content-files.ts';

const work = mkdtempSync(join(tmpdir(), 'aras-guide-'));
const content = join(work, 'content');
cpSync(new URL('../../../content', import.meta.url).pathname, content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));
// Each command starts Node, and the new-place command reads the whole of GeoNames' city list.
const SLOW = 60_000;

describe('the worked example in CONTRIBUTING.md', () => {
  const guide = readGuideExample();

  test('gives two commands and the two files they lead to', () => {
    expect(guide.commands).toHaveLength(2);
    expect([...guide.files.keys()]).toEqual([
      'content/places/meghri.yaml',
      'content/articles/2020-10-29-example-daily-trucks-keep-crossing-meghri-fighting.md',
    ]);
  });

  test(
    'scaffolds, fills and passes the checker with no message at all',
    () => {
      const { written, output } = followWorkedExample(content);
      expect(output).toContain('GeoNames has Meghri, AM (Syunik) at 38.90123, 46.24308.');
      expect(written).toEqual([
        'places/meghri.yaml',
        'articles/2020-10-29-example-daily-trucks-keep-crossing-meghri-fighting.md',
      ]);
      expect(checkContent(readContent(content)).map(formatProblem)).toEqual([]);

      // The filled files hold exactly what the guide shows.
      for (const [path, example] of guide.files) {
        const filled = readFileSync(join(work, path), 'utf8');
        if (path.endsWith('.md')) {
          const frontmatter = (text: string) => load(text.split('---\n')[1] ?? '', { schema: CORE_SCHEMA });
          expect(articleSchema.parse(frontmatter(filled))).toEqual(articleSchema.parse(frontmatter(example)));
          expect(filled.slice(filled.indexOf('\n---\n'))).toBe(example.slice(example.indexOf('\n---\n')));
        } else
          expect(placeSchema.parse(load(filled, { schema: CORE_SCHEMA }))).toEqual(
            placeSchema.parse(load(example, { schema: CORE_SCHEMA })),
          );
      }
    },
    SLOW,
  );

  test('the translation of the section on translating passes, and the date it warns about is refused', () => {
    expect([...guide.translations.keys()]).toEqual([
      'content/translations/fa/2020-10-29-example-daily-trucks-keep-crossing-meghri-fighting.md',
    ]);
    const [[path, text]] = [...guide.translations] as [[string, string]];
    mkdirSync(dirname(join(work, path)), { recursive: true });
    writeFileSync(join(work, path), text);
    const files = readContent(content);
    expect(files.translations?.map((f) => f.path)).toContain(path);
    // Runs after the worked example above, whose digest this file translates.
    expect(checkContent(files).map(formatProblem)).toEqual([]);

    const eventKey = guide.wrongDate.split('\n')[0]!;
    const withDate = text.replace(`${eventKey}\n`, guide.wrongDate);
    expect(withDate, 'the guide’s wrong date must go into the file').not.toBe(text);
    writeFileSync(join(work, path), withDate);
    const problems = checkContent(readContent(content));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: path, field: 'events.meghri-crossing-stays-open.when', line: 6 });
    expect(problems[0]!.message).toContain('it says 2020-10-27');
    expect(problems[0]!.message).toContain('says 2020-10-28');
    writeFileSync(join(work, path), text);
  });

  test(
    'the scaffolds refuse to overwrite what they wrote',
    () => {
      for (const command of guide.commands) {
        const run = runGuideCommand(command, content);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/already (exists|digests)/);
      }
    },
    SLOW,
  );
});
