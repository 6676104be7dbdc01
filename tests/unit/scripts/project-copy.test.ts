import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { copyProject, PROJECT_FILES, writeFiles } from '../../../scripts/lib/project-copy.ts';

let tmp: string;
let root: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'project-copy-'));
  root = join(tmp, 'project');
  const files: Record<string, string> = {
    'src/pages/index.astro': '<h1>home</h1>',
    'public/robots.txt': 'User-agent: *',
    'scripts/build.ts': 'build',
    'astro.config.mjs': 'export default {};',
    'tsconfig.json': '{}',
    'package.json': '{"name":"p"}',
    'content/articles/a.md': 'an article',
    'README.md': 'readme',
    'node_modules/astro/package.json': '{"name":"astro"}',
    'node_modules/.bin/astro': 'bin',
    'node_modules/.astro/data-store.json': 'the project cache',
    'node_modules/.vite/deps.json': 'the project cache',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('copyProject', () => {
  test('copies what a build needs and leaves content/ to the caller', async () => {
    const dest = join(tmp, 'copy');
    await copyProject(root, dest);
    for (const name of PROJECT_FILES) expect(existsSync(join(dest, name)), name).toBe(true);
    expect(readFileSync(join(dest, 'src/pages/index.astro'), 'utf8')).toBe('<h1>home</h1>');
    expect(existsSync(join(dest, 'content'))).toBe(false);
    expect(existsSync(join(dest, 'README.md'))).toBe(false);
  });

  test('links each package, so the copy writes its own caches and not the project’s', async () => {
    const dest = join(tmp, 'copy');
    await copyProject(root, dest);
    expect(lstatSync(join(dest, 'node_modules')).isSymbolicLink()).toBe(false);
    expect(realpathSync(join(dest, 'node_modules/astro'))).toBe(realpathSync(join(root, 'node_modules/astro')));
    expect(realpathSync(join(dest, 'node_modules/.bin'))).toBe(realpathSync(join(root, 'node_modules/.bin')));
    expect(existsSync(join(dest, 'node_modules/.astro'))).toBe(false);
    expect(existsSync(join(dest, 'node_modules/.vite'))).toBe(false);

    mkdirSync(join(dest, 'node_modules/.astro'));
    writeFileSync(join(dest, 'node_modules/.astro/data-store.json'), 'the copy cache');
    expect(readFileSync(join(root, 'node_modules/.astro/data-store.json'), 'utf8')).toBe('the project cache');
  });

  test('copies a commit instead of the working tree when given a ref', async () => {
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: root });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'first');
    writeFileSync(join(root, 'src/pages/index.astro'), '<h1>changed, not committed</h1>');

    const dest = join(tmp, 'copy');
    await copyProject(root, dest, { ref: 'HEAD' });
    expect(readFileSync(join(dest, 'src/pages/index.astro'), 'utf8')).toBe('<h1>home</h1>');
    expect(existsSync(join(dest, 'content'))).toBe(false);
    expect(realpathSync(join(dest, 'node_modules/astro'))).toBe(realpathSync(join(root, 'node_modules/astro')));
  });
});

test('writeFiles creates the folders each file needs', async () => {
  const dest = join(tmp, 'out');
  await writeFiles(dest, [
    { path: 'articles/a.md', text: 'a' },
    { path: 'places/deep/b.yaml', text: 'b' },
  ]);
  expect(readFileSync(join(dest, 'articles/a.md'), 'utf8')).toBe('a');
  expect(readFileSync(join(dest, 'places/deep/b.yaml'), 'utf8')).toBe('b');
});
