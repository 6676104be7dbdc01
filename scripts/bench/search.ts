/**
 * What search costs at a given size: the Pagefind index on disk, the time indexing adds to the
 * build (the same indexing the build's integration runs, timed on its own), and the bytes a
 * reader's browser transfers to open the search page and get the answer to a query, served
 * gzipped as a static host would.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { indexSite, SEARCH_BUNDLE_DIR } from '../lib/search-index.ts';
import { serveDist } from '../lib/static-server.ts';

/** A typical one-word and two-word query over the synthetic digests' vocabulary. */
export const BENCH_QUERIES = ['ceasefire', 'border crossing'] as const;

export interface QueryCost {
  query: string;
  /** Every byte the browser received (headers and bodies) from opening the page to seeing results. */
  bytes: number;
  requests: number;
  results: number;
}

export interface SearchStats {
  /** Everything under pagefind/: the index (fragments, word and filter chunks, metadata) and the bundle. */
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
    const requests: Promise<number>[] = [];
    page.on('requestfinished', (request) =>
      requests.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)),
    );
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-status]').filter({ hasText: query }).waitFor({ timeout: 120_000 });
    const results = await page.locator('.search-result').count();
    const bytes = (await Promise.all(requests)).reduce((a, b) => a + b, 0);
    return { query, bytes, requests: requests.length, results };
  } finally {
    await browser.close();
  }
}

/** Measures search on a built site in `dist`; needs Chromium for the query costs. */
export async function measureSearch(dist: string, chromePath: string): Promise<SearchStats> {
  const started = performance.now();
  await indexSite(dist);
  const indexMs = performance.now() - started;
  const { all, index, indexFiles } = await sizes(join(dist, SEARCH_BUNDLE_DIR));
  const server = await serveDist(dist);
  try {
    const queries: QueryCost[] = [];
    for (const query of BENCH_QUERIES) queries.push(await queryCost(server.url, chromePath, query));
    return { dirBytes: all, indexBytes: index, indexFiles, indexMs, queries };
  } finally {
    await server.close();
  }
}
