/**
 * Property-based tests of the content checker: a few hundred mutated digests, place and actor
 * files, with a fixed seed so that a failure here is the same failure on every machine.
 * `npm run fuzz` runs many more with a random seed.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { TODAY } from '../../support/bad-cases.ts';
import { examine, fuzzCase } from '../../support/fuzz-inputs.ts';
import { fuzzSeeds } from '../../support/fuzz-seeds.ts';

const seeds = fuzzSeeds();

test('the checker answers every mutated file, placing each problem inside its file', { timeout: 120_000 }, () => {
  fc.assert(
    fc.property(fuzzCase(seeds), (c) => {
      const { violation } = examine(c.files, TODAY);
      if (violation) throw new Error(violation);
    }),
    { seed: 20201025, numRuns: 200 },
  );
});

test('the seeds include every collection, from the real content and the fixtures', () => {
  const paths = seeds.map((s) => s.file.path);
  expect(paths.filter((p) => p.startsWith('content/articles/')).length).toBeGreaterThan(5);
  expect(paths.filter((p) => p.startsWith('content/places/')).length).toBeGreaterThan(10);
  expect(paths.filter((p) => p.startsWith('content/actors/')).length).toBeGreaterThan(10);
});
