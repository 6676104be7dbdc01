/**
 * Reading one content file: its name, its frontmatter or YAML (with the position of every
 * field), its schema, and a digest's Markdown body as a tree for the body rules.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, Yaml } from 'mdast';
import { remarkDigestSyntax } from '../../markdown/syntax.ts';
import { actorSchema, articleSchema, idSchema, placeSchema } from '../model/schema.ts';
import { suggestId } from '../model/names.ts';
import type { Problem } from '../model/problems.ts';
import { schemaProblems } from './error-map.ts';
import { readYaml, type Position, type YamlSource } from './yaml-source.ts';
import { ALIAS_FIX, aliasMessage, findAlias } from './yaml-aliases.ts';
import { FRONTMATTER, lineCount } from './frontmatter.ts';
import { loneCarriageReturn, withoutLoneCarriageReturns } from './line-endings.ts';

/** A content file as read from disk: its path relative to the project root, and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

export interface ContentFiles {
  /** Everything under content/articles (any name: wrong names are reported). */
  articles: readonly SourceFile[];
  /** Everything under content/places. */
  places: readonly SourceFile[];
  /** Everything under content/actors. */
  actors: readonly SourceFile[];
  /** Everything under content/translations, one folder per language. */
  translations?: readonly SourceFile[];
}

/** The collections read as articles, places and actors; translations have their own reader (translations.ts). */
export type Collection = Exclude<keyof ContentFiles, 'translations'>;

/** Names of the collections, for the command line. */
export const COLLECTIONS: readonly Collection[] = ['articles', 'places', 'actors'];

const EXTENSION: { [C in Collection]: string } = { articles: '.md', places: '.yaml', actors: '.yaml' };
const SCHEMA = { articles: articleSchema, places: placeSchema, actors: actorSchema } as const;

/** One file after reading: its data if it passed the schema, and how to find a field in it. */
export interface Parsed<T> {
  file: SourceFile;
  id: string;
  yaml: YamlSource | undefined;
  /** The data as written, whether or not it passed the schema. */
  raw: unknown;
  data: T | undefined;
  /** A digest's Markdown body. */
  body?: Root;
}

const markdown = unified().use(remarkParse).use(remarkDigestSyntax).use(remarkFrontmatter, ['yaml']);

/** A digest as the body rules see it: `parseDigest('---\ntitle: x\n---\nText')` has a yaml node, then a paragraph. */
export function parseDigest(text: string): Root {
  return markdown.parse(text);
}

/** The id a file name gives an entry: `content/places/jolfa.yaml` is "jolfa". */
function idOf(path: string, collection: Collection): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.endsWith(EXTENSION[collection]) ? name.slice(0, -EXTENSION[collection].length) : name;
}

/** Reads one file into its data, reporting naming, syntax and schema problems. */
export function readFile<T>(file: SourceFile, collection: Collection, problems: Problem[]): Parsed<T> {
  const id = idOf(file.path, collection);
  const parsed: Parsed<T> = { file, id, yaml: undefined, raw: undefined, data: undefined };
  const report = (field: string, message: string, fix: string, at: Position = { line: 1, column: 1 }) =>
    problems.push({ file: file.path, field, message, fix, severity: 'error', line: at.line, column: at.column });

  const relative = file.path.slice(file.path.indexOf(`/${collection}/`) + collection.length + 2);
  if (!file.path.endsWith(EXTENSION[collection])) {
    report(
      '(file name)',
      `This file is not read: files in content/${collection} must end in "${EXTENSION[collection]}".`,
      `Rename it to ${id.replace(/\.[^.]*$/, '')}${EXTENSION[collection]}, or move it out of content/${collection}.`,
    );
    return parsed;
  }
  if (relative.includes('/')) {
    report(
      '(file name)',
      `This file is not read: files in content/${collection} may not sit in a sub-folder.`,
      `Move it to content/${collection}/${relative.slice(relative.lastIndexOf('/') + 1)}.`,
    );
    return parsed;
  }
  if (!idSchema.safeParse(id).success)
    report(
      '(file name)',
      `"${id}" cannot be an id: the file name becomes the page address.`,
      `Use lower-case letters, digits and single hyphens: rename it to ${suggestId(id)}${EXTENSION[collection]}.`,
    );

  // Read with each lone carriage return as a space, so that every position below counts lines
  // as the contributor's editor and `git diff` do; the carriage return itself is an error.
  const carriageReturn = loneCarriageReturn(file.text);
  if (carriageReturn)
    report(
      '(line endings)',
      'The file has a carriage return (CR) that does not end a line: a Markdown or YAML reader counts it as a line break, so the file would read differently from what the editor shows.',
      'Save the file with LF (or CRLF) line endings; most editors show and change them in their status bar.',
      carriageReturn,
    );
  const text = carriageReturn ? withoutLoneCarriageReturns(file.text) : file.text;

  let yamlText = text;
  let lineOffset = 0;
  if (collection === 'articles') {
    // Tokenising a long frontmatter is most of Markdown parsing's cost and tells us nothing, so
    // remark gets the fences with blank lines between; the YAML is read from the original lines.
    const fences = FRONTMATTER.exec(text);
    const tree = parseDigest(
      fences ? `---${'\n'.repeat(lineCount(fences[1] ?? ''))}---${text.slice(fences[0].length)}` : text,
    );
    parsed.body = tree;
    const front = tree.children[0];
    if (front?.type !== 'yaml') {
      report(
        '(frontmatter)',
        'The file has no frontmatter: it must start with a line "---", the fields, and another "---".',
        'Start again from `npm run new:article`, which writes every field.',
      );
      return parsed;
    }
    yamlText = fences?.[1]?.replace(/^\r?\n/, '').replace(/\r?\n$/, '') ?? (front as Yaml).value;
    lineOffset = front.position?.start.line ?? 1;
  }

  // Refused before any parser sees the YAML: expanding nested aliases could take minutes.
  const alias = findAlias(yamlText, lineOffset);
  if (alias) {
    report('(yaml)', aliasMessage(alias), ALIAS_FIX, alias.position);
    return parsed;
  }
  const yaml = readYaml(yamlText, lineOffset);
  parsed.yaml = yaml;
  for (const error of yaml.errors)
    report(
      '(yaml)',
      `The YAML cannot be read: ${error.message}.`,
      /quoted scalar/.test(error.message)
        ? 'A quoted text is not closed: find where the quote opens above this line and close it.'
        : /single document/.test(error.message)
          ? 'A content file holds one YAML document: delete this "---" or "..." line, and anything after it that is not part of the file.'
          : 'Check the indentation and quoting on this line: put text that contains ": " or " #" in double quotes.',
      error.position,
    );
  if (yaml.errors.length > 0) return parsed;
  parsed.raw = yaml.data;

  const result = SCHEMA[collection].safeParse(yaml.data);
  if (result.success) parsed.data = result.data as T;
  else problems.push(...schemaProblems(SCHEMA[collection], result.error.issues, yaml.data, file.path, yaml.locate));
  return parsed;
}
