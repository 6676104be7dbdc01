/** Direction overrides in a file's fields (the body has its own rule, `rules/no-direction-overrides.ts`). */
import { findOverride, overrideFix, overrideMessage } from '../model/direction-controls.ts';
import { fieldPath, type PathKey, type Problem } from '../model/problems.ts';
import type { Parsed } from './read-file.ts';

/** One problem per field, or field name, that holds an override or embedding, at its line. */
export function directionOverrideProblems(parsed: Parsed<unknown>): Problem[] {
  const problems: Problem[] = [];
  const report = (char: string, path: PathKey[]) =>
    problems.push({
      file: parsed.file.path,
      field: path.length > 0 ? fieldPath(path) : '(frontmatter)',
      message: overrideMessage(char),
      fix: overrideFix(char),
      severity: 'error',
      ...(parsed.yaml?.locate(path) ?? { line: 1, column: 1 }),
    });
  const visit = (value: unknown, path: PathKey[]) => {
    if (typeof value === 'string') {
      const found = findOverride(value);
      if (found) report(found.char, path);
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        const inKey = findOverride(k);
        if (inKey) report(inKey.char, [...path, k]);
        else visit(v, [...path, k]);
      }
  };
  visit(parsed.raw, []);
  return problems;
}
