/**
 * YAML read with its positions kept, so a problem found in the data can point at the line a
 * contributor has to change. Used for gazetteer and actor files and for a digest's frontmatter.
 */
import * as jsYaml from 'js-yaml';
import { CORE_SCHEMA, load, Type, YAMLException } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { PathKey } from '../model/problems.ts';

export interface Position {
  line: number;
  column: number;
}

export interface YamlSource {
  /** The data as plain JavaScript values; undefined when the text cannot be read as YAML. */
  data: unknown;
  /** Syntax errors, each with its position in the file. */
  errors: { message: string; position: Position }[];
  /**
   * Where a field is written: the value of a scalar, the key of a mapping or list, or, for a
   * field that is missing, the key of the nearest field that contains it.
   */
  locate(path: readonly PathKey[]): Position;
}

/**
 * An unquoted timestamp (`2020-10-26`, `2020-10-26T10:00:00Z`) as Astro's YAML reader sees it: a
 * Date, so that a text field holding one is refused as Astro refuses it. Unlike Astro's Date it
 * keeps the day as written, so that an unquoted 2021-02-29 is reported as a day that does not
 * exist instead of being rolled over to 1 March (the schema's date fields read `toISOString()`).
 */
class WrittenDate extends Date {
  readonly written: string;
  constructor(written: string) {
    super(0);
    this.written = written;
  }
  override toISOString(): string {
    return `${this.written.slice(0, 10)}T00:00:00.000Z`;
  }
}

/** js-yaml's own timestamp type, which it exports but its type definitions do not declare. */
const timestamp = (jsYaml as unknown as { types: { timestamp: Type } }).types.timestamp;

/** The core schema, plus timestamps read as Astro's default schema reads them (see WrittenDate). */
const SCHEMA = CORE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:timestamp', {
      kind: 'scalar',
      resolve: (data: unknown) => timestamp.resolve(data),
      construct: (data: string) => new WrittenDate(data),
      instanceOf: Date,
    }),
  ],
});

/**
 * Parses YAML that starts `lineOffset` lines into its file (a frontmatter block starts one line
 * down, after its `---`): `readYaml('a: 1', 1).locate(['a'])` is `{ line: 2, column: 4 }`.
 *
 * The data comes from js-yaml, the parser Astro itself uses and about ten times faster than
 * `yaml`; positions come from `yaml`'s document model, built only when a problem needs one.
 */
export function readYaml(text: string, lineOffset = 0): YamlSource {
  let data: unknown;
  const errors: YamlSource['errors'] = [];
  try {
    data = load(text, { schema: SCHEMA });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // js-yaml gives no position when a second document follows the first: point at its marker.
    const mark = error.mark ?? secondDocument(text);
    errors.push({ message: error.reason, position: withinText(text, mark, lineOffset) });
  }
  let locator: ((path: readonly PathKey[]) => Position) | undefined;
  return {
    data,
    errors,
    locate(path) {
      locator ??= positions(text, lineOffset);
      return locator(path);
    },
  };
}

/** The 0-based line of the marker ("---" or "...") that ends the first YAML document, or the first line. */
function secondDocument(text: string): { line: number; column: number } {
  const lines = text.split('\n');
  const after = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)(\s|$)/.test(l));
  return { line: Math.max(after, 0), column: 0 };
}

/**
 * js-yaml's 0-based mark, as a position that is inside the text: at the end of a file without a
 * final newline it reports the line after the last one, which no editor can go to.
 */
function withinText(text: string, mark: { line: number; column: number }, lineOffset: number): Position {
  const lines = text.split('\n');
  const line = Math.min(mark.line, lines.length - 1);
  const length = lines[line]?.length ?? 0;
  const column = line < mark.line ? length + 1 : Math.min(mark.column + 1, length + 1);
  return { line: line + 1 + lineOffset, column };
}

/** Builds `yaml`'s document model of the text and returns a function that finds a field in it. */
function positions(text: string, lineOffset: number): (path: readonly PathKey[]) => Position {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: Math.max(line, 1) + lineOffset, column: Math.max(col, 1) };
  };
  const start = at(doc.contents?.range?.[0] ?? 0);
  return (path) => {
    let node: unknown = doc.contents;
    // The position of the key under which the current node is written, if any.
    let keyPosition: Position | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        if (!pair) break;
        const keyNode = pair.key as Node;
        keyPosition = at(keyNode.range?.[0] ?? 0);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && key < node.items.length) {
        node = node.items[key];
        keyPosition = undefined;
      } else break;
      if (node === null || node === undefined) break;
    }
    if (isScalar(node) && node.range) return at(node.range[0]);
    if (keyPosition) return keyPosition;
    if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range))
      return at(node.range[0] as number);
    return start;
  };
}
