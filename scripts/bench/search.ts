/**
 * What search costs at a given size: the Pagefind index on disk, the time indexing adds to the
 * build (the same indexing the build's integration runs, timed on its own), and the bytes a
 * reader's browser transfers to open the search page and get the answer to a query, served
 * gzipped as a static host would.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { indexSite } from '../lib/search-index.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { searchBundlePath } from '../../src/lib/site/searchBundle.ts';
import { serveDist } from '../lib/static-server.ts';

/** A typical one-word and two-word query over the synthetic digests' vocabulary. */
export const BENCH_QUERIES = ['ceasefire', 'border crossing'] as const;

/** What a first search's bytes are spent on, by the kind of file fetched. */
export const QUERY_PARTS = {
  page: 'the search page, its stylesheet and script',
  code: 'Pagefind’s script and entry file',
  wasm: 'Pagefind’s WebAssembly',
  pages: 'the page table (pf_meta)',
  words: 'word index chunks (pf_index)',
  filters: 'filter chunks (pf_filter)',
  results: 'result fragments (pf_fragment)',
} as const;
export type QueryPart = keyof typeof QUERY_PARTS;

/** The part a fetched file belongs to: `partOf('/pagefind/index/en_1a2b.pf_index')` is "words". */
export function partOf(path: string): QueryPart {
  if (/\.pf_meta$/.test(path)) return 'pages';
  if (/\.pf_index$/.test(path)) return 'words';
  if (/\.pf_filter$/.test(path)) return 'filters';
  if (/\.pf_fragment$/.test(path)) return 'results';
  if (/\/wasm\.[\w-]+\.pagefind$/.test(path)) return 'wasm';
  if (/\/pagefind\//.test(path)) return 'code';
  return 'page';
}

export interface QueryCost {
  query: string;
  /** Every byte the browser received (headers and bodies) from opening the page to seeing results. */
  bytes: number;
  /** The same bytes by what they were spent on. */
  parts: Record<QueryPart, number>;
  requests: number;
  results: number;
  /** The page's status line for the first answer: how many were found, and how far back. */
  answer: string;
}

export interface SearchStats {
  /** Every language's pagefind/ folder: the index (fragments, word and filter chunks, metadata) and the bundle. */
  dirBytes: number;
  /** The index alone: what grows with the content. */
  indexBytes: number;
  indexFiles: number;
  indexMs: number;
  queries: QueryCost[];
}

async function sizes(dir: string): Promise<{ all: number; index: number; indexFiles: number }> {
  let all = 0;
  let index = 0;
  let indexFiles = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const bytes = (await stat(join(entry.parentPath, entry.name))).size;
    all += bytes;
    if (/\.pf_(fragment|index|filter|meta)$/.test(entry.name)) {
      index += bytes;
      indexFiles += 1;
    }
  }
  return { all, index, indexFiles };
}

async function queryCost(siteUrl: string, chromePath: string, query: string): Promise<QueryCost> {
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await (await browser.newContext()).newPage();
    const requests: Promise<[QueryPart, number]>[] = [];
    page.on('requestfinished', (request) =>
      requests.push(
        request
          .sizes()
          .then((s) => [partOf(new URL(request.url()).pathname), s.responseBodySize + s.responseHeadersSize]),
      ),
    );
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-status]').filter({ hasText: query }).waitFor({ timeout: 120_000 });
    const results = await page.locator('.search-result').count();
    const answer = (await page.locator('[data-search-status]').textContent()) ?? '';
    const parts = Object.fromEntries(Object.keys(QUERY_PARTS).map((part) => [part, 0])) as Record<QueryPart, number>;
    for (const [part, bytes] of await Promise.all(requests)) parts[part] += bytes;
    const bytes = Object.values(parts).reduce((a, b) => a + b, 0);
    return { query, bytes, parts, requests: requests.length, results, answer };
  } finally {
    await browser.close();
  }
}

/** Measures search on a built site in `dist`; needs Chromium for the query costs. */
export async function measureSearch(dist: string, chromePath: string): Promise<SearchStats> {
  const started = performance.now();
  await indexSite(dist);
  const indexMs = performance.now() - started;
  let [all, index, indexFiles] = [0, 0, 0];
  for (const locale of LOCALE_CODES) {
    const bundle = await sizes(join(dist, searchBundlePath(locale)));
    [all, index, indexFiles] = [all + bundle.all, index + bundle.index, indexFiles + bundle.indexFiles];
  }
  const server = await serveDist(dist);
  try {
    const queries: QueryCost[] = [];
    for (const query of BENCH_QUERIES) queries.push(await queryCost(server.url, chromePath, query));
    return { dirBytes: all, indexBytes: index, indexFiles, indexMs, queries };
  } finally {
    await server.close();
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The report's search tables, for the sizes that measured it. */
export function searchMarkdown(rows: readonly { articles: number; search?: SearchStats | undefined }[]): string[] {
  const searched = rows.filter((r) => r.search);
  if (searched.length === 0) return [];
  const lines = [
    '',
    'Search (Pagefind): the index on disk, the time indexing adds to the build, and what a reader transfers to open /search/ and see the results of a query (first visit, gzip):',
    '',
    '| digests | pagefind/ (MB) | index alone (MB, files) | indexing (s) | query: bytes (KB), requests, results |',
    '| ---: | ---: | ---: | ---: | --- |',
  ];
  for (const { articles, search: q } of searched)
    lines.push(
      `| ${articles.toLocaleString('en')} | ${(q!.dirBytes / 1024 ** 2).toFixed(2)} | ${(q!.indexBytes / 1024 ** 2).toFixed(2)}, ${q!.indexFiles} | ${(q!.indexMs / 1000).toFixed(1)} | ${q!.queries.map((c) => `“${c.query}”: ${kb(c.bytes)}, ${c.requests}, ${c.results}`).join('; ')} |`,
    );
  const parts = Object.keys(QUERY_PARTS) as QueryPart[];
  lines.push(
    '',
    'Where a first search’s bytes go (KB):',
    '',
    `| digests | query | ${parts.map((p) => QUERY_PARTS[p]).join(' | ')} |`,
    `| ---: | --- | ${parts.map(() => '---:').join(' | ')} |`,
  );
  for (const { articles, search: q } of searched)
    for (const c of q!.queries)
      lines.push(
        `| ${articles.toLocaleString('en')} | “${c.query}” | ${parts.map((p) => kb(c.parts[p])).join(' | ')} |`,
      );
  return lines;
}

/** The goal's line in the report: met when every first search transferred less than `limit` bytes. */
export function searchGoal(search: SearchStats | undefined, limit: number): string {
  const met = search !== undefined && search.queries.every((c) => c.bytes < limit);
  const measured = search?.queries.map((c) => `${kb(c.bytes)} KB`).join(', ') ?? 'not measured';
  return `- a first search under ${kb(limit)} KB transferred: ${met ? 'met' : 'NOT met'} (${measured})`;
}
