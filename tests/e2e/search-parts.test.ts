/**
 * A large archive's search index comes in parts by date (scripts/lib/search-index.ts): the first
 * holds the places, the actors and the newest news, each further part older news, and the search
 * page searches older parts only as a reader asks for more, so a first search costs one part
 * however large the archive grows. Here the built site is indexed again in parts of 60 pages (over
 * the one-part index the build made, which must not linger): the first search must read the first
 * part alone and say how far back it looked, and asking for more must end with what the one-part
 * index finds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserPath, launch } from '../support/chromium.ts';
import { narrow, resultPaths, search } from '../support/search-page.ts';
import { baseUrl, openPage } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { bundleParts, partFragments } from '../support/pagefind.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/static-server.ts';
import { pageDate } from '../../scripts/lib/search-index.ts';
import { SEARCH_PARTS_FILE, type SearchParts } from '../../src/lib/site/searchBundle.ts';

const PART_PAGES = 60;

/** Clicks "Show more results" until it is gone; returns every result's path, in the order shown. */
async function showAll(page: Page): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  for (let clicks = 0; await more.isVisible(); clicks++) {
    expect(clicks, 'still offering more results after 20 clicks').toBeLessThan(20);
    const before = await page.locator('.search-result').count();
    const status = await page.locator('[data-search-status]').textContent();
    await more.click();
    await page.waitForFunction(
      ([count, text]) =>
        document.querySelectorAll('.search-result').length > count ||
        document.querySelector('[data-search-status]')?.textContent !== text ||
        (document.querySelector('[data-search-more]') as HTMLElement | null)?.hidden,
      [before, status] as const,
    );
  }
  return resultPaths(page);
}

describe.skipIf(!browserPath)('a search index in parts by date', () => {
  let site: string;
  let server: StaticServer;
  let browser: Browser;
  /** Which part (0 for the bundle's own) holds each English page, and each page's date. */
  const partOf = new Map<string, number>();
  const dateOf = new Map<string, string | undefined>();

  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'aras-parts-'));
    cpSync(DIST, site, { recursive: true });
    const indexed = spawnSync(process.execPath, ['scripts/index-search.ts', site], {
      encoding: 'utf8',
      env: { ...process.env, ARAS_SEARCH_PART_PAGES: String(PART_PAGES) },
    });
    expect(indexed.status, `${indexed.stdout}\n${indexed.stderr}`).toBe(0);
    bundleParts('en', site).forEach((part, i) =>
      partFragments(part).forEach((fragment) => {
        const path = new URL(fragment.url, 'http://x').pathname;
        partOf.set(path, i);
        dateOf.set(path, pageDate(readFileSync(join(site, path, 'index.html'), 'utf8')));
      }),
    );
    server = await serveDist(site);
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(site, { recursive: true, force: true });
  });

  test('is cut by date: places, actors and the newest news first, every page in exactly one', () => {
    const parts = bundleParts('en', site).map((part) => partFragments(part).length);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts[0]).toBeLessThanOrEqual(PART_PAGES);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(partOf.size);
    const undated = [...partOf].filter(([path]) => /^\/(places|actors)\//.test(path));
    expect(undated.length).toBeGreaterThan(20);
    expect(undated.filter(([, part]) => part !== 0)).toEqual([]);
    expect([...dateOf].filter(([path, date]) => date === undefined && !/^\/(places|actors)\//.test(path))).toEqual([]);
    // Every page of a part is newer than every page of the parts after it: no date is split.
    const listed = (JSON.parse(readFileSync(join(site, 'pagefind', SEARCH_PARTS_FILE), 'utf8')) as SearchParts).parts;
    const dates = (part: number) =>
      [...partOf].flatMap(([path, p]) => (p === part && dateOf.get(path) ? [dateOf.get(path)!] : [])).sort();
    listed.forEach((entry, i) => {
      expect(entry.from).toBe(dates(i)[0]);
      if (i > 0) expect(dates(i).at(-1)! < dates(i - 1)[0]!, 'a date split between parts').toBe(true);
    });
    expect(listed[0]?.since).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$|^[A-Z][a-z]+ \d{4}$/);
  });

  test('a first search reads the newest part alone, says how far back, and more reaches the rest', async () => {
    const { page, errors, external } = await openPage(browser);
    const fetched: string[] = [];
    page.context().on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}search/`);
    const first = await search(page, 'Iran');
    const since = (JSON.parse(readFileSync(join(site, 'pagefind', SEARCH_PARTS_FILE), 'utf8')) as SearchParts).parts[0]!
      .since!;
    await expect
      .poll(() => page.locator('[data-search-status]').textContent())
      .toMatch(new RegExp(`^\\d+ results for “Iran” so far, in news back to ${since}\\.`));
    expect(first).toHaveLength(10);
    expect(first.filter((path) => partOf.get(path) !== 0)).toEqual([]);
    expect(fetched.filter((path) => path.includes('/pagefind/part-'))).toEqual([]);

    const all = await showAll(page);
    expect(fetched.filter((path) => path.includes('/pagefind/part-2/')).length).toBeGreaterThan(0);
    expect(all.slice(0, 10)).toEqual(first);
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(all.map((path) => partOf.get(path))).size).toBeGreaterThan(1);
    await expect
      .poll(() => page.locator('[data-search-status]').textContent())
      .toBe(`${all.length} results for “Iran”, 10 at a time.`);

    // The same pages the one-part index of the build finds, in any order.
    const { page: whole } = await openPage(browser);
    await whole.goto(`${baseUrl}/search/`);
    await search(whole, 'Iran');
    expect([...all].sort()).toEqual([...(await showAll(whole))].sort());
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  test('a word the newest part barely knows is searched back through the older parts at once', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}search/`);
    const found = await search(page, 'Khoda Afarin');
    expect(found).toContain('/places/khoda-afarin/');
    expect(new Set(found.map((path) => partOf.get(path))).size, 'results from more than one part').toBeGreaterThan(1);
    await expect.poll(() => page.locator('[data-search-status]').textContent()).not.toMatch(/so far/);
    expect(errors).toEqual([]);
  });

  test('a part that cannot be loaded makes the page offer the lists instead of a stale answer', async () => {
    const { page } = await openPage(browser);
    await page.route('**/pagefind/part-2/**', (route) => route.abort());
    await page.goto(`${server.url}search/`);
    await page.fill('#search-input', 'Khoda Afarin');
    await page.locator('[data-search-fallback]').waitFor();
    expect(await page.locator('[data-search-form]').isHidden()).toBe(true);
  });

  test('narrowing counts filter values across every part and narrows results in all of them', async () => {
    const options = async (page: Page) => {
      await page.click('[data-search-narrow] summary');
      await page.locator('#search-filter-year').waitFor();
      const texts = await page.$$eval('[data-search-filters] option', (all) => all.map((option) => option.textContent));
      await page.click('[data-search-narrow] summary');
      return texts;
    };
    const status = (page: Page) => () => page.locator('[data-search-status]').textContent();
    const { page: whole } = await openPage(browser);
    await whole.goto(`${baseUrl}/search/`);
    await search(whole, 'Iran');
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}search/`);
    const first = await search(page, 'Iran');
    await expect.poll(status(page)).toMatch(/so far/);
    // Every value counted over the whole archive, as the one-part index counts it; the results
    // shown stay, and the status line now gives the whole archive's count.
    const counts = await options(page);
    expect(counts.some((text) => /^2020 \(\d+\)$/.test(text ?? ''))).toBe(true);
    expect(counts).toEqual(await options(whole));
    await expect.poll(status(page)).toBe(await status(whole)());
    expect(await resultPaths(page)).toEqual(first);
    await search(page, 'Pakpour');
    expect(await narrow(page, 'page', 'Actor', /^1 result/)).toEqual(['/actors/mohammad-pakpour/']);
    expect(errors).toEqual([]);
  });
});
