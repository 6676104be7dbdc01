/**
 * A large archive's search index comes in parts, each made by its own Pagefind process so the
 * indexer's memory stays bounded (scripts/lib/search-index.ts). Here the built site is indexed
 * again with parts of 30 pages (over the one-part index the build made, which must not linger),
 * and the search page must answer as if it were one index: the same pages found, from every
 * part, with the filters counting across parts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserPath, launch } from '../support/chromium.ts';
import { narrow, search } from '../support/search-page.ts';
import { openPage } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { bundleParts, partFragments } from '../support/pagefind.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/static-server.ts';

const PART_PAGES = 30;

describe.skipIf(!browserPath)('a search index in parts', () => {
  let site: string;
  let server: StaticServer;
  let browser: Browser;
  /** Which part (0 for the bundle's own) holds each English page. */
  const partOf = new Map<string, number>();

  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'aras-parts-'));
    cpSync(DIST, site, { recursive: true });
    const indexed = spawnSync(process.execPath, ['scripts/index-search.ts', site], {
      encoding: 'utf8',
      env: { ...process.env, ARAS_SEARCH_PART_PAGES: String(PART_PAGES) },
    });
    expect(indexed.status, `${indexed.stdout}\n${indexed.stderr}`).toBe(0);
    bundleParts('en', site).forEach((part, i) =>
      partFragments(part).forEach((fragment) => partOf.set(new URL(fragment.url, 'http://x').pathname, i)),
    );
    server = await serveDist(site);
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(site, { recursive: true, force: true });
  });

  test('is cut into parts of the given size, every page in exactly one', () => {
    const sizes = bundleParts('en', site).map((part) => partFragments(part).length);
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(PART_PAGES);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(partOf.size);
  });

  test('answers from every part, as one index would', async () => {
    const { page, errors, external } = await openPage(browser);
    await page.goto(`${server.url}search/`);
    const found = await search(page, 'Khoda Afarin');
    expect(found).toContain('/places/khoda-afarin/');
    const parts = new Set(found.map((path) => partOf.get(path)));
    expect(parts.size, `results came from parts ${[...parts].join(', ')}`).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  test('counts filter values across parts and narrows results in all of them', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${server.url}search/`);
    const all = await search(page, 'Pakpour');
    expect(new Set(all.map((path) => partOf.get(path))).size).toBeGreaterThan(1);
    expect(await narrow(page, 'page', 'Actor', /^1 result/)).toEqual(['/actors/mohammad-pakpour/']);
  });
});
