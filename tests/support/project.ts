/**
 * Builds the site from another content tree in a throwaway copy of the project, so a test can
 * build bad or alternative content without touching content/, dist/ or the content cache.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve('.');
const PROJECT_FILES = ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface BuildResult {
  status: number | null;
  output: string;
  dir: string;
  dist: string;
}

/** A copy of the project whose content/ is a copy of ours, ready to be changed by the test. */
export function makeProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aras-build-'));
  for (const name of PROJECT_FILES) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs `astro build` in the copy, with extra environment such as TZ. */
export function build(dir: string, env: Record<string, string> = {}): BuildResult {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ARAS_CONTENT_DIR: './content', NO_COLOR: '1', ...env },
    timeout: 200_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dir, dist: join(dir, 'dist') };
}

export function removeProject(dir: string) {
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}
