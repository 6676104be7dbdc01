import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findAlias } from '../../../src/lib/checker/yaml-aliases.ts';
import { checkContent } from '../../../src/lib/checker/checker.ts';
import { TODAY } from '../../support/bad-cases.ts';
import { FIXTURES, readContent, withFile } from '../../support/content-files.ts';
import { threadCpuMs } from '../../support/cpu-time.ts';

describe('findAlias', () => {
  test('finds the first anchor and counts the marks after it', () => {
    expect(findAlias('name: Jolfa\na: &x 1\nb: *x')).toEqual({
      token: '&x',
      position: { line: 2, column: 4 },
      count: 2,
    });
  });

  test('finds an alias inside a flow list, offset by the lines above the YAML', () => {
    expect(findAlias('aliases: [*x]', 1)).toEqual({ token: '*x', position: { line: 2, column: 11 }, count: 1 });
  });

  test('finds a merge key’s alias', () => {
    expect(findAlias('<<: *base\nname: x')?.token).toBe('*base');
  });

  test('finds an alias under nesting deeper than the call stack goes', () => {
    const depth = 20_000;
    const text = `a: ${'['.repeat(depth)}*x${']'.repeat(depth)}`;
    expect(findAlias(text)).toEqual({ token: '*x', position: { line: 1, column: 4 + depth }, count: 1 });
  });

  test('ignores & and * inside texts, quoted or not, and in block texts', () => {
    expect(findAlias('a: "&y *z"\nb: AT&T said *this*\nc: >-\n  &folded *text\nd: |\n  &literal *text')).toBe(
      undefined,
    );
  });
});

/** What `run` returns and the processor time it took, in ms: expanding the aliases took minutes of it. */
function cpuMillis<T>(run: () => T): [T, number] {
  const before = process.threadCpuUsage();
  const result = run();
  return [result, threadCpuMs(before)];
}

describe('a billion-laughs file', () => {
  const laughs = readFileSync(join(FIXTURES, 'bad/places/laughs.yaml'), 'utf8');
  const good = readContent(join(FIXTURES, 'good'));
  // The first run compiles the checker's code; what is measured is the file, not that.
  checkContent(good, { today: TODAY });

  test('is ten lines that would expand into 387 million values', () => {
    expect(laughs.trimEnd().split('\n')).toHaveLength(10);
  });

  test('is refused by the checker within a second, at its first anchor', () => {
    const files = withFile(good, 'places/laughs.yaml', laughs);
    const [problems, took] = cpuMillis(() => checkContent(files, { today: TODAY }));
    expect(took).toBeLessThan(1000);
    expect(problems.map((p) => [p.file, p.field, p.line, p.column])).toEqual([
      ['content/places/laughs.yaml', '(yaml)', 2, 4],
    ]);
    expect(problems[0]?.fix).toContain('Write each value out in full');
  });

  test('is refused in a digest’s frontmatter too, one level deeper', () => {
    const digest = `---\n${laughs.replace('name: Laughs\n', '').replace(/^i: .*$/m, (line) => `${line}\nj: &j [*i, *i, *i, *i, *i, *i, *i, *i, *i]`)}---\n\nText.\n`;
    const files = withFile(good, 'articles/2020-10-27-laughs.md', digest);
    const [problems, took] = cpuMillis(() => checkContent(files, { today: TODAY }));
    expect(took).toBeLessThan(1000);
    expect(problems.filter((p) => p.field === '(yaml)').map((p) => [p.line, p.column])).toEqual([[2, 4]]);
  });
});
