/**
 * Generated content for property-based tests of the content checker: real digests, place and
 * actor files mutated the ways strangers' pull requests could mutate them (fields dropped,
 * retyped, duplicated, very long, odd Unicode, broken YAML, huge numbers, deep nesting, binary
 * junk), and the property every input must keep. Shared by the unit suite
 * (`tests/unit/checker/fuzz.test.ts`, fixed seed) and `npm run fuzz` (`scripts/fuzz.ts`).
 */
import fc from 'fast-check';
import { checkContent, type ContentFiles, type SourceFile } from '../../src/lib/checker/checker.ts';
import type { Collection } from '../../src/lib/checker/read-file.ts';
import type { Problem } from '../../src/lib/model/problems.ts';
import { threadCpuMs } from './cpu-time.ts';

/** A file to mutate and the content tree it belongs to (it replaces its namesake, or is added). */
export interface Seed {
  collection: Collection;
  file: SourceFile;
  tree: ContentFiles;
}

/** One change to a file's text, as data, so that a failing case can be printed and replayed. */
export type Mutation =
  | { kind: 'drop-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'swap-lines'; at: number; with: number }
  | { kind: 'retype'; at: number; value: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'append-body'; text: string }
  | { kind: 'crlf' }
  | { kind: 'byte-order-mark' }
  | { kind: 'comment'; at: number }
  | { kind: 'requote'; at: number };

/** Characters that look like nothing, or turn text around, or break naive line counting. */
const ODD_CHARACTERS = [
  '\u200E', // left-to-right mark (allowed)
  '\u200F', // right-to-left mark (allowed)
  '\u2066', // left-to-right isolate (allowed)
  '\u2067', // right-to-left isolate (allowed)
  '\u2069', // pop directional isolate (allowed)
  '\u202E', // right-to-left override (refused)
  '\u202A', // left-to-right embedding (refused)
  '\u200B', // zero-width space
  '\u200C', // zero-width non-joiner, used in Persian
  '\u200D', // zero-width joiner
  '\uFEFF', // byte-order mark
  '\u00A0', // no-break space
  '\u2028', // line separator
  '\u2029', // paragraph separator
  '\u0000', // NUL
  '\u0007', // bell
  '\r', // a carriage return alone
  '\t',
  '\uD800', // half a surrogate pair
  '\u0301', // combining acute accent
  'جلفا', // Persian
  'Ջուլֆա', // Armenian
  '🏳️‍🌈', // emoji with joiners
  'ﷺ', // one character that renders wide
];

/** Pieces of YAML syntax that break or change a document's structure. */
const YAML_PIECES = [
  ': ',
  '- ',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  '|',
  '>-',
  '&a ',
  '*a',
  '!!binary ',
  '!!js/function ',
  '!<tag:yaml.org,2002:str> ',
  '%YAML 1.1\n',
  '\n---\n',
  '\n...\n',
  '? ',
  ' # ',
  '\n  ',
  '\n\t',
  '<<: ',
  '@',
  '`',
];

/** Pieces of Markdown that open, close or nest structures. */
const MARKDOWN_PIECES = [
  '*',
  '_',
  '**',
  '[',
  '](',
  ')',
  '<',
  '>',
  '`',
  '```',
  '\n# ',
  '\n> ',
  '\n- ',
  '\n1. ',
  '\n| a | b |\n|---|---|\n',
  '[^1]',
  '\n[^1]: note\n',
  '&#x202E;',
  '&#0;',
  '&amp;',
  '<b>',
  '<!--',
  '![x](https://example.org/x.png)',
  '[x](javascript:alert(1))',
  'https://example.org/bare',
  'TODO',
  '\\',
  '~~',
  '\n---\n',
];

/** Values of other types, out-of-range numbers and odd scalars to put in place of a field's value. */
const VALUES = [
  '0',
  '-1',
  '1e309',
  '-1e309',
  '.nan',
  '.inf',
  '123456789012345678901234567890',
  '0x1F',
  '0o17',
  'true',
  'false',
  'null',
  '~',
  '[]',
  '{}',
  '""',
  "''",
  '2020-10-26',
  '2020-10-26T10:00:00Z',
  '2021-02-29',
  '9999-12-31',
  '"2020-13"',
  '[a, b]',
  '{ a: 1 }',
  '!!binary aGVsbG8=',
  '|\n  block text',
];

const at = fc.nat({ max: 1_000_000 });
const odd = fc.constantFrom(...ODD_CHARACTERS);

/** Text of some length made of ordinary and odd characters. */
const oddText = fc
  .array(fc.oneof(fc.string({ maxLength: 8 }), odd, fc.constantFrom(...MARKDOWN_PIECES)), { maxLength: 12 })
  .map((parts) => parts.join(''));

/** Something very long: a repeated word, a single enormous line, or many lines. */
const longText = fc
  .tuple(fc.constantFrom('Jolfa ', 'x', 'جلفا ', '\u200B', 'a\n'), fc.integer({ min: 300, max: 20_000 }))
  .map(([unit, times]) => unit.repeat(times));

/** Deeply nested flow YAML: `[[[…]]]` or `{a: {a: …}}`. */
const deepNesting = fc
  .tuple(fc.boolean(), fc.integer({ min: 50, max: 3000 }))
  .map(([list, depth]) =>
    list ? '['.repeat(depth) + ']'.repeat(depth) : '{a: '.repeat(depth) + '1' + '}'.repeat(depth),
  );

/** Bytes that are not text, read the way the checker's command reads a file (as UTF-8). */
const binaryJunk = fc
  .uint8Array({ minLength: 1, maxLength: 400 })
  .map((bytes) => new TextDecoder('utf-8', { fatal: false }).decode(bytes));

/** Anchors and aliases nested a few levels: a small billion laughs. */
const laughs = fc.integer({ min: 2, max: 12 }).map((levels) =>
  Array.from({ length: levels }, (_, i) =>
    i === 0
      ? 'l0: &l0 [lol, lol]'
      : `l${i}: &l${i} [${Array(9)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
  ).join('\n'),
);

const insertion = fc.oneof(
  { weight: 4, arbitrary: odd },
  { weight: 3, arbitrary: oddText },
  { weight: 3, arbitrary: fc.constantFrom(...YAML_PIECES) },
  { weight: 1, arbitrary: longText },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: binaryJunk },
  { weight: 1, arbitrary: laughs.map((l) => `\n${l}\n`) },
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop-line' as const), at }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at }),
  fc.record({ kind: fc.constant('swap-lines' as const), at, with: at }),
  fc.record({
    kind: fc.constant('retype' as const),
    at,
    value: fc.oneof(
      fc.constantFrom(...VALUES),
      longText.map((t) => JSON.stringify(t)),
      deepNesting,
    ),
  }),
  fc.record({ kind: fc.constant('insert' as const), at, text: insertion }),
  fc.record({ kind: fc.constant('truncate' as const), at }),
  // Rewritings that keep a file's meaning, where a checker and a build that read YAML and
  // Markdown differently would part ways.
  fc.constant({ kind: 'crlf' as const }),
  fc.constant({ kind: 'byte-order-mark' as const }),
  fc.record({ kind: fc.constant('comment' as const), at }),
  fc.record({ kind: fc.constant('requote' as const), at }),
  fc.record({
    kind: fc.constant('append-body' as const),
    text: fc.oneof(
      oddText,
      longText,
      fc.array(fc.constantFrom(...MARKDOWN_PIECES), { maxLength: 40 }).map((p) => p.join('')),
    ),
  }),
);

/** Applies one mutation: positions are taken modulo the text, so every mutation applies to every file. */
export function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const line = (n: number) => n % lines.length;
  switch (m.kind) {
    case 'drop-line':
      return lines.filter((_, i) => i !== line(m.at)).join('\n');
    case 'duplicate-line':
      return lines.flatMap((l, i) => (i === line(m.at) ? [l, l] : [l])).join('\n');
    case 'swap-lines': {
      const [a, b] = [line(m.at), line(m.with)];
      const swapped = [...lines];
      [swapped[a], swapped[b]] = [lines[b]!, lines[a]!];
      return swapped.join('\n');
    }
    case 'retype': {
      // The value of the nth line that has one ("key: value" or "- value") becomes `value`.
      const valued = lines.flatMap((l, i) => (/^\s*(-\s+|[\w-]+:\s+)\S/.test(l) ? [i] : []));
      if (valued.length === 0) return text;
      const i = valued[m.at % valued.length]!;
      const replaced = [...lines];
      replaced[i] = lines[i]!.replace(/^(\s*(?:-\s+|[\w-]+:\s+)).*$/, (_, head: string) => head + m.value);
      return replaced.join('\n');
    }
    case 'insert': {
      const offset = m.at % (text.length + 1);
      return text.slice(0, offset) + m.text + text.slice(offset);
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'append-body':
      return `${text}\n${m.text}\n`;
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'byte-order-mark':
      return `\uFEFF${text}`;
    case 'comment':
      return lines.map((l, i) => (i === line(m.at) ? `${l} # note` : l)).join('\n');
    case 'requote': {
      // The value of the nth "key: value" line loses its double quotes, or gains them.
      const valued = lines.flatMap((l, i) => (/^\s*[\w-]+:\s+\S/.test(l) ? [i] : []));
      if (valued.length === 0) return text;
      const i = valued[m.at % valued.length]!;
      const requoted = [...lines];
      requoted[i] = lines[i]!.replace(
        /^(\s*[\w-]+:\s+)(.*)$/,
        (_, head: string, value: string) => head + (/^".*"$/.test(value) ? value.slice(1, -1) : JSON.stringify(value)),
      );
      return requoted.join('\n');
    }
  }
}

/** A generated case: the tree with the mutated file in place, and how it was made. */
export interface FuzzCase {
  /** The tree the seed came from, before the change. */
  base: ContentFiles;
  files: ContentFiles;
  changed: SourceFile;
  mutations: Mutation[];
}

/** The tree with `file` in place of the file of the same path, or added to its collection. */
export function replaceFile(tree: ContentFiles, collection: Collection, file: SourceFile): ContentFiles {
  const others = tree[collection].filter((f) => f.path !== file.path);
  return { ...tree, [collection]: [...others, file] };
}

/** Cases built from the seeds: one seed, one to four mutations of its text. */
export function fuzzCase(seeds: readonly Seed[]): fc.Arbitrary<FuzzCase> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([seed, mutations]) => {
      const changed = { path: seed.file.path, text: mutations.reduce(mutate, seed.file.text) };
      return {
        base: seed.tree,
        files: replaceFile(seed.tree, seed.collection, changed),
        changed,
        mutations,
        // A failure prints the changed file and its mutations, not the whole tree.
        [fc.toStringMethod]: () => describeCase(changed, mutations),
      };
    });
}

/** A case as a failure report prints it: the file, the mutations that made it, and its text. */
export function describeCase(changed: SourceFile, mutations: readonly Mutation[]): string {
  const text =
    changed.text.length > 4000 ? `${changed.text.slice(0, 4000)}… (${changed.text.length} characters)` : changed.text;
  return `${changed.path} after ${JSON.stringify(mutations).slice(0, 2000)}:\n${JSON.stringify(text)}`;
}

/** The seeds of a tree: each of its files, to be mutated in place. */
export function seedsOf(tree: ContentFiles): Seed[] {
  return (['articles', 'places', 'actors'] as const).flatMap((collection) =>
    tree[collection].map((file) => ({ collection, file, tree })),
  );
}

/**
 * How much CPU time the checker may spend on one case before it counts as hanging. CPU time of
 * this thread, not wall time: on a loaded machine a case that needs a few milliseconds of CPU can
 * wait seconds for a core, which says nothing about the checker, while an input that makes it
 * loop (the billion-laughs YAML) burns CPU and is caught either way. `npm run fuzz` also stops a
 * worker that does not answer at all.
 */
export const CHECK_BOUND_MS = 5000;

/** The checker's answer to a case: what is wrong with it, if anything, and how many errors it found. */
export interface Examined {
  violation: string | undefined;
  errors: number;
}

/**
 * Runs the checker on a tree and says whether it kept the property: it returned within the
 * CPU-time bound without throwing, and every problem names a file of the tree and a line and column
 * inside that file.
 */
export function examine(files: ContentFiles, today: string): Examined {
  const started = process.threadCpuUsage();
  let problems: Problem[];
  try {
    problems = checkContent(files, { today });
  } catch (error) {
    const thrown = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { violation: `the checker threw: ${thrown}`, errors: 0 };
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const took = threadCpuMs(started);
  if (took > CHECK_BOUND_MS)
    return { violation: `the checker took ${Math.round(took)} ms of CPU time (bound ${CHECK_BOUND_MS} ms)`, errors };
  const all = [...files.articles, ...files.places, ...files.actors, ...(files.translations ?? [])];
  const texts = new Map(all.map((f) => [f.path, f.text]));
  const outside = (p: Problem): string | undefined => {
    const text = texts.get(p.file);
    if (text === undefined) return 'a problem names a file that is not in the tree';
    if (!p.message || !p.fix) return 'a problem has no message or no fix';
    const lines = text.split('\n');
    if (!Number.isInteger(p.line) || p.line! < 1 || p.line! > lines.length)
      return `a problem's line is outside its file (${lines.length} lines)`;
    const length = lines[p.line! - 1]!.length;
    if (!Number.isInteger(p.column) || p.column! < 1 || p.column! > length + 1)
      return `a problem's column is outside its line (${length} characters)`;
    return undefined;
  };
  for (const p of problems) {
    const wrong = outside(p);
    if (wrong) return { violation: `${wrong}: ${p.file}:${p.line}:${p.column} ${p.field}: ${p.message}`, errors };
  }
  return { violation: undefined, errors };
}
