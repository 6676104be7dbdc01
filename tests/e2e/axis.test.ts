/** The time axis in a browser: a control for the date filter with scripts, a chart without. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserPath, launch } from '../support/chromium.ts';
import { baseUrl, openPage } from '../support/browser.ts';

const DATES = /\?from=(\d{4}-\d{2}-\d{2})&to=(\d{4}-\d{2}-\d{2})$/;

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
