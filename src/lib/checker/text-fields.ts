/** The text fields of a parsed file, for the checks that read every field the same way. */
import { fieldPath, type PathKey, type Problem } from '../model/problems.ts';
import type { Parsed } from './read-file.ts';

/**
 * Every string in a YAML value with its path: `textFields({ a: ['x'] })` yields `['x', ['a', 0]]`.
 * With `keys`, a mapping's keys are text too, yielded at the path of the field they name: a key
 * is what the page shows when a contributor misnames a field.
 */
export function* textFields(value: unknown, path: PathKey[] = [], keys = false): Generator<[string, PathKey[]]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* textFields(v, [...path, i], keys);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (keys) yield [k, [...path, k]];
      yield* textFields(v, [...path, k], keys);
    }
}

/** An error on one field of a file, at the field's line. */
export const fieldError = (parsed: Parsed<unknown>, path: PathKey[], message: string, fix: string): Problem => ({
  file: parsed.file.path,
  field: path.length > 0 ? fieldPath(path) : '(frontmatter)',
  message,
  fix,
  severity: 'error',
  ...(parsed.yaml?.locate(path) ?? { line: 1, column: 1 }),
});
