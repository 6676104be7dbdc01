/**
 * `npm run fuzz [-- --runs N --seed S --builds B --batch K]`: property-based tests of the content
 * checker, many more than the unit suite runs, with a random seed unless one is given.
 *
 * 1. N generated content trees (mutated digests, place and actor files; tests/support/fuzz-inputs.ts)
 *    go through the checker in a worker thread: it must answer every one without throwing, within
 *    a bound, placing every problem inside its file. A failure prints the seed, the shrunk input
 *    and the command that replays it.
 * 2. Differential: B trees, each with up to K mutated files the checker accepted, are built with
 *    `astro build`, which must build each one (whatever the build refuses, the checker must
 *    refuse first).
 *
 * Exit code 1 on any failure. Defaults: N = 2000, B = 2, K = 8.
 */
import { Worker } from 'node:worker_threads';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import type { ContentFiles } from '../src/lib/checker/checker.ts';
import { TODAY } from '../tests/support/bad-cases.ts';
import { describeCase, fuzzCase, type Examined, type FuzzCase } from '../tests/support/fuzz-inputs.ts';
import { fuzzSeeds } from '../tests/support/fuzz-seeds.ts';
import { batch, buildTree, buildViolation } from '../tests/support/fuzz-build.ts';
import { removeProject } from '../tests/support/project.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    builds: { type: 'string', default: '2' },
    batch: { type: 'string', default: '8' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});
if (values.help) {
  console.log('Usage: npm run fuzz [-- --runs 2000 --seed 123 --builds 2 --batch 8]');
  process.exit(0);
}
const count = (name: string, value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number, not "${value}".`);
    process.exit(2);
  }
  return n;
};
const runs = count('runs', values.runs);
const builds = count('builds', values.builds);
const perBuild = count('batch', values.batch);
const seed = values.seed === undefined ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : count('seed', values.seed);

/** A checker that has not answered after this long is hanging (the property's own bound is lower). */
const HANG_MS = 60_000;

/** The checker in a worker thread, replaced whenever it has to be stopped. */
class Checker {
  private worker = this.start();
  private start() {
    return new Worker(new URL('./lib/fuzz-worker.ts', import.meta.url));
  }
  check(files: ContentFiles): Promise<Examined> {
    return new Promise((resolve) => {
      const worker = this.worker;
      const done = (result: Examined) => {
        clearTimeout(timer);
        worker.off('message', done).off('error', failed);
        resolve(result);
      };
      const failed = (error: Error) => {
        this.worker = this.start();
        done({ violation: `the checker's worker failed: ${error.stack ?? error.message}`, errors: 0 });
      };
      const timer = setTimeout(() => {
        void worker.terminate();
        this.worker = this.start();
        done({ violation: `the checker did not answer within ${HANG_MS} ms`, errors: 0 });
      }, HANG_MS);
      worker.on('message', done).on('error', failed);
      worker.postMessage({ files, today: TODAY });
    });
  }
  stop() {
    return this.worker.terminate();
  }
}

console.log(`Seed ${seed}. Replay with: npm run fuzz -- --seed ${seed} --runs ${runs}`);
const started = performance.now();
const seeds = fuzzSeeds();
const checker = new Checker();
const acceptedCases: FuzzCase[] = [];
let tried = 0;
let failures = 0;

const details = await fc.check(
  fc.asyncProperty(fuzzCase(seeds), async (c) => {
    tried += 1;
    const { violation, errors } = await checker.check(c.files);
    if (violation) throw new Error(violation);
    if (errors === 0) acceptedCases.push(c);
  }),
  { seed, numRuns: runs },
);
await checker.stop();
if (details.failed) {
  failures += 1;
  console.error(fc.defaultReportMessage(details) ?? 'The property failed.');
  console.error(
    `What is wrong: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`,
  );
  console.error(`Replay with: npm run fuzz -- --seed ${seed} --runs ${runs}`);
}
const checked = Math.round((performance.now() - started) / 1000);
console.log(
  `Checker: ${tried} cases tried (with shrinking), ${details.failed ? 'a failure found' : 'no failure'}, ${acceptedCases.length} accepted; ${checked} s.`,
);

// Differential: accepted mutations of the same tree, batched, then built; each build takes the
// tree with the most accepted mutations left.
let built = 0;
while (built < builds && acceptedCases.length > 0) {
  const left = new Map<ContentFiles, FuzzCase[]>();
  for (const c of acceptedCases) left.set(c.base, [...(left.get(c.base) ?? []), c]);
  const [base, fresh] = [...left].sort((x, y) => y[1].length - x[1].length)[0]!;
  const { tree, taken } = batch(base, fresh, perBuild, TODAY);
  // A tree none of whose cases fit any more is dropped; otherwise the rest wait for the next batch.
  for (const c of taken.length === 0 ? fresh : taken) acceptedCases.splice(acceptedCases.indexOf(c), 1);
  if (taken.length === 0) continue;
  const buildStarted = performance.now();
  const result = await buildTree(tree);
  built += 1;
  const wrong = buildViolation(result, tree);
  const took = Math.round((performance.now() - buildStarted) / 1000);
  if (wrong) {
    failures += 1;
    console.error(`\nThe checker accepted these ${taken.length} files, but the build failed (${took} s): ${wrong}`);
    for (const c of taken) console.error(`\n${describeCase(c.changed, c.mutations)}`);
    console.error(
      `\nReplay with: npm run fuzz -- --seed ${seed} --runs ${runs} --builds ${builds} --batch ${perBuild}`,
    );
  } else console.log(`Build ${built}: ${taken.length} accepted files, built in ${took} s.`);
  removeProject(result.dir);
}
console.log(
  `${failures === 0 ? 'No failures' : `${failures} failure${failures === 1 ? '' : 's'}`}: ${tried} checker cases, ${built} builds. Seed ${seed}.`,
);
process.exitCode = failures === 0 ? 0 : 1;
