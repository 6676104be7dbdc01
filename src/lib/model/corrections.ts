/**
 * Corrections to a digest, as readers see them: the page says when the digest was last revised
 * and lists what changed, so a fix merged by pull request is visible.
 */
import type { Correction } from './schema.ts';

/** The corrections oldest first, whatever order the file lists them in. */
export function correctionsInOrder(corrections: readonly Correction[] = []): Correction[] {
  return [...corrections].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The day of the latest correction, or undefined for a digest never corrected: "2026-11-21". */
export function lastRevised(corrections: readonly Correction[] = []): string | undefined {
  return correctionsInOrder(corrections).at(-1)?.date;
}

/**
 * The corrections to every digest that reports an event, oldest first, each saying which digest
 * it corrects: what an event page lists, since an event is only as right as the digests it rests on.
 */
export function correctionsOfDigests<D extends { corrections?: readonly Correction[] | undefined }>(
  digests: readonly D[],
): { digest: D; correction: Correction }[] {
  return digests
    .flatMap((digest) => (digest.corrections ?? []).map((correction) => ({ digest, correction })))
    .sort((a, b) => (a.correction.date < b.correction.date ? -1 : a.correction.date > b.correction.date ? 1 : 0));
}
