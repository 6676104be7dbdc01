/**
 * The search pages in Chromium: every spelling the gazetteer and the actors know finds its page,
 * filters narrow the results, excerpts read as words, the page passes axe, and without JavaScript
 * it explains itself; in Persian and Azerbaijani, each over its own language's pages.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserPath, launch } from '../support/chromium.ts';
import { narrow, resultPaths, search } from '../support/search-page.ts';
import { baseUrl, openPage } from '../support/browser.ts';
import { layoutShift } from '../support/layout-shift.ts';

/** A query and the page it must find among the results. */
const SPELLINGS: [string, string][] = [
  ['Pakpoor', '/actors/mohammad-pakpour/'],
  ['Khoda Aferin', '/places/khoda-afarin/'],
  ['Xudafərin', '/places/khoda-afarin/'],
  ['خداآفرین', '/places/khoda-afarin/'],
  ['Martuni', '/places/khojavend/'],
  ['Araz', '/places/aras/'],
];

/** Persian queries and the Persian pages they must find: a place by its Persian name, a translated digest, an event. */
const PERSIAN: [string, string][] = [
  ['جلفا', '/fa/places/jolfa/'],
  ['خداآفرین', '/fa/places/khoda-afarin/'],
  ['خداآفرین', '/fa/articles/2020-10-26-dawn-iran-deploys-troops/'],
  ['خداآفرین', '/fa/events/pakpour-visits-khoda-afarin/'],
  ['جلفا', '/fa/articles/2020-10-25-caspiannews-iranian-envoy-border-of-friendship/'],
];

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
    expect(await narrow(page, 'page', 'Actor', /^1 result/)).toEqual(['/actors/mohammad-pakpour/']);
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

  test('shows excerpts whose words stay apart, as the page shows them', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/search/?q=Culfa`);
    const jolfa = page.locator('.search-result').filter({ has: page.locator('a[href$="/places/jolfa/"]') });
    const excerpt = (await jolfa.locator('p').last().textContent()) ?? '';
    expect(excerpt).toMatch(/Djulfa, Jolfa County\. جلفا\. Culfa\./);
    expect(excerpt).not.toMatch(/spelled|Persianجلفا|borderYes/);
  });

  test('has its form in place from the first paint, so nothing moves as its script starts', async () => {
    const { page } = await openPage(browser, { viewport: { width: 412, height: 823 } });
    const shift = await layoutShift(page, `${baseUrl}/search/`);
    await expect(page.locator('#search-input').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-search-fallback]').isVisible()).resolves.toBe(false);
    expect(shift.total, `moved: ${shift.moved.join(', ')}`).toBeLessThan(0.01);
  });

  test('puts the explanation and the lists back if search cannot load', async () => {
    const { page } = await openPage(browser);
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${baseUrl}/search/`);
    await page.locator('[data-search-fallback]').waitFor({ state: 'visible' });
    await expect(page.locator('#search-input').isVisible()).resolves.toBe(false);
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

describe.skipIf(!browserPath)('the Persian and Azerbaijani search pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test.each(PERSIAN)('finds %s on %s, and the result leads there', async (query, path) => {
    const { page, errors, external } = await openPage(browser);
    await page.goto(`${baseUrl}/fa/search/`);
    const found = await search(page, query);
    expect(found).toContain(path);
    expect(
      found.every((p) => p.startsWith('/fa/')),
      found.join(' '),
    ).toBe(true);
    await page.locator(`.search-result h2 a[href$="${path}"]`).first().click();
    await page.waitForURL(`**${path}`);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  test('speaks Persian in Persian digits, and its filters are in Persian', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/fa/search/?q=${encodeURIComponent('خداآفرین')}`);
    const status = page.locator('[data-search-status]');
    await status.filter({ hasText: 'خداآفرین' }).waitFor();
    await expect(status.textContent()).resolves.toMatch(/^[۰-۹]+ نتیجه برای «خداآفرین»/);
    await expect(page.locator('.search-result-meta').first().textContent()).resolves.toMatch(
      /^(چکیده|رویداد|مکان|بازیگر) · /,
    );
    await page.click('[data-search-narrow] summary');
    await expect(page.locator('label[for="search-filter-page"]').textContent()).resolves.toBe('نوع صفحه');
    await page.selectOption('#search-filter-page', 'مکان');
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('.search-result h2 a')].every((a) =>
        new URL(a.href).pathname.startsWith('/fa/places/'),
      ),
    );
    const narrowed = await resultPaths(page);
    expect(narrowed).toContain('/fa/places/khoda-afarin/');
  });

  test('the Azerbaijani page finds the Azerbaijani pages by their Azerbaijani names', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/az/search/`);
    const found = await search(page, 'Xudafərin');
    expect(found).toContain('/az/places/khoda-afarin/');
    expect(
      found.every((p) => p.startsWith('/az/')),
      found.join(' '),
    ).toBe(true);
  });

  test.each([360, 1280])(
    'at %i px the Persian page reads right to left, fits the screen and passes axe with results showing',
    async (width) => {
      const { page, errors } = await openPage(browser, { viewport: { width, height: 800 } });
      await page.goto(`${baseUrl}/fa/search/?q=${encodeURIComponent('جلفا')}`);
      await page.locator('.search-result').first().waitFor();
      await page.click('[data-search-narrow] summary');
      await page.locator('#search-filter-page').waitFor();
      const layout = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        direction: getComputedStyle(document.querySelector('.search-results')!).direction,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      expect(layout).toEqual({ lang: 'fa', dir: 'rtl', direction: 'rtl', overflow: 0 });
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  test('the header’s search link and the language switch lead to the search page in each language', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/fa/places/jolfa/`);
    await page.click('header nav a[href="/fa/search/"]');
    await page.waitForURL('**/fa/search/');
    await page.click('.language-switch a[hreflang="az-Latn"]');
    await page.waitForURL('**/az/search/');
    await page.click('.language-switch a[hreflang="en"]');
    await page.waitForURL(`${baseUrl}/search/`);
  });

  test('without JavaScript the Persian page says what it needs, in Persian, and offers the Persian lists', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/fa/search/`);
    const fallback = page.locator('[data-search-fallback]');
    await expect(fallback.isVisible()).resolves.toBe(true);
    await expect(fallback.textContent()).resolves.toContain('جاوااسکریپت');
    await expect(page.locator('#search-input').isVisible()).resolves.toBe(false);
    for (const list of ['/fa/', '/fa/places/', '/fa/actors/'])
      await expect(page.locator(`[data-search-fallback] a[href="${list}"]`).count()).resolves.toBe(1);
  });
});
