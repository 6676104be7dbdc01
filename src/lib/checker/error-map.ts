/**
 * Turns zod's issues into problems a contributor can act on: said in their terms, placed on the
 * line of the field, with the field's own description from the schema as the fix.
 */
import type { z } from 'astro/zod';
import { editDistance, isNearMiss } from '../model/editDistance.ts';
import { fieldPath, valueAt, type PathKey, type Problem } from '../model/problems.ts';
import { TODO } from '../model/placeholder.ts';
import { describeField, fieldNames } from '../authoring/field-reference.ts';
import type { Position } from './yaml-source.ts';

/** How a value reads in a message: `describeValue('x')` is 'the text "x"'. */
function describeValue(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  switch (typeof value) {
    case 'string':
      return `the text "${value}"`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'a group of fields';
    default:
      return typeof value;
  }
}

const EXPECTED: { [type: string]: string } = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (one "- item" per line)',
  object: 'a group of indented fields',
};

/** Zod's own messages start like this; messages written in the schema are kept as they are. */
const ZOD_DEFAULT = /^(Invalid|Too small|Too big|Unrecognized)/;

/** The known field a misspelt one probably meant: `closest('outlt', ['outlet', 'url'])` is "outlet". */
function closest(word: string, candidates: readonly string[]): string | undefined {
  const best = candidates
    .map((c) => ({ c, d: editDistance(word.toLowerCase(), c.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)[0];
  return best && isNearMiss(word, best.d) ? best.c : undefined;
}

/**
 * How badly data misses one form of a union: fields it does not know weigh most, missing fields
 * next, wrong values least. A half-written full event is still a full event, not a `see:`.
 */
function misfit(issues: readonly z.core.$ZodIssue[]): number {
  return issues.reduce(
    (sum, issue) =>
      sum +
      (issue.code === 'unrecognized_keys' && issue.path.length === 0
        ? 100 * issue.keys.length
        : issue.code === 'invalid_type' && issue.message.endsWith('received undefined')
          ? 10
          : 1),
    0,
  );
}

/** Flattens Zod's issues, following into the branch of a union that fits the data best. */
function flattenIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PathKey[] = [],
): { path: PathKey[]; issue: z.core.$ZodIssue }[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...(issue.path as PathKey[])];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best = [...issue.errors].sort((a, b) => misfit(a) - misfit(b))[0] ?? [];
      return flattenIssues(best, path);
    }
    return [{ path, issue }];
  });
}

/**
 * Schema problems, said in the contributor's terms, with the field's own description as the fix:
 * an unknown "outlt" becomes `Unknown field "outlt".` with `Did you mean "outlet"? …`.
 */
export function schemaProblems(
  schema: z.ZodType,
  issues: readonly z.core.$ZodIssue[],
  raw: unknown,
  file: string,
  locate: (path: readonly PathKey[]) => Position,
): Problem[] {
  const flat = flattenIssues(issues);
  // A misspelt field is one mistake: "outlt" is reported as unknown, "outlet" not also as missing.
  const misspelt = new Set<string>();
  for (const { path, issue } of flat)
    if (issue.code === 'unrecognized_keys')
      for (const key of issue.keys) {
        const guess = closest(key, fieldNames(schema, path));
        if (guess && valueAt(raw, [...path, guess]) === undefined) misspelt.add(fieldPath([...path, guess]));
      }
  return flat.flatMap(({ path, issue }) => {
    const describe = (p: readonly PathKey[]) => describeField(schema, p);
    const problem = (at: readonly PathKey[], message: string, fix: string): Problem => ({
      file,
      field: at.length > 0 ? fieldPath(at) : '(frontmatter)',
      message,
      fix,
      severity: 'error',
      ...locate(at),
    });
    const about = (p: readonly PathKey[]) => describe(p) ?? 'See the field reference in CONTRIBUTING.md.';

    if (issue.code === 'unrecognized_keys') {
      const known = fieldNames(schema, path);
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        return problem(
          [...path, key],
          `Unknown field "${key}".`,
          guess
            ? `Did you mean "${guess}"? Correct the spelling, or remove the line.`
            : `Remove it; the fields here are ${known.join(', ')}.`,
        );
      });
    }
    const value = valueAt(raw, path);
    // A scaffold placeholder is reported once, as such, not also as a wrong value.
    if (typeof value === 'string' && value.includes(TODO)) return [];
    if (issue.code === 'invalid_type' && value === undefined) {
      if (misspelt.has(fieldPath(path))) return [];
      const name = path.at(-1);
      return [problem(path, `The required field "${String(name)}" is missing.`, `Add it. ${about(path)}`)];
    }
    if (!ZOD_DEFAULT.test(issue.message)) return [problem(path, issue.message, about(path))];
    switch (issue.code) {
      case 'invalid_type':
        if (value instanceof Date && issue.expected === 'string')
          return [
            problem(
              path,
              'Expected text, found a date: YAML reads a date written without quotes as a date, not as text.',
              `Put the value in double quotes if it is the text you mean. ${about(path)}`,
            ),
          ];
        return [
          problem(
            path,
            `Expected ${EXPECTED[issue.expected] ?? issue.expected}, found ${describeValue(value)}.`,
            about(path),
          ),
        ];
      case 'invalid_value':
        return [
          problem(
            path,
            `${describeValue(value)} is not allowed here; use one of ${issue.values.map((v) => `"${String(v)}"`).join(', ')}.`.replace(
              /^t/,
              'T',
            ),
            about(path),
          ),
        ];
      case 'too_small':
        return [
          problem(
            path,
            issue.origin === 'array'
              ? `Needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}.`
              : issue.origin === 'string'
                ? `Too short: write at least ${String(issue.minimum)} characters.`
                : `${String(value)} is less than ${String(issue.minimum)}.`,
            about(path),
          ),
        ];
      case 'too_big':
        return [
          problem(
            path,
            issue.origin === 'string'
              ? `Too long: write at most ${String(issue.maximum)} characters (this has ${typeof value === 'string' ? value.length : '?'}).`
              : issue.origin === 'array'
                ? `Has more than ${String(issue.maximum)} items.`
                : `${String(value)} is more than ${String(issue.maximum)}.`,
            about(path),
          ),
        ];
      case 'invalid_format':
        return [problem(path, `${describeValue(value)} is not in the expected form.`.replace(/^t/, 'T'), about(path))];
      default:
        return [problem(path, issue.message, about(path))];
    }
  });
}
