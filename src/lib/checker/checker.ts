/**
 * The content checker: every problem in every content file, each with its file, field, line and
 * what to do about it. It validates with the same schemas as the site (`schema.ts`) and the same
 * cross-entry rules (`integrity.ts`), then adds the rules only a reader of the source files can
 * apply: dates in the future, colliding place names, raw HTML, images and unsafe links in a digest, places
 * named in the text but not tagged, and file names. Pure: it takes file texts, never reads disk.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { remarkDigestSyntax } from '../../markdown/syntax.ts';
import type { Html, Root, RootContent, Text, Yaml } from 'mdast';
import type { z } from 'astro/zod';
import {
  actorSchema,
  articleSchema,
  idSchema,
  placeSchema,
  type Actor,
  type Article,
  type Place,
} from '../model/schema.ts';
import { checkIntegrity, isFullEvent, type ContentRecord } from '../model/integrity.ts';
import { foldName, nameIndex } from '../model/gazetteer.ts';
import { editDistance } from '../model/editDistance.ts';
import { mentionFinder, type Mention } from '../model/mentions.ts';
import { isCertainlyAfter } from '../model/dates.ts';
import { fieldPath, type Problem } from '../model/problems.ts';
import { describeField, fieldNames } from '../authoring/field-reference.ts';
import { readYaml, type PathKey, type Position, type YamlSource } from './yaml-source.ts';
import { TODO } from '../authoring/scaffold.ts';

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
}

export interface CheckOptions {
  /** Today as YYYY-MM-DD in UTC; dates after it are errors. Defaults to the real today. */
  today?: string;
}

type Collection = 'articles' | 'places' | 'actors';

const EXTENSION: { [C in Collection]: string } = { articles: '.md', places: '.yaml', actors: '.yaml' };
const SCHEMA = { articles: articleSchema, places: placeSchema, actors: actorSchema } as const;

/** One file after parsing: its data if it passed the schema, and how to find a field in it. */
interface Parsed<T> {
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

/** The fences remark-frontmatter recognises: `---` alone on the first line and on a later one. */
const FRONTMATTER = /^---[ \t]*(\r?\n[\s\S]*?\r?\n|\r?\n)---[ \t]*(?=\r?\n|$)/;
const lineCount = (text: string) => text.match(/\n/g)?.length ?? 0;

/** The id a file name gives an entry: `content/places/jolfa.yaml` is "jolfa". */
function idOf(path: string, collection: Collection): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.endsWith(EXTENSION[collection]) ? name.slice(0, -EXTENSION[collection].length) : name;
}

/** Turns "events[1].places[0]" back into ['events', 1, 'places', 0]. */
export function parseFieldPath(field: string): PathKey[] {
  const path: PathKey[] = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) path.push(Number(match[2]));
    else if (match[1] !== undefined) path.push(match[1]);
  }
  return path;
}

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as { [key: PathKey]: unknown })[key];
  }
  return value;
}

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

function closest(word: string, candidates: readonly string[]): string | undefined {
  const best = candidates
    .map((c) => ({ c, d: editDistance(word.toLowerCase(), c.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.c : undefined;
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

/** Schema problems, said in the contributor's terms, with the field's own description as the fix. */
function schemaProblems(
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
      ...position(locate(at)),
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

function position(p: Position): { line: number; column: number } {
  return { line: p.line, column: p.column };
}

/** Reads one file into its data, reporting naming, syntax and schema problems. */
function parseFile<T>(file: SourceFile, collection: Collection, problems: Problem[]): Parsed<T> {
  const id = idOf(file.path, collection);
  const parsed: Parsed<T> = { file, id, yaml: undefined, raw: undefined, data: undefined };
  const report = (field: string, message: string, fix: string, at: Position = { line: 1, column: 1 }) =>
    problems.push({ file: file.path, field, message, fix, severity: 'error', ...position(at) });

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
  if (!idSchema.safeParse(id).success) {
    const suggestion = id
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    report(
      '(file name)',
      `"${id}" cannot be an id: the file name becomes the page address.`,
      `Use lower-case letters, digits and single hyphens: rename it to ${suggestion}${EXTENSION[collection]}.`,
    );
  }

  let yamlText = file.text;
  let lineOffset = 0;
  if (collection === 'articles') {
    // Tokenising a long frontmatter is most of Markdown parsing's cost and tells us nothing, so
    // remark gets the fences with blank lines between; the YAML is read from the original lines.
    const fences = FRONTMATTER.exec(file.text);
    const tree = markdown.parse(
      fences ? `---${'\n'.repeat(lineCount(fences[1] ?? ''))}---${file.text.slice(fences[0].length)}` : file.text,
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

  const yaml = readYaml(yamlText, lineOffset);
  parsed.yaml = yaml;
  for (const error of yaml.errors)
    report(
      '(yaml)',
      `The YAML cannot be read: ${error.message}.`,
      /quoted scalar/.test(error.message)
        ? 'A quoted text is not closed: find where the quote opens above this line and close it.'
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

interface Salvaged {
  data: Article;
  /** The top-level fields that passed the schema; the others hold stand-ins. */
  real: Set<string>;
  /** For each kept event, its index in the file. */
  eventIndex: number[];
}

/**
 * The sound parts of an article that failed its schema, so that the cross-entry rules can still
 * report on it in the same run: each field and each event is kept if it passes on its own.
 * A field that fails gets a neutral stand-in that no rule can trip over.
 */
function salvageArticle(raw: unknown, file: string): Salvaged | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const fields = raw as { [key: string]: unknown };
  const shape = articleSchema.shape;
  const real = new Set<string>();
  const take = <K extends keyof typeof shape>(
    key: K,
    standIn: z.output<(typeof shape)[K]>,
  ): z.output<(typeof shape)[K]> => {
    const result = shape[key].safeParse(fields[key]);
    if (!result.success) return standIn;
    real.add(key);
    return result.data as z.output<(typeof shape)[K]>;
  };
  const events: Article['events'] = [];
  const eventIndex: number[] = [];
  if (Array.isArray(fields['events']))
    fields['events'].forEach((event: unknown, i) => {
      const result = shape.events.safeParse([event]);
      if (!result.success) return;
      events.push(...result.data);
      eventIndex.push(i);
    });
  const data: Article = {
    headline: take('headline', `\u0000${file}`),
    outlet: take('outlet', `\u0000${file}`),
    // A publication date in the year 9999 is after every event and never "in the future" below.
    published: take('published', { date: '9999', precision: 'year' }),
    language: take('language', 'und'),
    places: take('places', []),
    actors: take('actors', []),
    summary: take('summary', ''),
    events,
  };
  const url = take('url', undefined);
  if (url !== undefined) data.url = url;
  const corrections = take('corrections', undefined);
  if (corrections !== undefined) data.corrections = corrections;
  return { data, real, eventIndex };
}

/** Every date field of an article, with its path. */
function datesOf(article: Article): { path: PathKey[]; date: string }[] {
  const dates: { path: PathKey[]; date: string }[] = [{ path: ['published', 'date'], date: article.published.date }];
  article.events.forEach((event, i) => {
    if (!isFullEvent(event)) return;
    dates.push({ path: ['events', i, 'when', 'date'], date: event.when.date });
    if (event.when.until) dates.push({ path: ['events', i, 'when', 'until'], date: event.when.until });
  });
  article.corrections?.forEach((c, i) => dates.push({ path: ['corrections', i, 'date'], date: c.date }));
  return dates;
}

const NAME_RANK = ['canonical name', 'other name', 'alias'] as const;

/** Places sharing a name, reported on the place whose claim to the name is weaker. */
function nameCollisions(places: readonly Parsed<Place>[]): Problem[] {
  const holders = new Map<string, { place: Parsed<Place>; name: string; rank: number; path: PathKey[] }[]>();
  for (const place of places) {
    const data = place.data;
    if (!data) continue;
    const claims: { name: string; rank: number; path: PathKey[] }[] = [{ name: data.name, rank: 0, path: ['name'] }];
    if (data.alternateName) claims.push({ name: data.alternateName.name, rank: 1, path: ['alternateName', 'name'] });
    data.aliases.forEach((alias, i) => claims.push({ name: alias, rank: 2, path: ['aliases', i] }));
    const seen = new Set<string>();
    for (const claim of claims) {
      const key = foldName(claim.name);
      if (seen.has(key)) continue;
      seen.add(key);
      holders.set(key, [...(holders.get(key) ?? []), { place, ...claim }]);
    }
  }
  const problems: Problem[] = [];
  for (const claims of holders.values()) {
    if (claims.length < 2) continue;
    const strongest = Math.min(...claims.map((c) => c.rank));
    const owners = claims.filter((c) => c.rank === strongest);
    for (const claim of claims) {
      // A name held by one place as its strongest claim belongs to that place; the others yield.
      if (owners.length === 1 && claim === owners[0]) continue;
      const other = owners.find((c) => c.place !== claim.place);
      if (!other) continue;
      problems.push({
        file: claim.place.file.path,
        field: fieldPath(claim.path),
        message: `"${claim.name}" is already the ${NAME_RANK[other.rank as 0 | 1 | 2]} of ${other.place.id} (${other.place.file.path}).`,
        fix: 'Two places cannot share a name, or mentions of it could not be told apart. If it is the same place, use that id; if not, remove this alias or qualify the name, e.g. "Julfa (Nakhchivan)".',
        severity: 'error',
        ...position(claim.place.yaml?.locate(claim.path) ?? { line: 1, column: 1 }),
      });
    }
  }
  return problems;
}

function describeHtml(value: string): string {
  const tag = /^<\/?([a-z][\w-]*)/i.exec(value.trim())?.[1]?.toLowerCase();
  const handler = /\s(on[a-z]+)\s*=/i.exec(value)?.[1]?.toLowerCase();
  if (handler) return `the ${handler}= attribute would run code in readers' browsers`;
  if (tag === 'script') return "<script> would run code in readers' browsers";
  if (tag === 'iframe' || tag === 'object' || tag === 'embed') return `<${tag}> would embed another site in the page`;
  if (value.trim().startsWith('<!--')) return 'an HTML comment is not part of Markdown';
  return tag ? `<${tag}> is HTML, not Markdown` : 'this is HTML, not Markdown';
}

function offsetPosition(node: Text, offset: number): Position {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const before = node.value.slice(0, offset);
  const newline = before.lastIndexOf('\n');
  return newline === -1
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + (before.match(/\n/g)?.length ?? 0), column: offset - newline };
}

function walk(node: Root | RootContent, visit: (node: RootContent, parent: Root | RootContent) => void) {
  if ('children' in node)
    for (const child of node.children) {
      visit(child, node);
      walk(child, visit);
    }
}

/** A web address typed as text; GitHub's preview links it, the site does not (markdown/syntax.ts). */
const BARE_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>()]*[^\s<>().,;:!?'"”’]/i;

/** Problems in a digest's Markdown body: raw HTML, images, unsafe links, bare addresses, leftovers, untagged places. */
function bodyProblems(
  article: Parsed<Article>,
  findMentions: (text: string) => Mention[],
  tagged: ReadonlySet<string>,
  placeNames: ReadonlyMap<string, string>,
): Problem[] {
  const problems: Problem[] = [];
  const file = article.file.path;
  const report = (severity: Problem['severity'], node: RootContent, message: string, fix: string, at?: Position) =>
    problems.push({
      file,
      field: 'body',
      message,
      fix,
      severity,
      ...position(at ?? { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 }),
    });
  const body = article.body;
  if (!body) return problems;
  const warned = new Set<string>();
  // Inline HTML comes as one node per tag: `<b>x</b>` is reported once, at its opening tag.
  const opened = new Map<Root | RootContent, Set<string>>();
  walk(body, (node, parent) => {
    if (node.type === 'yaml') return;
    if (node.type === 'html') {
      const value = (node as Html).value.trim();
      const tag = /^<(\/?)([a-z][\w-]*)/i.exec(value);
      const name = tag?.[2]?.toLowerCase() ?? '';
      if (tag?.[1] === '/' && opened.get(parent)?.has(name)) return;
      if (tag && !tag[1]) opened.set(parent, (opened.get(parent) ?? new Set()).add(name));
      report(
        'error',
        node,
        `Raw HTML is not allowed in a digest: ${describeHtml(value)}.`,
        'Write plain Markdown (*emphasis*, [text](https://…)) and delete the HTML; the site removes it anyway.',
      );
      return;
    }
    if (node.type === 'image' || node.type === 'imageReference') {
      report(
        'error',
        node,
        `Images are not shown in a digest${node.alt ? ` ("${node.alt}")` : ''}: the site shows its description instead.`,
        'Say in words what the image shows and link to the page that carries it: [photo of the bridge](https://…).',
      );
      return;
    }
    if (node.type === 'link' || node.type === 'definition') {
      if (!/^https?:\/\/[^\s]+$/i.test(node.url.trim()))
        report(
          'error',
          node,
          `The link address "${node.url}" is not a web address (http or https).`,
          'Link only to web pages, with the full https:// address; the site removes any other link.',
        );
      return;
    }
    if (node.type !== 'text') return;
    const text = node as Text;
    const bare = parent.type === 'link' || parent.type === 'linkReference' ? null : BARE_ADDRESS.exec(text.value);
    if (bare)
      report(
        'warning',
        node,
        `The web address "${bare[0]}" is written bare: on the site it is plain text, not a link.`,
        `Make it a link whose words say where it leads: [what the page is](${bare[0].startsWith('www.') ? 'https://' : ''}${bare[0]}).`,
        offsetPosition(text, bare.index),
      );
    const todo = text.value.indexOf(TODO);
    if (todo !== -1)
      report(
        'error',
        node,
        'The scaffold\'s placeholder "TODO" is still here.',
        'Replace it with the digest: the key facts in our own words, short attributed quotes, context.',
        offsetPosition(text, todo),
      );

    for (const { ids, start, end } of findMentions(text.value)) {
      if (ids.some((id) => tagged.has(id)) || warned.has(ids.join())) continue;
      warned.add(ids.join());
      const names = ids.map((id) => `${id} (${placeNames.get(id)})`).join(' or ');
      report(
        'warning',
        node,
        `The text names "${text.value.slice(start, end)}", the place ${names}, but the article does not tag it.`,
        `Add "${ids[0]}" to places, or to the places of the event that happened there.`,
        offsetPosition(text, start),
      );
    }
  });
  // Headings alone are not a digest: it needs at least one paragraph, list or quotation.
  const hasText = body.children.some((node) => ['paragraph', 'list', 'blockquote', 'table'].includes(node.type));
  if (!hasText)
    problems.push({
      file,
      field: 'body',
      message: 'The digest has no text.',
      fix: 'Below the closing "---", write the digest: the key facts in our own words, short attributed quotes, context.',
      severity: 'error',
      line: (body.children[0]?.position?.end.line ?? 1) + 1,
      column: 1,
    });
  return problems;
}

/** Placeholders the scaffold leaves in frontmatter text. */
function todoProblems(parsed: Parsed<unknown>): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: PathKey[]) => {
    if (typeof value === 'string') {
      if (value.includes(TODO))
        problems.push({
          file: parsed.file.path,
          field: fieldPath(path),
          message: 'The scaffold\'s placeholder "TODO" is still here.',
          fix: 'Fill in the field, or delete the line if the field is optional and does not apply.',
          severity: 'error',
          ...position(parsed.yaml?.locate(path) ?? { line: 1, column: 1 }),
        });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(parsed.raw, []);
  return problems;
}

/** Orders problems by file, then position, so the report reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.field.localeCompare(b.field) ||
      a.message.localeCompare(b.message),
  );
}

/** Today's date in UTC, as YYYY-MM-DD. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Checks a whole content tree and returns every problem, sorted; an empty list means it is clean.
 * `checkContent({ articles: [{ path: 'content/articles/x.md', text }], places: […], actors: […] })`
 */
export function checkContent(files: ContentFiles, options: CheckOptions = {}): Problem[] {
  const today = options.today ?? todayUtc();
  const problems: Problem[] = [];
  const articles = files.articles.map((f) => parseFile<Article>(f, 'articles', problems));
  const places = files.places.map((f) => parseFile<Place>(f, 'places', problems));
  const actors = files.actors.map((f) => parseFile<Actor>(f, 'actors', problems));
  for (const parsed of [...articles, ...places, ...actors])
    if (parsed.raw !== undefined) problems.push(...todoProblems(parsed));

  const valid = <T>(list: Parsed<T>[]): ContentRecord<T>[] =>
    list.flatMap((p) => (p.data === undefined ? [] : [{ id: p.id, filePath: p.file.path, data: p.data }]));
  const validPlaces = valid(places);

  // Articles that failed their schema still take part, through their sound fields and events.
  const checked = articles.flatMap((article) => {
    const salvaged: Salvaged | undefined = article.data
      ? {
          data: article.data,
          real: new Set(Object.keys(article.data)),
          eventIndex: article.data.events.map((_, i) => i),
        }
      : salvageArticle(article.raw, article.file.path);
    return salvaged ? [{ article, ...salvaged }] : [];
  });
  const byFile = new Map(checked.map((c) => [c.article.file.path, c]));
  /** A field path in the checked data, as a path into the file. */
  const inFile = (file: string, path: PathKey[]): PathKey[] => {
    const eventIndex = byFile.get(file)?.eventIndex;
    return path[0] === 'events' && typeof path[1] === 'number' && eventIndex
      ? ['events', eventIndex[path[1]] ?? path[1], ...path.slice(2)]
      : path;
  };
  // Cross-entry problems are mostly in articles; a broken `within` is in a place file.
  const placeByFile = new Map(places.map((p) => [p.file.path, p]));
  const locate = (file: string, path: PathKey[]) =>
    position((byFile.get(file)?.article.yaml ?? placeByFile.get(file)?.yaml)?.locate(path) ?? { line: 1, column: 1 });

  // A place or actor file that failed its schema has its own errors: references to it are not
  // reported again as unknown.
  const invalid = (list: Parsed<unknown>[]) => new Set(list.filter((p) => p.data === undefined).map((p) => p.id));
  const invalidPlaces = invalid(places);
  const invalidActors = invalid(actors);
  const integrity = checkIntegrity({
    articles: checked.map((c) => ({ id: c.article.id, filePath: c.article.file.path, data: c.data })),
    places: validPlaces,
    actors: valid(actors),
  });
  for (const problem of integrity) {
    // File names are checked for every file as it is read, sound or not.
    if (problem.field === '(file name)') continue;
    const path = inFile(problem.file, parseFieldPath(problem.field));
    const value = valueAt(byFile.get(problem.file)?.article.raw, path);
    if (typeof value === 'string') {
      const last = path.at(-2);
      if (last === 'places' && invalidPlaces.has(value)) continue;
      if ((last === 'actors' || last === 'by' || last === 'deniedBy') && invalidActors.has(value)) continue;
    }
    // An event dropped from a broken article is not "written in full" anywhere; say nothing more.
    if (
      path.at(-1) === 'see' &&
      typeof value === 'string' &&
      checked.some((c) => c.data !== c.article.data && writesEvent(c.article.raw, value))
    )
      continue;
    problems.push({ ...problem, field: fieldPath(path), ...locate(problem.file, path) });
  }

  for (const { article, data, real } of checked) {
    for (const { path: checkedPath, date } of datesOf(data)) {
      const path = inFile(article.file.path, checkedPath);
      if (!real.has(String(path[0])) || !isCertainlyAfter(date, today)) continue;
      problems.push({
        file: article.file.path,
        field: fieldPath(path),
        message: `${date} is in the future (today is ${today}).`,
        fix: 'Check the year and month: a digest records what has already been published and has already happened.',
        severity: 'error',
        ...locate(article.file.path, path),
      });
    }
  }

  problems.push(...nameCollisions(places));

  const findMentions = mentionFinder(nameIndex(validPlaces));
  const noMentions = () => [];
  const placeNames = new Map(validPlaces.map((p) => [p.id, p.data.name]));
  const eventPlaces = new Map<string, string[]>();
  // The first article to write an event in full owns it, as in integrity.ts.
  for (const { data } of checked)
    for (const e of data.events) if (isFullEvent(e) && !eventPlaces.has(e.id)) eventPlaces.set(e.id, e.places);
  for (const article of articles) {
    const data = article.data;
    const tagged = new Set<string>(data?.places ?? []);
    for (const event of data?.events ?? [])
      for (const id of isFullEvent(event) ? event.places : (eventPlaces.get(event.see) ?? [])) tagged.add(id);
    // Untagged names are only worth a warning once the frontmatter itself is sound.
    problems.push(...bodyProblems(article, data ? findMentions : noMentions, tagged, placeNames));
  }
  return sortProblems(problems);
}

/** True if the raw frontmatter has an event with this id, sound or not. */
function writesEvent(raw: unknown, id: string): boolean {
  const events = valueAt(raw, ['events']);
  return Array.isArray(events) && events.some((e: unknown) => valueAt(e, ['id']) === id);
}

/** The closing line: "2 errors and 1 warning in 3 files (5 articles, 13 places, 28 actors)." */
export function summarise(problems: readonly Problem[], files: ContentFiles): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const counted = `${files.articles.length} articles, ${files.places.length} places, ${files.actors.length} actors`;
  if (problems.length === 0) return `No problems in ${counted}.`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const fileCount = new Set(problems.map((p) => p.file)).size;
  return `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(fileCount, 'file')} (checked ${counted}).`;
}

/** Names of the collections, for the command line. */
export const COLLECTIONS: readonly Collection[] = ['articles', 'places', 'actors'];
export { SCHEMA as schemas };
