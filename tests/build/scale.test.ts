/**
 * The site at a size where nothing may grow without bound: a synthetic archive too large for one
 * page, built in a copy of the project. Every page stays under the phone budget, the timeline is
 * cut into month pages that link up, and every entry's URL leads to the page that carries it.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { contentFiles, makeContent } from '../../scripts/bench/synthetic.ts';
import { writeFiles } from '../../scripts/lib/project-copy.ts';
import { files } from '../support/dist.ts';
import { build, makeProject, removeProject } from '../support/project.ts';
import { dataFileSizes } from '../../scripts/bench/exports.ts';
import { overBudget } from '../../src/lib/exports/budgets.ts';
import { WHOLE_EXPORT_LIMIT } from '../../src/lib/exports/parts.ts';
import { parse as parseCsv } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { LARGEST_PART, PAGES_PER_PART, partSize } from '../../scripts/lib/search-index.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { SEARCH_PARTS_FILE, searchBundlePath, type SearchParts } from '../../src/lib/site/searchBundle.ts';

// Enough digests for more events than one export file holds (WHOLE_EXPORT_LIMIT), so that the
// events table and the TimelineJS file are cut into parts by month.
const ARTICLES = 1900;
const HTML_BUDGET = 150 * 1024;

interface ExportedEntry {
  id: string;
  url: string;
}

let dir: string;
let dist: string;
beforeAll(async () => {
  dir = await makeProject();
  rmSync(join(dir, 'content'), { recursive: true });
  await writeFiles(join(dir, 'content'), contentFiles(makeContent({ articles: ARTICLES, places: 40 })));
  // Several minutes on a shared machine: the build's own limit is raised to the hook's.
  const result = build(dir, {}, 580_000);
  expect(result.status, result.output.slice(-3000)).toBe(0);
  dist = result.dist;
}, 600_000);
afterAll(() => removeProject(dir));

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const json = <T>(path: string) => JSON.parse(read(path)) as T;

describe(`a ${ARTICLES}-article archive`, () => {
  test('keeps every HTML page under 150 KB gzipped', () => {
    const pages = files(dist).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(ARTICLES);
    const over = pages
      .map((f) => ({ f, size: gzipSync(readFileSync(join(dist, f))).length }))
      .filter(({ size }) => size > HTML_BUDGET)
      .map(({ f, size }) => `${f}: ${Math.round(size / 1024)} KB`);
    expect(over).toEqual([]);
  });

  test('keeps every file under /data/ within its byte budget', () => {
    expect(overBudget(dataFileSizes(dist))).toEqual([]);
  });

  test('cuts the timeline into month pages and gives every entry a URL that finds it', () => {
    const index = json<{
      entryCount: number;
      months: { key: string; url: string; entryCount: number }[];
      entries?: unknown;
    }>('data/timeline.json');
    expect(index.entries, 'too many entries for one file').toBeUndefined();
    let total = 0;
    const cache = new Map<string, Set<string>>();
    for (const month of index.months) {
      const { entries } = json<{ entries: ExportedEntry[] }>(month.url.slice(1));
      expect(entries).toHaveLength(month.entryCount);
      total += entries.length;
      for (const entry of entries) {
        const [path, anchor] = entry.url.split('#') as [string, string];
        expect(path, entry.id).toMatch(new RegExp(`^/timeline/${month.key}/(\\d+/)?$`));
        if (!cache.has(path))
          cache.set(
            path,
            new Set(
              parse(read(`${path.slice(1)}index.html`))
                .querySelectorAll('article.entry')
                .map((el) => el.id),
            ),
          );
        expect(cache.get(path)!.has(anchor), entry.url).toBe(true);
      }
    }
    expect(total).toBe(index.entryCount);
  });

  test('cuts the events table and the TimelineJS file into month parts that hold every event once', () => {
    const index = json<{ months: { url: string }[] }>('data/timeline.json');
    const events = index.months.flatMap((m) =>
      json<{ entries: { id: string; type: string }[] }>(m.url.slice(1)).entries.filter((e) => e.type === 'event'),
    );
    expect(events.length, 'the synthetic archive has too few events to cut: raise ARTICLES').toBeGreaterThan(
      WHOLE_EXPORT_LIMIT,
    );
    const pkg = json<{ resources: { path: string }[] }>('data/datapackage.json');
    const parts = (pattern: RegExp) => pkg.resources.map((r) => r.path).filter((p) => pattern.test(p));
    expect(existsSync(join(dist, 'data/events.csv'))).toBe(false);
    const csvParts = parts(/^events\/[\d-]+\.csv$/);
    const rows = csvParts.flatMap((p) => parseCsv(read(`data/${p}`), { bom: true, columns: true }) as { id: string }[]);
    expect(rows.map((r) => `event-${r.id}`).sort()).toEqual(events.map((e) => e.id).sort());

    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(read('data/schemas/timelinejs.schema.json')));
    const timelineJs = json<{ title: { text: { headline: string } }; events: { text: { text: string } }[] }>(
      'data/timelinejs.json',
    );
    expect(validate(timelineJs), 'the index is a TimelineJS file').toBe(true);
    const jsParts = parts(/^timelinejs\/[\d-]+\.json$/);
    expect(jsParts).toHaveLength(timelineJs.events.length);
    expect(timelineJs.events.map((e) => /\/data\/(timelinejs\/[\d-]+\.json)"/.exec(e.text.text)?.[1])).toEqual(jsParts);
    const slides = jsParts.flatMap((p, i) => {
      const part = json<{ title: { text: { text: string } }; events: { unique_id: string }[] }>(`data/${p}`);
      expect(validate(part) ? [] : validate.errors, p).toEqual([]);
      expect(part.title.text.text, p).toContain(`Part ${i + 1} of ${jsParts.length}`);
      return part.events.map((e) => e.unique_id);
    });
    expect(slides.sort()).toEqual(events.map((e) => e.id).sort());
  });

  test('shows the latest page on the front page, with every month linked', () => {
    const home = parse(read('index.html'));
    const shown = home.querySelectorAll('article.entry').length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(150);
    const months = json<{ months: { key: string }[] }>('data/timeline.json').months;
    const linked = new Set(home.querySelectorAll('.period-nav a').map((a) => a.getAttribute('href')));
    for (const { key } of months) expect(linked.has(`/timeline/${key}/`), key).toBe(true);
  });

  test('pages a place with many entries, and keeps its map file to the most recent hundred', () => {
    const places = json<{ features: { properties: { id: string; entryCount: number } }[] }>('data/places.geojson');
    const busiest = places.features.map((f) => f.properties).sort((a, b) => b.entryCount - a.entryCount)[0]!;
    expect(busiest.entryCount).toBeGreaterThan(150);
    expect(existsSync(join(dist, 'places', busiest.id, '2', 'index.html'))).toBe(true);
    const file = json<{ entryCount: number; entries: unknown[] }>(`data/places/${busiest.id}.json`);
    expect(file.entryCount).toBe(busiest.entryCount);
    expect(file.entries).toHaveLength(100);
  });

  test('cuts each language’s search index into parts by date, and keeps the first one light', () => {
    for (const locale of LOCALE_CODES) {
      const bundle = join(dist, searchBundlePath(locale));
      const { parts } = json<SearchParts>(`${searchBundlePath(locale)}${SEARCH_PARTS_FILE}`);
      const pages = parts.map((part) => readdirSync(join(bundle, part.path, 'fragment')).length);
      const total = pages.reduce((a, b) => a + b, 0);
      if (total > PAGES_PER_PART) expect(parts.length, locale).toBeGreaterThanOrEqual(2);
      if (locale === 'en') expect(parts.length, 'English, the largest index').toBeGreaterThanOrEqual(2);
      pages.forEach((count, n) =>
        expect(count, `${locale}, part ${n + 1}`).toBeLessThanOrEqual(partSize(n, PAGES_PER_PART, LARGEST_PART)),
      );
      // Newest first: each part reaches further back than the one before.
      const from = parts.map((part) => part.from ?? '');
      expect(from, locale).toEqual([...from].sort().reverse());
      // What a first search fetches that grows with the archive: the first part's page table and
      // its word chunks (Pagefind writes them gzipped, as they are sent).
      const first = readdirSync(bundle);
      const table = first.filter((name) => name.endsWith('.pf_meta')).map((name) => statSync(join(bundle, name)).size);
      const chunks = readdirSync(join(bundle, 'index')).map((name) => statSync(join(bundle, 'index', name)).size);
      expect(table.length, locale).toBe(1);
      expect(table[0]!, `${locale}: the first part's page table`).toBeLessThan(20 * 1024);
      expect(Math.max(...chunks), `${locale}: the first part's largest word chunk`).toBeLessThan(40 * 1024);
    }
  });
});
