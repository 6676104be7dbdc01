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
