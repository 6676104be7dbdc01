/** The scaffold's placeholders left in a file's fields (the body has its own rule). */
import { fieldPath, type PathKey, type Problem } from '../model/problems.ts';
import { TODO } from '../model/placeholder.ts';
import type { Parsed } from './read-file.ts';

/** One problem per field that still holds "TODO", at its line. */
export function placeholderProblems(parsed: Parsed<unknown>): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: PathKey[]) => {
    if (typeof value === 'string') {
      if (value.includes(TODO))
        problems.push({
          file: parsed.file.path,
          field: fieldPath(path),
          message: 'The scaffold\'s placeholder "TODO" is still here.',
          fix: 'Fill in the field, or delete the line if the field is optional and does not apply.',
          severity: 'error',
          ...(parsed.yaml?.locate(path) ?? { line: 1, column: 1 }),
        });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(parsed.raw, []);
  return problems;
}
