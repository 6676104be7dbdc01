/**
 * The schemas read back as documentation: the field reference in CONTRIBUTING.md, the comments
 * in scaffolded files and the hints in the checker's messages all come from each field's
 * `.describe()` text, so the documentation cannot drift from what the build accepts.
 */
import { z } from 'astro/zod';
import { actorSchema, articleSchema, placeSchema } from '../model/schema.ts';
import type { PathKey } from '../model/problems.ts';
import { ID_PATTERN } from '../model/names.ts';

/** The part of JSON Schema that Zod emits for our schemas. */
export interface JsonSchema {
  type?: string;
  description?: string;
  properties?: { [key: string]: JsonSchema };
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
}

const cache = new WeakMap<z.ZodType, JsonSchema>();

/** The schema as JSON Schema, as a contributor writes it (defaults are not required). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  let json = cache.get(schema);
  if (!json) {
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    cache.set(schema, json);
  }
  return json;
}

/** The schemas a field at `path` may follow (several where a list item is one of two forms). */
function nodesAt(schema: z.ZodType, path: readonly PathKey[]): JsonSchema[] {
  let nodes = [jsonSchemaOf(schema)];
  for (const key of path) {
    nodes = nodes
      .flatMap((node) => node.anyOf ?? [node])
      .flatMap((node) => {
        if (typeof key === 'number') return node.items ? [node.items] : [];
        const child = node.properties?.[key];
        return child ? [child] : [];
      });
  }
  return nodes.flatMap((node) => node.anyOf ?? [node]);
}

/** The `.describe()` text of the field at a path: `describeField(articleSchema, ['events', 0, 'kind'])`. */
export function describeField(schema: z.ZodType, path: readonly PathKey[]): string | undefined {
  let nodes = [jsonSchemaOf(schema)];
  let description: string | undefined;
  for (const key of path) {
    nodes = nodes
      .flatMap((node) => node.anyOf ?? [node])
      .flatMap((node) => {
        const child = typeof key === 'number' ? node.items : node.properties?.[key];
        return child ? [child] : [];
      });
    if (nodes.length === 0) return undefined;
    // A list item has no text of its own: the list's text describes it.
    if (typeof key === 'string') description = nodes.find((n) => n.description)?.description;
  }
  return description;
}

/** The field names allowed at a path: `fieldNames(articleSchema, ['published'])` is date, precision, until, note. */
export function fieldNames(schema: z.ZodType, path: readonly PathKey[]): string[] {
  return [...new Set(nodesAt(schema, path).flatMap((node) => Object.keys(node.properties ?? {})))];
}

/** What kind of value a field takes, in words: "text, 20–300 characters". */
export function valueKind(node: JsonSchema): string {
  if (node.anyOf) return 'one of the forms below';
  if (node.enum) return `one of ${node.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  switch (node.type) {
    case 'string': {
      if (node.pattern?.startsWith('^\\d{4}'))
        return node.pattern.includes('?') ? 'date: YYYY-MM-DD, YYYY-MM or YYYY' : 'date: YYYY-MM-DD';
      if (node.pattern === ID_PATTERN.source) return 'id';
      if (node.format === 'uri') return 'web address (http or https)';
      if (node.pattern) return 'code';
      const { minLength: min, maxLength: max } = node;
      if (min !== undefined && max !== undefined) return `text, ${min}–${max} characters`;
      if (min !== undefined && min > 1) return `text, at least ${min} characters`;
      return 'text';
    }
    case 'number':
      return node.minimum !== undefined && node.maximum !== undefined
        ? `number from ${node.minimum} to ${node.maximum}`
        : 'number';
    case 'integer':
      return 'whole number';
    case 'boolean':
      return '`true` or `false`';
    case 'array': {
      const item = node.items ? valueKind(node.items) : 'items';
      const of =
        node.items?.type === 'object' || node.items?.anyOf
          ? 'list of the fields below'
          : `list of ${item.replace(/^id$/, 'ids')}`;
      return node.minItems ? `${of}, at least ${node.minItems}` : of;
    }
    case 'object':
      return 'the fields below';
    default:
      return 'any value';
  }
}

export interface FieldDoc {
  /** Dotted path, with `[]` for each list item: "events[].when.date". */
  path: string;
  kind: string;
  required: boolean;
  description: string;
  /** For one form of a list item, the text that introduces it. */
  form?: string;
}

/** Every field of a schema, parents before children, in the order the schema defines them. */
export function fieldDocs(schema: z.ZodType): FieldDoc[] {
  const docs: FieldDoc[] = [];
  const walk = (node: JsonSchema, prefix: string) => {
    const required = new Set(node.required ?? []);
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      docs.push({ path, kind: valueKind(child), required: required.has(key), description: child.description ?? '' });
      descend(child, path);
    }
  };
  const descend = (node: JsonSchema, path: string) => {
    if (node.type === 'object') walk(node, path);
    const item = node.items;
    if (!item) return;
    if (item.anyOf)
      for (const form of item.anyOf) {
        docs.push({
          path: `${path}[]`,
          kind: 'the fields below',
          required: false,
          description: form.description ?? '',
          form: form.description ?? '',
        });
        walk(form, `${path}[]`);
      }
    else if (item.type === 'object') walk(item, `${path}[]`);
  };
  walk(jsonSchemaOf(schema), '');
  return docs;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(schema: z.ZodType): string {
  const rows = fieldDocs(schema).map((doc) =>
    doc.form !== undefined
      ? `| \`${doc.path}\` | *either form:* ${cell(doc.form)} | | |`
      : `| \`${doc.path}\` | ${cell(doc.kind)} | ${doc.required ? 'yes' : ''} | ${cell(doc.description)} |`,
  );
  return ['| Field | Value | Required | What to write |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export const FIELDS_START = '<!-- fields:start -->';
export const FIELDS_END = '<!-- fields:end -->';

/** The field reference for CONTRIBUTING.md, generated from the schemas' descriptions. */
export function fieldReference(): string {
  return [
    FIELDS_START,
    "<!-- Generated from src/lib/model/schema.ts by `npm run fields`: edit the schema's .describe() texts, not this table. -->",
    '',
    '### Article frontmatter: `content/articles/<id>.md`',
    '',
    table(articleSchema),
    '',
    '### Gazetteer entry: `content/places/<id>.yaml`',
    '',
    table(placeSchema),
    '',
    '### Actor: `content/actors/<id>.yaml`',
    '',
    table(actorSchema),
    '',
    FIELDS_END,
  ].join('\n');
}

/** The document with the text between the field markers replaced by `generated`. */
export function replaceFieldReference(document: string, generated = fieldReference()): string {
  const start = document.indexOf(FIELDS_START);
  const end = document.indexOf(FIELDS_END);
  if (start === -1 || end < start) throw new Error(`The document has no ${FIELDS_START} … ${FIELDS_END} block.`);
  return document.slice(0, start) + generated + document.slice(end + FIELDS_END.length);
}
