/**
 * `npm run build [-- astro build options]`: checks the content and builds the site side by side,
 * and keeps the build only if the content checker passes.
 *
 * The checker and `astro build` each keep one core busy, and the machines that build the site
 * have two, so they run side by side rather than one after the other (what that saves is
 * measured in docs/benchmarks.md, section 3). Each one's output is held back until the checker
 * has finished, so a contributor reads the checker's report first and Astro's log after it.
 *
 * Once Astro has exited, Pagefind indexes the built pages for the search pages
 * (scripts/lib/search-index.ts): after, not inside Astro's own build, so that Astro's memory and
 * the indexer's are not held at the same time.
 *
 * When the checker finds an error, the build is stopped and its output folder removed: nothing
 * half-built, and nothing the checker refused, is left to publish; the same when the search index
 * cannot be built, and when the build is interrupted (Ctrl-C or SIGTERM stop every step still
 * running, the indexer included). Exit code: the checker's when it fails, otherwise Astro's,
 * otherwise the indexer's; 128 plus the signal's number when interrupted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..');
const astroArgs = process.argv.slice(2);

interface Job {
  child: ChildProcess;
  /** Resolves with the exit code once the process has ended and its output has been read. */
  ended: Promise<number>;
  /** Output not yet shown, in order; null once the job's output goes straight through. */
  held: [NodeJS.WriteStream, Buffer][] | null;
}

/** The jobs still running, so that Ctrl-C stops whichever of them is (the indexer too). */
const running = new Set<ChildProcess>();
/** The signal that stopped the build, if one did. */
let stoppedBy: NodeJS.Signals | undefined;

/** Starts a Node script with the Node running this one, holding its output back. */
function start(script: string, args: string[] = []): Job {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const job: Job = {
    child,
    held: [],
    ended: new Promise((settle) =>
      child.on('close', (code) => {
        running.delete(child);
        settle(code ?? 1);
      }),
    ),
  };
  const pass = (to: NodeJS.WriteStream) => (chunk: Buffer) => (job.held ? job.held.push([to, chunk]) : to.write(chunk));
  child.stdout!.on('data', pass(process.stdout));
  child.stderr!.on('data', pass(process.stderr));
  return job;
}

/** Shows what the job has printed so far, and lets the rest through as it comes. */
function release(job: Job): void {
  for (const [to, chunk] of job.held ?? []) to.write(chunk);
  job.held = null;
}

/** Where `astro build` writes: `--outDir` when given, as Astro reads it, else dist/. */
function outDir(args: readonly string[]): string {
  const flag = args.findIndex((arg) => arg === '--outDir' || arg.startsWith('--outDir='));
  const value = flag === -1 ? undefined : args[flag]!.includes('=') ? args[flag]!.split('=')[1] : args[flag + 1];
  return resolve(value ?? 'dist');
}

/**
 * Moves the previous build's output aside and deletes it in the background. Astro empties its
 * output folder itself, file by file and synchronously, before it bundles anything; after a build
 * of tens of thousands of pages that held the next build up for minutes (docs/benchmarks.md,
 * "Warm build"). A rename is instant, and the deletion then overlaps the checker and Astro's
 * content sync instead of preceding them.
 */
async function clearPreviousOutput(dir: string): Promise<{ done: Promise<void> }> {
  if (!existsSync(dir)) return { done: Promise.resolve() };
  const aside = `${dir}.previous-${process.pid}`;
  await rename(dir, aside);
  return { done: rm(aside, { recursive: true, force: true }) };
}

const clearing = await clearPreviousOutput(outDir(astroArgs));
const checker = start(join(projectRoot, 'scripts/check-content.ts'));
const site = start(join(projectRoot, 'node_modules/astro/bin/astro.mjs'), ['build', ...astroArgs]);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    stoppedBy = signal;
    for (const child of running) child.kill(signal);
  });

/** After a signal: no half-built site is left behind, and the exit says why. */
async function exitIfStopped(): Promise<void> {
  if (!stoppedBy) return;
  await Promise.all([rm(outDir(astroArgs), { recursive: true, force: true }), clearing.done]);
  console.error(`\nThe build was stopped (${stoppedBy}); its output folder was removed.`);
  process.exit(128 + constants.signals[stoppedBy]);
}

const checked = await checker.ended;
release(checker);
await exitIfStopped();
if (checked !== 0) {
  site.child.kill('SIGTERM');
  await site.ended;
  await Promise.all([rm(outDir(astroArgs), { recursive: true, force: true }), clearing.done]);
  console.error(
    '\nThe site was not built: the content checker found errors. Fix each file as its line says, then run `npm run build` again.',
  );
  process.exit(checked);
}
release(site);
const built = await site.ended;
await exitIfStopped();
await clearing.done;
if (built !== 0) process.exit(built);

const indexer = start(join(projectRoot, 'scripts/index-search.ts'), [outDir(astroArgs)]);
release(indexer);
const indexed = await indexer.ended;
await exitIfStopped();
if (indexed !== 0) {
  await rm(outDir(astroArgs), { recursive: true, force: true });
  console.error('\nThe site was not built: its search index could not be made (above).');
  process.exit(indexed);
}
