/** The time axis in a browser: a control for the date filter with scripts, a chart without. */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserPath, launch } from '../support/chromium.ts';
import { baseUrl, openPage } from '../support/browser.ts';

const DATES = /\?from=(\d{4}-\d{2}-\d{2})&to=(\d{4}-\d{2}-\d{2})$/;
const DATES_FA = /\/fa\/\?from=(\d{4}-\d{2}-\d{2})&to=(\d{4}-\d{2}-\d{2})$/;

/** The visible entries' first and last days, as the filter reads them. */
const visibleRanges = (page: Page) =>
  page.$$eval('.timeline article.entry[id]', (els) =>
    els
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => ({ start: (el as HTMLElement).dataset['start']!, end: (el as HTMLElement).dataset['end']! })),
  );

const selectionShown = (page: Page) =>
  page.locator('.axis-selection').evaluate((el) => el.getAttribute('visibility') === 'visible');

describe.skipIf(!browserPath)('the time axis', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openHome(width = 1280, search = '') {
    const watched = await openPage(browser, { viewport: { width, height: 900 } });
    await watched.page.goto(`${baseUrl}/${search}`);
    // The control loads when the page is idle: it is ready once it has drawn the URL's filter.
    await watched.page.waitForFunction(() => customElements.get('aras-axis') !== undefined);
    return watched;
  }

  test('a drag across it sets the date filter and the URL, and Back undoes it', async () => {
    const { page, errors } = await openHome();
    const all = await visibleRanges(page);
    const box = (await page.locator('svg.axis-svg').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, box.y + 30, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.5, box.y + 30, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL(DATES);
    const [, from, to] = DATES.exec(page.url())!;
    expect(from! < to!).toBe(true);
    await expect(page.locator('input[name="from"]').inputValue()).resolves.toBe(from);
    const shown = await visibleRanges(page);
    expect(shown.length).toBeLessThan(all.length);
    for (const e of shown) expect(e.end >= from! && e.start <= to!).toBe(true);
    expect(await selectionShown(page)).toBe(true);

    await page.goBack();
    await page.waitForURL(`${baseUrl}/`);
    expect(await visibleRanges(page)).toEqual(all);
    expect(await selectionShown(page)).toBe(false);
    expect(errors).toEqual([]);
  });

  test('the keyboard chooses a stretch, Enter applies it and Escape clears it', async () => {
    const { page } = await openHome();
    const choose = page.getByRole('button', { name: 'Choose dates on the axis' });
    await choose.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect(page.locator('[data-axis-status]').textContent()).resolves.toMatch(/^From .+ to .+\. Press Enter/);
    await page.keyboard.press('Enter');
    await page.waitForURL(DATES);
    const [, from, to] = DATES.exec(page.url())!;
    // One day a step on this archive's axis: five steps in, then ten wider.
    expect((Date.parse(to!) - Date.parse(from!)) / 86_400_000).toBe(10);
    await page.keyboard.press('Escape');
    await page.waitForURL(`${baseUrl}/`);
    expect(await selectionShown(page)).toBe(false);
  });

  test('clearing the filters clears the selection drawn on it', async () => {
    const { page } = await openHome(1280, '?from=2020-10-20&to=2020-10-28');
    expect(await selectionShown(page)).toBe(true);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL(`${baseUrl}/`);
    expect(await selectionShown(page)).toBe(false);
  });

  test('a place chosen on the map shows on the axis when its entries happened', async () => {
    const { page } = await openHome();
    await page.waitForSelector('aras-map[data-ready="true"]');
    expect(await page.locator('.axis-highlights rect').count()).toBe(0);
    await page.getByRole('button', { name: 'Jolfa', exact: true }).click();
    await page.waitForURL(`${baseUrl}/?place=jolfa`);
    expect(await page.locator('.axis-highlights rect').count()).toBeGreaterThan(0);
  });

  test('at 360 px it fits the screen', async () => {
    const { page } = await openHome(360);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const box = (await page.locator('svg.axis-svg').boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(360);
  });

  test.each(['/', '/timeline/2020-10/'])('%s: the axis reads without JavaScript', async (path) => {
    const { page } = await openPage(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 900 } });
    await page.goto(`${baseUrl}${path}`);
    const figure = page.locator('figure.axis');
    expect(await figure.isVisible()).toBe(true);
    expect(await figure.locator('svg a').count()).toBeGreaterThan(0);
    expect(await figure.locator('.axis-legend').isVisible()).toBe(true);
    expect(await page.locator('[data-axis-control]').isVisible()).toBe(false);
    await figure.locator('details.axis-table summary').click();
    expect(await figure.locator('table').isVisible()).toBe(true);
  });
});

describe.skipIf(!browserPath)('the time axis on the Persian front page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openPersian(width = 1280) {
    const watched = await openPage(browser, { viewport: { width, height: 900 } });
    await watched.page.goto(`${baseUrl}/fa/`);
    await watched.page.waitForFunction(() => customElements.get('aras-axis') !== undefined);
    return watched;
  }

  test('the keyboard chooses a stretch running leftwards, as time runs on the drawing, and sets the URL', async () => {
    const { page, errors } = await openPersian();
    const all = await visibleRanges(page);
    const choose = page.getByRole('button', { name: 'انتخاب تاریخ‌ها روی محور' });
    await choose.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowLeft');
    // Both calendars, Solar Hijri first: "از ۶ مهر ۱۳۹۹ (۲۷ سپتامبر ۲۰۲۰) تا …".
    await expect(page.locator('[data-axis-status]').textContent()).resolves.toMatch(/^از .+ ۱۳۹۹ \(.+ ۲۰۲۰\) تا /);
    // The selection is drawn at the right, where the axis's time begins.
    const selection = await page.locator('.axis-selection').evaluate((el) => ({
      x: parseFloat(el.getAttribute('x')!),
      width: parseFloat(el.getAttribute('width')!),
    }));
    expect(selection.x + selection.width).toBeGreaterThan(90);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/fa\/\?from=(\d{4}-\d{2}-\d{2})&to=(\d{4}-\d{2}-\d{2})$/);
    const url = new URL(page.url());
    const [from, to] = [url.searchParams.get('from')!, url.searchParams.get('to')!];
    expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBe(10);
    await expect(page.locator('input[name="from"]').inputValue()).resolves.toBe(from);
    const shown = await visibleRanges(page);
    expect(shown.length).toBeLessThan(all.length);
    for (const e of shown) expect(e.end >= from && e.start <= to).toBe(true);
    await page.goBack();
    await page.waitForURL(`${baseUrl}/fa/`);
    expect(await selectionShown(page)).toBe(false);
    expect(errors).toEqual([]);
  });

  test('a drag from right to left chooses dates forward in time', async () => {
    const { page } = await openPersian();
    const box = (await page.locator('svg.axis-svg').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.7, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + 30, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.5, box.y + 30, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL(DATES_FA);
    const [, from, to] = DATES_FA.exec(page.url())!;
    expect(from! < to!).toBe(true);
  });

  test.each([360, 1280])('passes axe and fits the screen at %i px', async (width) => {
    const { page } = await openPersian(width);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await page.locator('figure.axis details.axis-table summary').click();
    const results = await new AxeBuilder({ page })
      .include('figure.axis')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
