/** Internal source numbers ("source 004") in a file's fields; the body has its own rule. */
import { fieldPath, type PathKey, type Problem } from '../model/problems.ts';
import { SOURCE_LABEL_FIX, sourceLabels } from '../model/sourceLabels.ts';
import type { Parsed } from './read-file.ts';

/** One problem per field that refers to a source by its internal number, at its line. */
export function sourceLabelProblems(parsed: Parsed<unknown>): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: PathKey[]) => {
    if (typeof value === 'string') {
      const [first] = sourceLabels(value);
      if (first)
        problems.push({
          file: parsed.file.path,
          field: fieldPath(path),
          message: `"${first.text}" is our internal number for a source article, which readers cannot look up.`,
          fix: SOURCE_LABEL_FIX,
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
