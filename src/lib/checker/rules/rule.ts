/**
 * The shape every body rule shares: a function from a digest's Markdown tree to findings, one
 * rule per file in this folder, each walking the tree with `unist-util-visit`.
 */
import type { Root, Text } from 'mdast';
import type { Node } from 'unist';
import type { Mention } from '../../model/mentions.ts';
import type { Problem } from '../../model/problems.ts';
import type { Position } from '../yaml-source.ts';

/** A problem in the body; the runner adds the file and the field "body". */
export type Finding = Pick<Problem, 'severity' | 'message' | 'fix'> & Position;

/** What a rule may know beyond the tree: the gazetteer, the actors, and what the frontmatter tags. */
export interface BodyContext {
  /** Place names in a text; finds none when the frontmatter is unsound. */
  findMentions: (text: string) => Mention[];
  /** Ids of the places the article tags, directly or through its events. */
  tagged: ReadonlySet<string>;
  /** Place id to its name, for messages. */
  placeNames: ReadonlyMap<string, string>;
  /** Names of known people and organisations in a text; finds none when the frontmatter is unsound. */
  findActors: (text: string) => Mention[];
  /** Ids of the actors the article tags, directly, through its events or in their claims. */
  taggedActors: ReadonlySet<string>;
  /** Actor id to its name, for messages. */
  actorNames: ReadonlyMap<string, string>;
  /** The publication year, for dates written without one ("28 October"); undefined if unknown. */
  year?: number | undefined;
}

export type BodyRule = (tree: Root, context: BodyContext) => Finding[];

/** Where a node starts, or the first line when the parser gave no position. */
export function startOf(node: Node): Position {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** Where a character of a text node is: `offsetIn(node, 5)` for the sixth character. */
export function offsetIn(node: Text, offset: number): Position {
  const start = startOf(node);
  const before = node.value.slice(0, offset);
  const newline = before.lastIndexOf('\n');
  return newline === -1
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + (before.match(/\n/g)?.length ?? 0), column: offset - newline };
}
