import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { changedFiles } from '../../../scripts/lib/changed-files.ts';

const repo = realpathSync(mkdtempSync(join(tmpdir(), 'aras-changed-')));
const content = join(repo, 'content');
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: repo });
const write = (path: string) => {
  mkdirSync(join(content, 'articles'), { recursive: true });
  writeFileSync(join(content, path), `${path}\n`);
};

git('init', '-q', '-b', 'main');
write('articles/2020-10-26-old.md');
write('articles/2020-10-27-corrected.md');
git('add', '.');
git('commit', '-q', '-m', 'base');
git('checkout', '-q', '-b', 'contribution');
write('articles/2020-10-01-committed.md');
writeFileSync(join(content, 'articles/2020-10-27-corrected.md'), 'a correction\n');
git('add', '.');
git('commit', '-q', '-m', 'new digest and a correction');
write('articles/2020-10-02-uncommitted.md');
writeFileSync(join(content, 'articles/2020-10-26-old.md'), 'an uncommitted correction\n');
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('changedFiles', () => {
  test('lists files committed since the base branch and files not yet committed', () => {
    expect(changedFiles(content, 'main', undefined)).toEqual({
      base: 'main',
      files: new Set([
        join(content, 'articles/2020-10-01-committed.md'),
        join(content, 'articles/2020-10-27-corrected.md'),
        join(content, 'articles/2020-10-02-uncommitted.md'),
        join(content, 'articles/2020-10-26-old.md'),
      ]),
      // A corrected digest is changed, not added: it keeps the `added` date it had.
      added: new Set([
        join(content, 'articles/2020-10-01-committed.md'),
        join(content, 'articles/2020-10-02-uncommitted.md'),
      ]),
    });
  });

  test('lists only files not yet committed when there is no base to compare with', () => {
    expect(changedFiles(content, undefined, undefined)).toEqual({
      base: undefined,
      files: new Set([
        join(content, 'articles/2020-10-02-uncommitted.md'),
        join(content, 'articles/2020-10-26-old.md'),
      ]),
      added: new Set([join(content, 'articles/2020-10-02-uncommitted.md')]),
    });
  });

  test('says nothing outside a git work tree', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'aras-no-git-'));
    expect(changedFiles(elsewhere, undefined, undefined)).toBeUndefined();
    rmSync(elsewhere, { recursive: true, force: true });
  });
});
