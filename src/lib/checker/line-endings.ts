/**
 * Carriage returns that do not start a Windows line ending ("\r" alone, the line ending of old
 * Macs). Markdown and YAML parsers count one as a line break; `git diff`, GitHub's annotations
 * and the checker's own line numbers do not, so every position after one would point at the
 * wrong line.
 */
import type { Position } from './yaml-source.ts';

const LONE_CR = /\r(?!\n)/g;

/** Where the first lone carriage return is: `loneCarriageReturn('a\rb')` is `{ line: 1, column: 2 }`. */
export function loneCarriageReturn(text: string): Position | undefined {
  LONE_CR.lastIndex = 0;
  const match = LONE_CR.exec(text);
  if (!match) return undefined;
  const before = text.slice(0, match.index);
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: match.index - before.lastIndexOf('\n') };
}

/** The text with each lone carriage return as a space: same length, same lines as an editor shows. */
export function withoutLoneCarriageReturns(text: string): string {
  return text.replace(LONE_CR, ' ');
}
