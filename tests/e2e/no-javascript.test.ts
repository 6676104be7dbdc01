import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserPath, launch } from '../support/chromium.ts';
import { baseUrl, openPage, siteJson } from '../support/browser.ts';

interface Timeline {
  entries: { id: string; title: string }[];
}

describe.skipIf(!browserPath)('the site with JavaScript turned off', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('shows every timeline entry', async () => {
    const { entries } = await siteJson<Timeline>('/data/timeline.json');
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/`);
    const ids = await page.$$eval('article.entry[id]', (els) => els.map((el) => el.id));
    expect(ids).toEqual(entries.map((e) => e.id));
    for (const id of ids) expect(await page.locator(`[id="${id}"]`).isVisible()).toBe(true);
  });

  test('gives the map page a list of every place, each a link', async () => {
    const places = await siteJson<{ features: { properties: { displayName: string; url: string } }[] }>(
      '/data/places.geojson',
    );
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/map/`);
    // The static map holds the map's place: every marker (or group) a link, Leaflet absent.
    const markers = page.locator('[data-map-canvas] svg a:visible');
    expect(await markers.count()).toBeGreaterThan(5);
    await expect(page.locator('.leaflet-container').count()).resolves.toBe(0);
    const links = await page.$$eval('.place-list a.place-item-name', (as) =>
      as.map((a) => [a.textContent, a.getAttribute('href')]),
    );
    expect(links.sort()).toEqual(places.features.map((f) => [f.properties.displayName, f.properties.url]).sort());
  });

  test('leads from a place mention on the timeline to the place in the map page’s list', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/`);
    await page.locator('a.place-link[data-place="jolfa"]').first().click();
    await page.waitForURL(`${baseUrl}/map/#place-jolfa`);
    expect(await page.locator('#place-jolfa').isVisible()).toBe(true);
  });
});
