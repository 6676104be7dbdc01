import { foldName } from './names.ts';

/**
 * Levenshtein distance between two short strings, for "did you mean" suggestions:
 * `editDistance('outlt', 'outlet')` is 1.
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * True when something `distance` edits from what was typed is worth a "did you mean": up to two
 * edits, or one in three characters of a longer word. `isNearMiss('khoda-afrin', 1)` is true.
 */
export function isNearMiss(typed: string, distance: number): boolean {
  return distance <= Math.max(2, Math.floor(typed.length / 3));
}

/**
 * The ids whose id or one of whose names a mistyped id or name probably meant, best first, at most
 * three: `closestIds('pakpoor', [{ id: 'mohammad-pakpour', names: ['Pakpour'] }])` is ['mohammad-pakpour'].
 */
export function closestIds(wanted: string, candidates: readonly { id: string; names: readonly string[] }[]): string[] {
  const key = foldName(wanted);
  const scored: { id: string; score: number }[] = [];
  for (const { id, names } of candidates) {
    const score = Math.min(...[id, ...names].map((name) => editDistance(key, foldName(name))));
    if (isNearMiss(key, score)) scored.push({ id, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .map((s) => s.id)
    .slice(0, 3);
}
