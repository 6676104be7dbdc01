import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/checker/checker.ts';
import { FIXTURES, readContent } from '../../support/content-files.ts';

const good = readContent(`${FIXTURES}/good`);
const [first] = good.articles;
const withoutAdded = {
  ...good,
  articles: good.articles.map((f) => ({ ...f, text: f.text.replace(/^added:.*\n/m, '') })),
};
const problemsFor = (files: typeof good, newFiles: string[]) =>
  checkContent(files, { today: '2026-12-01', newFiles: new Set(newFiles) }).filter((p) => p.field === 'added');

describe('the date a digest was added', () => {
  test('is required on an article file the change adds, pointed at its first field', () => {
    const problems = problemsFor(withoutAdded, [first!.path]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: first!.path, severity: 'error', line: 2 });
    expect(problems[0]!.fix).toContain('npm run new:article');
  });

  test('is not required on a file already on the site', () => {
    expect(problemsFor(withoutAdded, [])).toEqual([]);
  });

  test('satisfies the rule when a new file has it', () => {
    const dated = {
      ...good,
      articles: good.articles.map((f) => ({
        ...f,
        text: f.text.replace(/^published:\n(?: {2}.*\n)+/m, (block) => `${block}added: "2026-12-01"\n`),
      })),
    };
    expect(problemsFor(dated, [first!.path])).toEqual([]);
  });
});
