/** The text fields of a parsed file, for the checks that read every field the same way. */
import { fieldPath, type PathKey, type Problem } from '../model/problems.ts';
import type { Parsed } from './read-file.ts';

/** Every string in a YAML value with its path: `textFields({ a: ['x'] })` yields `['x', ['a', 0]]`. */
export function* textFields(value: unknown, path: PathKey[] = []): Generator<[string, PathKey[]]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* textFields(v, [...path, i]);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* textFields(v, [...path, k]);
}

/** An error on one field of a file, at the field's line. */
export const fieldError = (parsed: Parsed<unknown>, path: PathKey[], message: string, fix: string): Problem => ({
  file: parsed.file.path,
  field: fieldPath(path),
  message,
  fix,
  severity: 'error',
  ...(parsed.yaml?.locate(path) ?? { line: 1, column: 1 }),
});
