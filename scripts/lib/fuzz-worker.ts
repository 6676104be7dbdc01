/**
 * Runs the content checker on one generated tree at a time, in a worker thread, so that
 * `npm run fuzz` can stop a checker that hangs and report the input that made it hang.
 */
import { parentPort } from 'node:worker_threads';
import type { ContentFiles } from '../../src/lib/checker/checker.ts';
import { examine } from '../../tests/support/fuzz-inputs.ts';

parentPort!.on('message', ({ files, today }: { files: ContentFiles; today: string }) => {
  parentPort!.postMessage(examine(files, today));
});
