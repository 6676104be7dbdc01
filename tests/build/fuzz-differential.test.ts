/**
 * Differential fuzzing, a handful of cases: mutated files the content checker accepts must build.
 * Several accepted mutations of the real content go into one tree, so that one build answers for
 * all of them; `npm run fuzz` builds many more, with a random seed.
 */
import fc from 'fast-check';
import { afterAll, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { TODAY } from '../support/bad-cases.ts';
import { fuzzCase, seedsOf } from '../support/fuzz-inputs.ts';
import { batch, buildTree, buildViolation } from '../support/fuzz-build.ts';
import { readContent } from '../support/content-files.ts';
import { removeProject } from '../support/project.ts';

let dir: string | undefined;
afterAll(() => {
  if (dir) removeProject(dir);
});

test('a build of mutated files the checker accepted succeeds, with a page for every digest', async () => {
  const real = readContent(resolve('content'));
  const cases = fc.sample(fuzzCase(seedsOf(real)), { seed: 20201026, numRuns: 600 });
  // batch() keeps a case only if the checker accepts the tree with it.
  const { tree, taken } = batch(real, cases, 6, TODAY);
  expect(taken.length, 'enough accepted mutations to make the build worth running').toBeGreaterThanOrEqual(4);
  const result = await buildTree(tree);
  dir = result.dir;
  expect(buildViolation(result, tree)).toBeUndefined();
});
