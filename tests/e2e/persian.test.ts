/**
 * The Persian edition in Chromium, at a phone's width and a desktop's: every page type passes axe,
 * fits the screen, and reads right to left; the language switch lands on the same page; the map's
 * popup and controls read right to left too.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserPath, launch } from '../support/chromium.ts';
import { baseUrl, openPage } from '../support/browser.ts';
import { layoutShift } from '../support/layout-shift.ts';

/** One page of each type under /fa/. */
const PERSIAN_PAGES = [
  '/fa/',
  '/fa/timeline/2020-10/',
  '/fa/articles/2020-10-26-dawn-iran-deploys-troops/',
  '/fa/events/pakpour-visits-khoda-afarin/',
  '/fa/places/',
  '/fa/places/jolfa/',
  '/fa/actors/',
  '/fa/actors/irgc/',
  '/fa/kinds/deployment/',
  '/fa/map/',
  '/fa/about/',
];
const WIDTHS = [360, 1280];

async function settle(page: Page) {
  if (await page.locator('aras-map:not(details:not([open]) aras-map)').count())
    await page.waitForSelector('aras-map[data-ready="true"]', { timeout: 20_000 });
  await page.waitForLoadState('networkidle');
}

describe.skipIf(!browserPath)('the Persian edition', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(WIDTHS)('at %i px', (width) => {
    test.each(PERSIAN_PAGES)('%s passes axe, fits the screen and reads right to left', async (path) => {
      const { page, errors } = await openPage(browser, { viewport: { width, height: 800 } });
      await page.goto(`${baseUrl}${path}`);
      await settle(page);
      const layout = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        direction: getComputedStyle(document.querySelector('main')!).direction,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        font: getComputedStyle(document.body).fontFamily,
      }));
      expect(layout).toMatchObject({ lang: 'fa', dir: 'rtl', direction: 'rtl', overflow: 0 });
      expect(layout.font).toMatch(/^Vazirmatn/);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
      expect(errors).toEqual([]);
    });
  });

  // A phone's width as Lighthouse emulates it, and a desktop's; the font held back a second, as on
  // a slow line, so the page is first drawn in the system's font (src/styles/persian-fallbacks.css).
  describe.each([412, 1280])('at %i px', (width) => {
    test.each(['/fa/', '/fa/about/', '/fa/articles/2020-10-26-dawn-iran-deploys-troops/'])(
      '%s does not jump when Vazirmatn arrives late',
      async (path) => {
        const { page } = await openPage(browser, { viewport: { width, height: 823 } });
        const shift = await layoutShift(page, `${baseUrl}${path}`, 1000);
        await expect(page.evaluate(() => document.fonts.check('700 16px Vazirmatn', 'جلفا'))).resolves.toBe(true);
        expect(shift.total, `moved: ${shift.moved.join(', ')}`).toBeLessThan(0.01);
      },
    );
  });

  test('the first timeline entry sits at the right edge of its column', async () => {
    for (const width of WIDTHS) {
      const { page } = await openPage(browser, { viewport: { width, height: 800 } });
      await page.goto(`${baseUrl}/fa/`);
      const { entry, column } = await page.evaluate(() => {
        const box = (el: Element) => el.getBoundingClientRect();
        return {
          entry: box(document.querySelector('.timeline .entry')!),
          column: box(document.querySelector('.explore-timeline')!),
        };
      });
      expect(Math.abs(entry.right - column.right), `at ${width} px`).toBeLessThan(2);
      expect(entry.left, `at ${width} px`).toBeGreaterThan(column.left - 1);
      // Its kind comes first, at the right, as a Persian line starts: left of it on one line, or below it.
      const { kind, date } = await page.evaluate(() => ({
        kind: document.querySelector('.timeline .entry .entry-kind')!.getBoundingClientRect().toJSON() as DOMRect,
        date: document.querySelector('.timeline .entry time')!.getBoundingClientRect().toJSON() as DOMRect,
      }));
      const oneLine = date.top < kind.bottom && kind.top < date.bottom;
      if (oneLine) expect(date.right, `at ${width} px`).toBeLessThan(kind.left);
      else expect(date.top, `at ${width} px`).toBeGreaterThanOrEqual(kind.bottom);
    }
  });

  test.each([
    ['/fa/places/jolfa/', 'English', '/places/jolfa/'],
    ['/places/jolfa/', 'فارسی', '/fa/places/jolfa/'],
    ['/fa/timeline/2020-10/', 'Azərbaycanca', '/az/timeline/2020-10/'],
    ['/az/map/', 'فارسی', '/fa/map/'],
    ['/events/pakpour-visits-khoda-afarin/', 'فارسی', '/fa/events/pakpour-visits-khoda-afarin/'],
    ['/fa/events/pakpour-visits-khoda-afarin/', 'Azərbaycanca', '/az/events/pakpour-visits-khoda-afarin/'],
  ])('the language switch on %s leads to the same page in %s', async (from, language, to) => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}${from}`);
    await page.locator('.language-switch').getByRole('link', { name: language }).click();
    await page.waitForURL(`${baseUrl}${to}`);
    expect(new URL(page.url()).pathname).toBe(to);
  });

  test('a timeline entry on a Persian page leads to the Persian page of its event', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/fa/timeline/2020-10/`);
    const link = page.locator('.period-continuing a.entry-own-page').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/fa\/events\/[^/]+\/$/);
    await link.click();
    await page.waitForURL(`${baseUrl}${href}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fa');
    expect(await page.locator('h1').getAttribute('lang')).toBeNull();
  });

  test('the map’s popup and controls read right to left, in Persian, linking Persian pages', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseUrl}/fa/map/#place-jolfa`);
    await page.waitForSelector('aras-map[data-ready="true"]', { timeout: 20_000 });
    const popup = page.locator('.leaflet-popup-content');
    await expect.poll(() => popup.locator('.popup-entries, .popup-status').count()).toBeGreaterThan(0);
    await expect.poll(() => popup.locator('.popup-entries').count()).toBe(1);
    const seen = await page.evaluate(() => {
      const content = document.querySelector('.leaflet-popup-content')!;
      return {
        direction: getComputedStyle(content).direction,
        title: content.querySelector('.popup-title')!.textContent,
        titleHref: content.querySelector('.popup-title a')!.getAttribute('href'),
        zoomOnRight: document.querySelector('.leaflet-control-zoom')!.closest('.leaflet-right') !== null,
      };
    });
    expect(seen).toEqual({ direction: 'rtl', title: 'جلفا', titleHref: '/fa/places/jolfa/', zoomOnRight: true });
    expect(errors).toEqual([]);
  });

  test('the map names the Aras in Persian, on its button and to a screen reader', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseUrl}/fa/map/`);
    await page.waitForSelector('aras-map[data-ready="true"]', { timeout: 20_000 });
    const button = page.locator('.river-marker');
    await expect(button.textContent()).resolves.toBe('ارس');
    await expect(button.getAttribute('aria-label')).resolves.toBe('ارس (رود)');
    expect(errors).toEqual([]);
  });
});
