import { describe, expect, test } from 'vitest';
import { dataFiles } from '../../../src/lib/exports/catalogue.ts';
import { dataPackage, tableSchema } from '../../../src/lib/exports/datapackage.ts';
import { formatBytes, listDataFiles } from '../../../src/lib/exports/listing.ts';
import { eventsTable, TABLES } from '../../../src/lib/exports/tables.ts';
import { periodOf } from '../../../src/lib/timeline/periods.ts';

const files = dataFiles({
  periodKeys: ['2020-10', '2023'],
  articlePeriodKeys: ['2020-10'],
  placeIds: ['jolfa'],
  limits: { whole: 5000, place: 100 },
  parts: new Map(),
});

describe('the table schemas', () => {
  test('describe every CSV column, with lists split on "|"', () => {
    const schema = tableSchema(eventsTable);
    expect(schema.fields.map((f) => f.name)).toEqual(eventsTable.fields.map((f) => f.name));
    expect(schema.fields.find((f) => f.name === 'places')).toMatchObject({ type: 'list', delimiter: '|' });
    expect(schema.fields.find((f) => f.name === 'precision')).toMatchObject({
      constraints: { required: true, enum: ['day', 'month', 'year'] },
    });
    for (const table of TABLES) for (const f of table.fields) expect(f.description.length, f.name).toBeGreaterThan(10);
  });
});

describe('the data package', () => {
  test('has one resource per file, each with its size and licence', () => {
    const bytes = new Map(files.map((f, i) => [f.path, i + 1]));
    const pkg = dataPackage(files, { bytes, homepage: 'https://example.org/' });
    expect(pkg.resources.map((r) => r.path)).toEqual(files.map((f) => f.path));
    expect(pkg.resources.find((r) => r.path === 'timeline/2023.json')).toMatchObject({
      bytes: bytes.get('timeline/2023.json'),
      jsonSchema: 'schemas/timeline-month.schema.json',
      licenses: [{ name: 'CC-BY-4.0' }],
    });
    expect(pkg.resources.find((r) => r.path === 'basemap.json')?.licenses).toEqual([
      expect.objectContaining({ name: 'other-pd' }),
    ]);
  });

  test('refuses a file whose size is not known, naming it', () => {
    expect(() => dataPackage(files, { bytes: new Map(), homepage: '/' })).toThrow(/events\.csv/);
  });
});

describe('the /data/ listing', () => {
  test('writes sizes for readers', () => {
    expect([formatBytes(900), formatBytes(1536), formatBytes(3 * 1024 * 1024)]).toEqual([
      '900 bytes',
      '1.5 KB',
      '3 MB',
    ]);
  });

  test('lists the month files together, with their total size', () => {
    const bodies = new Map(
      files.map((f) => [
        f.path,
        f.format === 'csv' ? 'id\r\nx' : '{"entries":[{"id":"x"}],"features":[{}],"events":[],"properties":{}}',
      ]),
    );
    bodies.set('events.ics', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    const groups = listDataFiles(files, bodies);
    const months = groups.find((g) => g.group === 'timeline/<period>.json')!;
    expect(months.files.map((f) => f.path)).toEqual(['timeline/2020-10.json', 'timeline/2023.json']);
    expect(months.totalBytes).toBe(2 * bodies.get('timeline/2020-10.json')!.length);
    expect(groups.find((g) => g.group === 'events.ics')?.example).toBe('(no event known to the day yet)');
  });
});

describe('a large archive', () => {
  const periods = [periodOf('2020-10'), periodOf('2023')];
  const split = dataFiles({
    periodKeys: ['2020-10', '2023'],
    articlePeriodKeys: ['2020-10'],
    placeIds: ['jolfa'],
    limits: { whole: 5000, place: 100 },
    parts: new Map([
      ['events.csv', periods],
      ['timelinejs.json', periods],
    ]),
  });
  const paths = split.map((f) => f.path);

  test('lists the parts of the events table in place of the whole, each a table with its schema', () => {
    expect(paths).not.toContain('events.csv');
    expect(paths).toContain('articles.csv');
    const parts = split.filter((f) => f.group === 'events/<period>.csv');
    expect(parts.map((f) => f.path)).toEqual(['events/2020-10.csv', 'events/2023.csv']);
    expect(parts.map((f) => f.name)).toEqual(['events-2020-10', 'events-2023']);
    expect(parts[0]!.description).toMatch(/together these 2 files hold them all/);
    const bytes = new Map(split.map((f) => [f.path, 1]));
    const resource = dataPackage(split, { bytes, homepage: '/' }).resources.find((r) => r.path === 'events/2023.csv');
    expect(resource?.schema?.fields.map((f) => f.name)).toEqual(eventsTable.fields.map((f) => f.name));
  });

  test('keeps timelinejs.json as the index of its parts, which follow its schema', () => {
    expect(paths.filter((p) => p.startsWith('timelinejs'))).toEqual([
      'timelinejs.json',
      'timelinejs/2020-10.json',
      'timelinejs/2023.json',
    ]);
    expect(split.find((f) => f.path === 'timelinejs.json')?.title).toMatch(/the parts/);
    expect(split.find((f) => f.path === 'timelinejs/2023.json')).toMatchObject({ jsonSchema: 'timelinejs' });
  });

  test('names every file uniquely', () => {
    expect(new Set(split.map((f) => f.name)).size).toBe(split.length);
  });
});
