/**
 * The files `npm run new:article`, `npm run new:place` and `npm run new:actor` write: every field present, each with
 * its description from the schema as a comment, and TODO wherever the contributor has to write.
 * The content checker refuses any TODO left behind.
 */
import { actorSchema, articleSchema, placeSchema, type Precision } from '../model/schema.ts';
import { describeField, fieldDocs } from './field-reference.ts';
import type { PathKey } from '../model/problems.ts';
import { slugify } from '../model/names.ts';
import { TODO } from '../model/placeholder.ts';
import type { z } from 'astro/zod';

export interface ArticleStart {
  headline: string;
  outlet: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  precision: Precision;
  /** The day the digest is written, YYYY-MM-DD: when it joins the site. */
  added: string;
  url?: string | undefined;
  author?: string | undefined;
  language?: string | undefined;
}

/** `2020-10-26-dawn-iran-deploys-troops-azerbaijan-border.md` */
export function articleFileName({
  date,
  outlet,
  headline,
}: Pick<ArticleStart, 'date' | 'outlet' | 'headline'>): string {
  return `${date}-${slugify(outlet, 3)}-${slugify(headline, 5)}.md`;
}

/** A YAML scalar: text is always double-quoted so that dates stay text and ": " is safe. */
const quote = (text: string) => JSON.stringify(text);

/** Wraps a description into `# …` comment lines at the given indent. */
function comment(indent: string, text: string, optional: boolean): string[] {
  const words = `${optional ? 'Optional. ' : ''}${text}`.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && indent.length + 2 + line.length + word.length + 1 > 100) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => `${indent}# ${l}`);
}

/** Writes `key: value` lines, each under its description from `schema`. */
function writer(schema: z.ZodType) {
  const required = new Set(
    fieldDocs(schema)
      .filter((d) => d.required)
      .map((d) => d.path),
  );
  const lines: string[] = [];
  const startedItems = new Set<string>();
  const field = (path: PathKey[], value?: string) => {
    const docPath = path
      .map((k) => (typeof k === 'number' ? '[]' : `.${k}`))
      .join('')
      .replace(/^\./, '');
    const indent = '  '.repeat(path.length - 1);
    // The first field of a list item sits after its "- ", and its comment above the dash.
    const item = path.slice(0, -1).join('.');
    const firstInItem = typeof path.at(-2) === 'number' && !startedItems.has(item);
    if (firstInItem) startedItems.add(item);
    const outer = firstInItem ? indent.slice(2) : indent;
    lines.push(...comment(outer, describeField(schema, path) ?? '', !required.has(docPath)));
    lines.push(
      `${firstInItem ? `${outer}- ` : indent}${String(path.at(-1))}:${value === undefined ? '' : ` ${value}`}`,
    );
  };
  const item = (depth: number, value: string) => lines.push(`${'  '.repeat(depth)}- ${value}`);
  const raw = (line: string) => lines.push(line);
  return { field, item, raw, lines };
}

/** The whole digest file for a new article, ready to fill in. */
export function articleTemplate(start: ArticleStart): string {
  const w = writer(articleSchema);
  const { field, item, raw } = w;
  raw('---');
  raw('# Written by `npm run new:article`. Replace every TODO; delete the fields marked Optional that');
  raw('# do not apply (with their comment and any lines indented under them); then run');
  raw('# `npm run check:content`. Every field is explained in CONTRIBUTING.md.');
  raw('');
  field(['headline'], quote(start.headline));
  field(['outlet'], quote(start.outlet));
  field(['author'], quote(start.author ?? TODO));
  field(['published']);
  field(['published', 'date'], quote(start.date));
  field(['published', 'precision'], start.precision);
  field(['published', 'until'], quote(TODO));
  field(['published', 'sometime'], TODO);
  field(['published', 'note'], quote(TODO));
  field(['added'], quote(start.added));
  field(['url'], quote(start.url ?? TODO));
  field(['language'], start.language ?? TODO);
  field(['places']);
  item(1, TODO);
  field(['actors']);
  item(1, TODO);
  field(['summary'], quote(TODO));
  field(['events']);
  const e = (...path: PathKey[]) => ['events', 0, ...path];
  field(e('id'), TODO);
  field(e('when'));
  field(e('when', 'date'), quote(TODO));
  field(e('when', 'precision'), 'day');
  field(e('when', 'until'), quote(TODO));
  field(e('when', 'sometime'), TODO);
  field(e('when', 'note'), quote(TODO));
  field(e('places'));
  item(3, TODO);
  field(e('kind'), TODO);
  field(e('summary'), quote(TODO));
  field(e('actors'));
  item(3, TODO);
  field(e('claim'));
  field(e('claim', 'by'));
  item(4, TODO);
  field(e('claim', 'deniedBy'));
  item(4, TODO);
  field(e('partOf'), TODO);
  raw('  # An event another article already writes in full is only referred to, by its id:');
  raw(`  # ${describeField(articleSchema, ['events', 1, 'see'])}`);
  raw('  - see: TODO');
  field(['corrections'], '[]');
  raw('# A correction, when one is made, is an item of this list (written as `corrections:` and');
  raw('# then one "- date: …" item per correction):');
  raw(`#   - date: "YYYY-MM-DD"   # ${describeField(articleSchema, ['corrections', 0, 'date'])}`);
  raw(`#     note: "…"            # ${describeField(articleSchema, ['corrections', 0, 'note'])}`);
  raw('---');
  raw('');
  raw('TODO: the key facts, in our own words: who did what, where and when, as the article reports it.');
  raw('Attribute every claim ("the Guards said", "according to IRNA").');
  raw('');
  raw('TODO: at most a few short quotes, in quotation marks, each with who said it.');
  raw('');
  raw('## Context');
  raw('');
  raw('TODO: what a reader needs to place the article: what came before, who the people are, how the');
  raw('publication date and the outlet were established if the page did not say. Delete this section');
  raw('if there is nothing to add.');
  raw('');
  return w.lines.join('\n');
}

export interface PlaceStart {
  id: string;
  name: string;
  country: string;
  /** The point and where it comes from; undefined for a place no source locates. */
  point: { lat: number; lon: number; source: string } | undefined;
  kind?: string | undefined;
  province?: string | undefined;
  /** The id of the place it lies in. */
  within?: string | undefined;
}

/** The whole gazetteer file for a new place, ready to fill in. */
export function placeTemplate(start: PlaceStart): string {
  const w = writer(placeSchema);
  const { field, item, raw } = w;
  raw('# Written by `npm run new:place`. Replace every TODO; delete the fields marked Optional that');
  raw('# do not apply (with their comment and any lines indented under them); then run');
  raw('# `npm run check:content`. Every field is explained in CONTRIBUTING.md.');
  raw('');
  field(['name'], quote(start.name));
  field(['alternateName']);
  field(['alternateName', 'name'], quote(TODO));
  field(['alternateName', 'usedBy'], quote(TODO));
  field(['aliases']);
  item(1, quote(TODO));
  field(['localNames']);
  field(['localNames', 'fa'], quote(TODO));
  field(['localNames', 'az'], quote(TODO));
  field(['localNames', 'hy'], quote(TODO));
  field(['kind'], start.kind ?? TODO);
  field(['country'], start.country);
  field(['province'], quote(start.province ?? TODO));
  field(['within'], start.within ?? TODO);
  if (start.point) {
    field(['coordinates']);
    field(['coordinates', 'lat'], String(start.point.lat));
    field(['coordinates', 'lon'], String(start.point.lon));
    field(['coordinatesSource'], quote(start.point.source));
  } else raw('# No coordinates: no source locates this place. Say so in `note`.');
  field(['geonamesId'], TODO);
  field(['wikidataId'], quote(TODO));
  field(['onBorder'], TODO);
  field(['note'], quote(TODO));
  raw('');
  return w.lines.join('\n');
}

export interface ActorStart {
  name: string;
  kind: string;
  aliases?: readonly string[] | undefined;
  role?: string | undefined;
  country?: string | undefined;
}

/** The whole file for a new actor, ready to fill in. */
export function actorTemplate(start: ActorStart): string {
  const w = writer(actorSchema);
  const { field, item, raw } = w;
  raw('# Written by `npm run new:actor`. Replace every TODO; delete the fields marked Optional that');
  raw('# do not apply (with their comment and any lines indented under them); then run');
  raw('# `npm run check:content`. Every field is explained in CONTRIBUTING.md.');
  raw('');
  field(['name'], quote(start.name));
  field(['aliases']);
  for (const alias of start.aliases?.length ? start.aliases : [TODO]) item(1, quote(alias));
  field(['kind'], start.kind);
  field(['role'], quote(start.role ?? TODO));
  field(['country'], start.country ?? TODO);
  field(['localNames']);
  field(['localNames', 'fa'], quote(TODO));
  field(['localNames', 'az'], quote(TODO));
  field(['localNames', 'hy'], quote(TODO));
  raw('');
  return w.lines.join('\n');
}
