/**
 * Content problems as GitHub Actions workflow commands, so that a pull request shows each one as an
 * annotation on the line of the changed file it is about, not only in the job's log:
 * `::error file=content/places/jolfa.yaml,line=3,col=7,title=coordinates.lat::Latitude … (fix: …)`.
 *
 * The runner reads `::` as the end of the properties and `,` as the end of one property, and a
 * newline ends the command: every value is escaped as the workflow-command syntax prescribes.
 * Depends on nothing but the Problem type.
 */
import type { Problem } from '../../src/lib/model/problems.ts';

/** Escapes a command's message: `escapeData('50%\n')` is "50%25%0A". */
export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a property value, where `:` and `,` also end it: `escapeProperty('a:b,c')` is "a%3Ab%2Cc". */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** One problem as one `::error …::` (or `::warning …::`) line. */
export function githubAnnotation(problem: Problem): string {
  const properties: [string, string | number | undefined][] = [
    ['file', problem.file],
    ['line', problem.line],
    ['col', problem.line === undefined ? undefined : problem.column],
    ['title', problem.field || undefined],
  ];
  const props = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${problem.severity} ${props}::${escapeData(`${problem.message} (fix: ${problem.fix})`)}`;
}
