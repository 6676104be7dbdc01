/**
 * `npm run build` stopped part way (Ctrl-C in a terminal, or CI cancelling a job) stops every
 * step it has started, the search indexer included, and leaves no half-built site to publish.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { makeProject, removeProject } from '../support/project.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) removeProject(dir);
  dir = undefined;
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('a build stopped while it indexes for search removes its output and stops the indexer', async () => {
  dir = await makeProject();
  // One page per part: hundreds of Pagefind runs one after another, so the signal lands mid-index.
  const child = spawn(process.execPath, ['scripts/build.ts'], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', ARAS_SEARCH_PART_PAGES: '1' },
  });
  let output = '';
  const append = (chunk: Buffer) => (output += chunk.toString());
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const ended = new Promise<number | null>((resolve) => child.on('close', resolve));

  // Astro is done once it says so; the indexer starts right after.
  while (!output.includes('Complete!')) {
    if (child.exitCode !== null) throw new Error(`The build ended before indexing:\n${output}`);
    await pause(100);
  }
  const bundle = join(dir, 'dist', 'pagefind');
  while (!existsSync(bundle)) await pause(50);
  child.kill('SIGTERM');

  expect(await ended, output).toBe(143);
  expect(output).toContain('The build was stopped (SIGTERM); its output folder was removed.');
  expect(existsSync(join(dir, 'dist'))).toBe(false);
  // A Pagefind left running would write its bundle again into a new dist/.
  await pause(3_000);
  expect(existsSync(join(dir, 'dist')), 'the indexer kept writing after the stop').toBe(false);
});
