/**
 * The command line's side of the `added` rule: `npm run check:content` asks git which digests the
 * change adds and requires the date on those alone. A digest the change only corrects keeps
 * whatever it had. Run on a copy of the real content in a throwaway repository.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const NEW = 'articles/2020-10-26-dawn-iran-deploys-troops.md';
const CORRECTED = 'articles/2020-10-25-caspiannews-iranian-envoy-border-of-friendship.md';

const repo = realpathSync(mkdtempSync(join(tmpdir(), 'aras-added-')));
const content = join(repo, 'content');
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: repo });
const withoutAdded = (path: string) =>
  writeFileSync(join(content, path), readFileSync(join(content, path), 'utf8').replace(/^added: .*\n/m, ''));

cpSync(join(ROOT, 'content'), content, { recursive: true });
const digest = readFileSync(join(content, NEW), 'utf8');
rmSync(join(content, NEW));
git('init', '-q', '-b', 'main');
git('add', '.');
git('commit', '-q', '-m', 'the archive before the contribution');
git('checkout', '-q', '-b', 'contribution');
writeFileSync(join(content, NEW), digest);
withoutAdded(NEW);
withoutAdded(CORRECTED);
git('add', '.');
git('commit', '-q', '-m', 'a new digest and a correction, neither with an added date');
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('check:content on a branch', () => {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/check-content.ts'), '--content', content, '--base', 'main'],
    {
      encoding: 'utf8',
    },
  );
  const addedProblems = run.stdout.split('\n').filter((line) => line.includes('joined the site'));

  test('refuses the digest the branch adds without the day it joined the site', () => {
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(addedProblems).toHaveLength(1);
    expect(addedProblems[0]).toContain(NEW);
  });

  test('leaves a corrected digest alone', () => {
    expect(addedProblems.join('\n')).not.toContain(CORRECTED);
  });
});
