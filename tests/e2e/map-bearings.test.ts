/**
 * The map's bearings in Chromium: the Aras drawn and chosen like a place, the key and the scale
 * readable on a phone, and the opt-in street map sending the Referer OpenStreetMap requires.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { OPT_IN_TILES } from '../../src/consts.ts';
import { browserPath, launch } from '../support/chromium.ts';
import { baseUrl, openPage, type WatchedPage } from '../support/browser.ts';

/** A 1×1 transparent PNG: what the stand-in tile server sends for any tile it accepts. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Stands in for OpenStreetMap's tile servers, which refuse a request that carries no Referer
 * (their usage policy): 403 without one, a tile with one. Records what each request carried.
 */
function standInTileServer() {
  const seen: { path: string; referer: string | undefined }[] = [];
  const server = createServer((request, response) => {
    const referer = request.headers.referer;
    seen.push({ path: request.url ?? '', referer });
    if (!referer) {
      response.writeHead(403, { 'Content-Type': 'text/plain' }).end('Access blocked: no Referer');
      return;
    }
    response.writeHead(200, { 'Content-Type': 'image/png', 'Access-Control-Allow-Origin': '*' }).end(PNG);
  });
  return { server, seen };
}

describe.skipIf(!browserPath)('the map’s bearings in Chromium', () => {
  let browser: Browser;
  let tiles: ReturnType<typeof standInTileServer>;
  let tilesUrl: string;

  beforeAll(async () => {
    browser = await launch();
    tiles = standInTileServer();
    await new Promise<void>((resolve) => tiles.server.listen(0, '127.0.0.1', resolve));
    tilesUrl = `http://127.0.0.1:${(tiles.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (tiles?.server as Server | undefined)?.close(resolve) ?? resolve(undefined));
  });

  async function openMap(options: { width?: number; hash?: string } = {}): Promise<WatchedPage> {
    const { width = 1280, hash = '' } = options;
    const watched = await openPage(browser, { viewport: { width, height: 800 } });
    await watched.page.goto(`${baseUrl}/map/${hash}`);
    await watched.page.waitForSelector('aras-map[data-ready="true"]');
    return watched;
  }

  const activeName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

  test('draws the Aras as a line along the border, with a button that names it', async () => {
    const { page, errors } = await openMap();
    const line = page.locator('path.river-line');
    await expect(line.count()).resolves.toBe(1);
    const box = await line.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    const button = page.getByRole('button', { name: 'Aras (river)', exact: true });
    await expect(button.getAttribute('tabindex')).resolves.toBe('0');
    await expect(button.textContent()).resolves.toBe('Aras');
    expect(await button.isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  test('selects the Aras from the keyboard like a place, and gives focus back on Escape', async () => {
    const { page } = await openMap();
    const button = page.getByRole('button', { name: 'Aras (river)', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    const title = page.locator('.leaflet-popup .popup-title');
    await title.waitFor();
    expect(await title.textContent()).toMatch(/^Aras/);
    expect(page.url()).toBe(`${baseUrl}/map/#place-aras`);
    await expect(button.getAttribute('aria-current')).resolves.toBe('true');
    // Focus moves into the popup once the river's entries have loaded.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.leaflet-popup') != null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await activeName(page)).toBe('Aras (river)');
    await expect(button.getAttribute('aria-current')).resolves.toBeNull();
    expect(page.url()).toBe(`${baseUrl}/map/`);
  });

  test('opens on the Aras from a shared URL, and from a click on the line itself', async () => {
    const { page } = await openMap({ hash: '#place-aras' });
    await expect(page.locator('.leaflet-popup .popup-title').textContent()).resolves.toMatch(/^Aras/);
    // Focus moves into the popup once its entries have loaded; Escape is read from there.
    await page.waitForFunction(() => document.activeElement?.closest('.leaflet-popup') != null);
    await page.keyboard.press('Escape');
    await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
    // A point halfway along the line's first visible segment.
    const point = await page.evaluate(() => {
      const path = document.querySelector<SVGPathElement>('path.river-line')!;
      const at = path.getPointAtLength(path.getTotalLength() * 0.2);
      const matrix = path.getScreenCTM()!;
      return { x: at.x * matrix.a + matrix.e, y: at.y * matrix.d + matrix.f };
    });
    await page.mouse.click(point.x, point.y);
    await expect(page.locator('.leaflet-popup .popup-title').textContent()).resolves.toMatch(/^Aras/);
  });

  for (const width of [360, 1280])
    test(`shows the key and a metric scale at ${width} px, with nothing running off the page`, async () => {
      const { page } = await openMap({ width });
      const scale = page.locator('.leaflet-control-scale-line');
      await expect(scale.count()).resolves.toBe(1);
      expect(await scale.isVisible()).toBe(true);
      expect(await scale.textContent()).toMatch(/^\d+ k?m$/);
      const canvas = (await page.locator('[data-map-canvas]').boundingBox())!;
      const bar = (await scale.boundingBox())!;
      expect(bar.x).toBeGreaterThanOrEqual(canvas.x);
      expect(bar.x + bar.width).toBeLessThanOrEqual(canvas.x + canvas.width);
      // The attribution and the zoom buttons leave it uncovered.
      const covering = await page.evaluate(() => {
        const line = document.querySelector('.leaflet-control-scale-line')!.getBoundingClientRect();
        const top = document.elementFromPoint(line.left + 4, line.top + line.height / 2);
        return top?.closest('.leaflet-control-scale') ? null : (top?.className ?? 'nothing');
      });
      expect(covering).toBeNull();

      const key = page.locator('aras-map .map-legend li');
      expect(await key.allTextContents()).toEqual([
        'On Iran’s border',
        'Other place',
        'Selected place',
        '3Places too close to draw apart',
        'The Aras river, where it is the border',
      ]);
      for (const item of await key.all()) {
        expect(await item.isVisible()).toBe(true);
        const b = (await item.boundingBox())!;
        expect(b.x + b.width).toBeLessThanOrEqual(width);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Nakhchivan is named as Azerbaijan's, and every country name shown is whole inside the map.
      const nakhchivan = page.locator('.country-label-exclave');
      await expect(nakhchivan.textContent()).resolves.toBe('Nakhchivan(Azerbaijan)');
      expect(await nakhchivan.isVisible()).toBe(true);
      for (const name of await page.locator('.country-label-text:not(.label-hidden)').all()) {
        const b = (await name.boundingBox())!;
        expect(b.x).toBeGreaterThanOrEqual(canvas.x);
        expect(b.x + b.width).toBeLessThanOrEqual(canvas.x + canvas.width);
      }
      const shown = await page.locator('.country-label-country:not(.label-hidden)').allTextContents();
      expect(shown).toEqual(expect.arrayContaining(['Iran', 'Armenia', 'Azerbaijan']));
    });

  test('without JavaScript, the static map shows the same key, a scale and the named river at 360 px', async () => {
    const watched = await openPage(browser, { viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    const { page } = watched;
    await page.goto(`${baseUrl}/map/`);
    for (const selector of ['.sm-layer-narrow .sm-scale', '.sm-layer-narrow .sm-river-name', '.sm-river-line'])
      expect(await page.locator(selector).isVisible(), selector).toBe(true);
    expect(await page.locator('.sm-layer-wide').isVisible()).toBe(false);
    await expect(page.locator('.sm-layer-narrow .sm-scale text').textContent()).resolves.toMatch(/^\d+ km$/);
    // The selection swatch waits for the map that can select.
    expect(await page.locator('aras-map .map-legend li').allTextContents()).toHaveLength(5);
    expect(await page.locator('.key-interactive').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  });

  test('asks for street-map tiles only after opting in, sending the site’s origin as Referer', async () => {
    const { page, errors } = await openMap();
    // The site's own requests, made as the reader opts in, still carry no Referer.
    const siteReferers: Promise<string | null>[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(baseUrl)) siteReferers.push(request.allHeaders().then((h) => h['referer'] ?? null));
    });
    const headers: IncomingHttpHeaders[] = [];
    // The tile server's address stays the real one (the page's CSP allows no other); the
    // requests go on to the stand-in with the headers Chromium gave them.
    await page.route(`${OPT_IN_TILES}/**`, async (route) => {
      const request = route.request();
      const sent = await request.allHeaders();
      headers.push(sent);
      const response = await route.fetch({ url: tilesUrl + new URL(request.url()).pathname, headers: sent });
      await route.fulfill({ response });
    });
    tiles.seen.length = 0;
    await page.waitForTimeout(300);
    expect(headers).toEqual([]);

    await page.getByRole('button', { name: 'Show street-map background' }).click();
    await expect.poll(() => tiles.seen.length, { timeout: 20_000 }).toBeGreaterThan(0);
    for (const { referer } of tiles.seen) expect(referer).toBe(`${baseUrl}/`);
    await page.waitForSelector('.leaflet-tile-loaded');
    // Choosing a place fetches its entries from the site.
    await page.getByRole('button', { name: 'Jolfa', exact: true }).click();
    await page.waitForSelector('.leaflet-popup .popup-entries');
    expect(siteReferers.length).toBeGreaterThan(0);
    expect(new Set(await Promise.all(siteReferers))).toEqual(new Set([null]));
    for (const { referer } of tiles.seen) expect(referer).toBe(`${baseUrl}/`);
    // The stand-in refused nothing: every tile requested arrived.
    expect(await page.locator('.leaflet-tile-loaded').count()).toBeGreaterThan(0);
    expect(await page.locator('img.leaflet-tile:not(.leaflet-tile-loaded)').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
