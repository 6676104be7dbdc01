/**
 * YAML anchors (`&name`) and aliases (`*name`), found in the text before any parser expands them.
 * Content files have no use for them, and ten lines of nested aliases (the "billion laughs")
 * expand into a billion values that keep any YAML loader busy for minutes. Pure: used by the
 * checker and by the collections' loaders (`src/site/no-yaml-aliases.ts`), so both refuse the
 * same files.
 */
import { Parser } from 'yaml';
import type { Position } from './yaml-source.ts';

/** The first anchor or alias in a YAML text, and how many the text has. */
export interface AliasUse {
  /** As written: "&laugh" or "*laugh". */
  token: string;
  position: Position;
  count: number;
}

/** What the contributor should do, said once for the checker and the build. */
export const ALIAS_FIX =
  'Write each value out in full where it is used, and delete the "&name" and "*name" marks: content files may not use YAML anchors and aliases.';

/** The message for a file that uses them: `aliasMessage({ token: '&a', count: 3, … })`. */
export function aliasMessage(use: AliasUse): string {
  const more = use.count > 1 ? `, and ${use.count - 1} more after it` : '';
  return `The YAML uses an anchor or alias ("${use.token}" here${more}), which could expand into a billion values.`;
}

/**
 * The tokens the CST gives anchors and aliases; everything else is walked through. With a stack
 * of its own, not recursion: a stranger's file may nest deeper than the call stack goes.
 */
function collect(root: unknown, found: { offset: number; source: string }[]): void {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      pending.push(...node);
      continue;
    }
    const token = node as { type?: unknown; offset?: unknown; source?: unknown };
    if ((token.type === 'anchor' || token.type === 'alias') && typeof token.offset === 'number')
      found.push({ offset: token.offset, source: String(token.source ?? '') });
    pending.push(...Object.values(node));
  }
}

/**
 * The first anchor or alias in `text`, a YAML block that starts `lineOffset` lines into its file,
 * or undefined: `findAlias('a: &x 1\nb: *x')` is `{ token: '&x', position: { line: 1, column: 4 }, count: 2 }`.
 * Only YAML's concrete syntax tree is built (no values), so the cost is linear in the text.
 */
export function findAlias(text: string, lineOffset = 0): AliasUse | undefined {
  // Nearly every file has neither character outside quoted text; those need no parse at all.
  if (!/[&*]/.test(text)) return undefined;
  const found: { offset: number; source: string }[] = [];
  for (const token of new Parser().parse(text)) collect(token, found);
  if (found.length === 0) return undefined;
  found.sort((a, b) => a.offset - b.offset);
  const first = found[0]!;
  const before = text.slice(0, first.offset);
  const newline = before.lastIndexOf('\n');
  return {
    token: first.source,
    position: {
      line: (before.match(/\n/g)?.length ?? 0) + 1 + lineOffset,
      column: first.offset - newline,
    },
    count: found.length,
  };
}
