/**
 * The search page in Chromium: every spelling the gazetteer and the actors know finds its page,
 * filters narrow the results, the page passes axe, and without JavaScript it explains itself.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserPath, launch } from '../support/chromium.ts';
import { baseUrl, openPage } from '../support/browser.ts';

/** A query and the page it must find among the results. */
const SPELLINGS: [string, string][] = [
  ['Pakpoor', '/actors/mohammad-pakpour/'],
  ['Khoda Aferin', '/places/khoda-afarin/'],
  ['Xudafərin', '/places/khoda-afarin/'],
  ['خداآفرین', '/places/khoda-afarin/'],
  ['Martuni', '/places/khojavend/'],
  ['Araz', '/places/aras/'],
];

async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-input', query);
  await page.locator('[data-search-status]').filter({ hasText: query }).waitFor();
  return page.$$eval('.search-result h2 a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

describe.skipIf(!browserPath)('the search page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test.each(SPELLINGS)('finds %s on %s, and the result leads there', async (query, path) => {
    const { page, errors, external } = await openPage(browser);
    await page.goto(`${baseUrl}/search/`);
    const found = await search(page, query);
    expect(found).toContain(path);
    await page.locator(`.search-result h2 a[href$="${path}"]`).first().click();
    await page.waitForURL(`**${path}`);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  test('shows the kind of page with each result, and its filters narrow the results', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/search/`);
    const all = await search(page, 'Pakpour');
    expect(all.some((p) => p.startsWith('/articles/'))).toBe(true);
    expect(all.some((p) => p.startsWith('/actors/'))).toBe(true);
    await expect(page.locator('.search-result-meta').first().textContent()).resolves.toMatch(/Digest|Actor|Place/);
    await page.click('[data-search-narrow] summary');
    await page.selectOption('#search-filter-page', 'Actor');
    await page
      .locator('[data-search-status]')
      .filter({ hasText: /^1 result/ })
      .waitFor();
    const narrowed = await page.$$eval('.search-result h2 a', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(narrowed).toEqual(['/actors/mohammad-pakpour/']);
  });

  test('passes axe with results and filters showing', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/search/?q=Jolfa`);
    await page.locator('.search-result').first().waitFor();
    await page.click('[data-search-narrow] summary');
    await page.locator('#search-filter-page').waitFor();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test('says what it needs without JavaScript, and offers the lists instead', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/search/`);
    await expect(page.locator('[data-search-fallback]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-search-fallback]').textContent()).resolves.toContain('needs JavaScript');
    await expect(page.locator('#search-input').isVisible()).resolves.toBe(false);
    for (const list of ['/places/', '/actors/'])
      await expect(page.locator(`[data-search-fallback] a[href="${list}"]`).count()).resolves.toBe(1);
  });
});
