/**
 * Builds the site from another content tree in a throwaway copy of the project, so a test can
 * build bad or alternative content without touching content/, dist/ or the project's caches.
 * The copy is made by the same helper as the benchmark's (scripts/lib/project-copy.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copyProject } from '../../scripts/lib/project-copy.ts';

const ROOT = resolve('.');

export interface BuildResult {
  status: number | null;
  output: string;
  dir: string;
  dist: string;
}

/** A copy of the project whose content/ is a copy of ours, ready to be changed by the test. */
export async function makeProject(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'aras-build-'));
  await copyProject(ROOT, dir);
  await cp(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

/**
 * Runs `astro build` in the copy, then indexes it for search as `npm run build` does (without the
 * content checker, so a test sees what Astro itself makes of the content), with extra
 * environment such as TZ; a large archive may need more time.
 */
export function build(dir: string, env: Record<string, string> = {}, timeoutMs = 200_000): BuildResult {
  const astro = run(dir, join(ROOT, 'node_modules/.bin/astro'), ['build'], env, timeoutMs);
  const result =
    astro.status === 0
      ? run(dir, process.execPath, [join(ROOT, 'scripts/index-search.ts'), 'dist'], env, timeoutMs)
      : null;
  return {
    status: result ? result.status : astro.status,
    output: result ? `${astro.output}\n${result.output}` : astro.output,
    dir,
    dist: join(dir, 'dist'),
  };
}

/**
 * Runs `npm run build` in the copy, as a contributor does (scripts/build.ts: the content checker,
 * `astro build` with the copy's own caches, then search), and returns its exit status and log.
 */
export function buildCommand(dir: string, env: Record<string, string> = {}, timeoutMs = 200_000): BuildResult {
  const { status, output } = run(dir, process.execPath, ['scripts/build.ts'], env, timeoutMs);
  return { status, output, dir, dist: join(dir, 'dist') };
}

function run(dir: string, command: string, args: string[], env: Record<string, string>, timeoutMs: number) {
  const result = spawnSync(command, args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ARAS_CONTENT_DIR: './content', NO_COLOR: '1', ...env },
    timeout: timeoutMs,
    // Astro logs every page it writes: a large archive's log runs to megabytes, and a child whose
    // output outgrows the buffer is killed (spawnSync's default is 1 MB).
    maxBuffer: 256 * 1024 * 1024,
  });
  // A build killed by the timeout or the buffer has no status; say which, after its log.
  const killed = result.error ? `\n${result.error.message}` : '';
  return { status: result.status, output: `${result.stdout}\n${result.stderr}${killed}` };
}

export function removeProject(dir: string) {
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}
