/** A problem in the content, said so that a contributor can find it and fix it. */
export interface Problem {
  /** The file, relative to the project root: "content/articles/2020-10-26-dawn.md". */
  file: string;
  /** The field, as a path into the frontmatter: "events[1].places[0]". */
  field: string;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  fix: string;
  /** A warning is reported but does not stop the build. */
  severity: 'error' | 'warning';
  /** 1-based line and column in the file, where the checker could find them. */
  line?: number;
  column?: number;
}

/** One step into the data: a key of a mapping or an index into a list. */
export type PathKey = string | number;

/** Formats a field path: `fieldPath(['events', 1, 'places', 0])` is "events[1].places[0]". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** Reads a field path back: `parseFieldPath('events[1].places[0]')` is ['events', 1, 'places', 0]. */
export function parseFieldPath(field: string): PathKey[] {
  const path: PathKey[] = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) path.push(Number(match[2]));
    else if (match[1] !== undefined) path.push(match[1]);
  }
  return path;
}

/** The value at a field path in data as written, or undefined: `valueAt({ a: [5] }, ['a', 0])` is 5. */
export function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as { [key: PathKey]: unknown })[key];
  }
  return value;
}

/** One problem on one line: `content/x.md  events[0].when.date  … (fix: …)`. */
export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  return `${where}  ${p.severity === 'warning' ? 'warning: ' : ''}${p.field}: ${p.message}  (${p.fix})`;
}
