import { describe, expect, test } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { DIST, files, json, page, text } from '../support/dist.ts';
import { checkCsv, type SchemaField } from '../support/table-schema.ts';
import { formatBytes } from '../../src/lib/exports/listing.ts';

interface Resource {
  name: string;
  path: string;
  format: string;
  bytes: number;
  licenses: { name: string; path: string }[];
  schema?: { fields: SchemaField[]; primaryKey: string[] };
  jsonSchema?: string;
}

const pkg = json<{ licenses: unknown[]; resources: Resource[] }>('data/datapackage.json');
const dataFile = (path: string) => readFileSync(join(DIST, 'data', path), 'utf8');

describe('the data package', () => {
  test('lists every file under /data/ and nothing that is not there', () => {
    const published = files()
      .filter((f) => f.startsWith('data/'))
      .map((f) => f.slice('data/'.length))
      // The package does not list itself, and the /data/ page is for readers, not data.
      .filter((f) => f !== 'datapackage.json' && f !== 'index.html');
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(published);
  });

  test('gives each file its true size, a licence and a unique name', () => {
    for (const r of pkg.resources) {
      expect(r.bytes, r.path).toBe(statSync(join(DIST, 'data', r.path)).size);
      expect(r.licenses.length, r.path).toBeGreaterThan(0);
    }
    expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
  });

  test('gives every CSV file a table schema and every JSON export a JSON Schema', () => {
    for (const r of pkg.resources) {
      if (r.format === 'csv') expect(r.schema?.fields.length, r.path).toBeGreaterThan(0);
      if (r.format !== 'csv' && r.format !== 'ics' && !r.path.startsWith('schemas/'))
        expect(r.jsonSchema, r.path).toBeDefined();
    }
  });
});

describe('every export conforms to its schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validators = new Map<string, ValidateFunction>();

  test.each(pkg.resources.filter((r) => r.jsonSchema).map((r) => [r.path, r] as const))('%s', (_path, r) => {
    let validate = validators.get(r.jsonSchema!);
    if (!validate) {
      validate = ajv.compile(JSON.parse(dataFile(r.jsonSchema!)));
      validators.set(r.jsonSchema!, validate);
    }
    const valid = validate(JSON.parse(dataFile(r.path)));
    expect(valid ? [] : validate.errors).toEqual([]);
  });

  test.each(pkg.resources.filter((r) => r.schema).map((r) => [r.path, r] as const))('%s', (_path, r) => {
    expect(checkCsv(dataFile(r.path), r.schema!)).toEqual([]);
  });
});

describe('the CSV files', () => {
  test('hold every event once, with the dates of timeline.json', () => {
    const timeline = json<{ entries: { id: string; date: string; precision: string }[] }>('data/timeline.json');
    const events = timeline.entries.filter((e) => e.id.startsWith('event-'));
    const body = dataFile('events.csv');
    expect(parse(body, { bom: true, columns: true })).toHaveLength(events.length);
    for (const e of events) expect(body).toContain(`\r\n${e.id.slice('event-'.length)},${e.date},${e.precision},`);
  });
});

describe('the TimelineJS and iCalendar files', () => {
  const events = json<{ entries: { id: string; precision: string }[] }>('data/timeline.json').entries.filter((e) =>
    e.id.startsWith('event-'),
  );

  test('TimelineJS has one slide per event', () => {
    expect(json<{ events: unknown[] }>('data/timelinejs.json').events).toHaveLength(events.length);
  });

  test('the calendar holds the events known to the day', () => {
    const ics = dataFile('events.ics');
    expect(ics.match(/BEGIN:VEVENT/g)?.length ?? 0).toBe(events.filter((e) => e.precision === 'day').length);
  });
});

describe('the /data/ page', () => {
  const data = page('data/');

  test('links every single file and gives its size, licence and an example record', () => {
    for (const path of ['events.csv', 'articles.csv', 'places.csv', 'actors.csv', 'timelinejs.json', 'events.ics']) {
      const link = data.querySelector(`a[href="/data/${path}"]`);
      expect(link, path).not.toBeNull();
      const section = link!.closest('section')!;
      expect(text(section), path).toContain(formatBytes(statSync(join(DIST, 'data', path)).size));
      expect(text(section), path).toContain('Creative Commons Attribution 4.0');
      expect(text(section.querySelector('pre')), path).not.toBe('');
    }
  });

  test('says under what terms the data is and how to cite it and one event', () => {
    const citations = data.querySelectorAll('blockquote.citation').map(text);
    expect(citations).toHaveLength(2);
    expect(citations[0]).toMatch(
      /^The Aras Border Timeline contributors\. Aras Border Timeline \[data set\]\. http\S+ \(CC BY 4\.0\)/,
    );
    expect(citations[1]).toMatch(/event ([a-z0-9-]+)\. http\S*\/events\/\1\/ \(CC BY 4\.0\)/);
  });

  test('is linked from the about page', () => {
    expect(page('about/').querySelector('a[href="/data/"]')).not.toBeNull();
  });
});
