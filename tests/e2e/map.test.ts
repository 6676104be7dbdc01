import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserPath, launch } from '../support/chromium.ts';
import { baseUrl, openPage, siteJson, type WatchedPage } from '../support/browser.ts';
import { REGION } from '../../src/lib/map/basemap.ts';
import { inFrame } from '../../src/lib/model/far-away.ts';

interface PlaceFile {
  entries: { id: string; title: string; dateLabel: string; sources: { url: string }[] }[];
}
interface Places {
  features: { geometry: { coordinates: [number, number] } | null; properties: { id: string; displayName: string } }[];
}

describe.skipIf(!browserPath)('the map in Chromium', () => {
  let browser: Browser;
  let watched: WatchedPage;
  let places: Places;

  beforeAll(async () => {
    browser = await launch();
    places = await siteJson<Places>('/data/places.geojson');
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openMap(hash = '') {
    watched = await openPage(browser);
    await watched.page.goto(`${baseUrl}/map/${hash}`);
    await watched.page.waitForSelector('aras-map[data-ready="true"]');
    return watched.page;
  }

  /** The entries a popup shows, as "date title" lines. */
  async function popupEntries(page = watched.page) {
    await page.waitForSelector('.leaflet-popup .popup-entries');
    return page.$$eval('.leaflet-popup .popup-entry', (items) =>
      items.map(
        (li) => `${li.querySelector('time')?.textContent} ${li.querySelector('.popup-entry-title')?.textContent}`,
      ),
    );
  }

  async function expectedEntries(id: string) {
    const file = await siteJson<PlaceFile>(`/data/places/${id}.json`);
    expect(file.entries.length).toBeGreaterThan(0);
    return file.entries.map((e) => `${e.dateLabel} ${e.title}`);
  }

  test('draws the offline basemap at a readable size, and a named, focusable marker for every place in the region', async () => {
    const page = await openMap();
    const box = await page.locator('[data-map-canvas]').boundingBox();
    expect(box!.height).toBeGreaterThan(300);
    expect(await page.locator('path.basemap-home').count()).toBe(1);
    expect(await page.locator('path.basemap-country').count()).toBeGreaterThanOrEqual(4);

    const markers = await page.$$eval('.place-marker', (els) =>
      els.map((el) => ({
        name: el.getAttribute('aria-label'),
        role: el.getAttribute('role'),
        tabindex: el.getAttribute('tabindex'),
      })),
    );
    // A place without a point, or far outside the region (Washington), gets no marker.
    const inRegion = places.features.filter(
      ({ geometry: g }) => g !== null && inFrame({ lon: g.coordinates[0], lat: g.coordinates[1] }, REGION),
    );
    expect(inRegion.length).toBeLessThan(places.features.length);
    expect(markers.map((m) => m.name).sort()).toEqual(inRegion.map((f) => f.properties.displayName).sort());
    for (const marker of markers) expect(marker).toMatchObject({ role: 'button', tabindex: '0' });
    for (const name of ['Khoda Afarin', 'Jolfa', 'Parsabad', 'Ardabil'])
      await expect(page.getByRole('button', { name, exact: true }).count()).resolves.toBe(1);
  });

  test('lists the entries at Jolfa when its marker is clicked', async () => {
    const page = await openMap();
    await page.getByRole('button', { name: 'Jolfa', exact: true }).click();
    expect(await popupEntries()).toEqual(await expectedEntries('jolfa'));
    expect(page.url()).toBe(`${baseUrl}/map/#place-jolfa`);
  });

  test('opens a popup with Enter on a marker reached from the keyboard', async () => {
    const page = await openMap();
    const marker = page.getByRole('button', { name: 'Khoda Afarin', exact: true });
    await marker.focus();
    await page.keyboard.press('Enter');
    expect(await popupEntries()).toEqual(await expectedEntries('khoda-afarin'));
    // Focus moves into the popup, and Escape returns it to the marker.
    expect(await page.evaluate(() => document.activeElement?.closest('.leaflet-popup') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Khoda Afarin');
  });

  test('follows a popup link to the entry on the timeline', async () => {
    const page = await openMap();
    await page.getByRole('button', { name: 'Parsabad', exact: true }).click();
    const [first] = await expectedEntries('parsabad');
    const link = page.locator('.leaflet-popup .popup-entry-title').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/#(event|article)-/);
    // Once its entries load, the popup pans the map to fit them; a click during the pan can land
    // on the map instead of the link, so click once the popup has stopped moving.
    const popup = page.locator('.leaflet-popup');
    await expect
      .poll(async () => {
        const before = await popup.boundingBox();
        await page.waitForTimeout(150);
        const after = await popup.boundingBox();
        return before !== null && before.x === after?.x && before.y === after.y;
      })
      .toBe(true);
    await link.click();
    await page.waitForURL(`${baseUrl}${href}`);
    const target = page.locator(':target');
    await expect(target.getAttribute('id')).resolves.toBe(href!.slice(2));
    expect(await target.isVisible()).toBe(true);
    expect(first).toContain((await target.locator('.entry-title').textContent())!.trim().slice(0, 40));
  });

  test('opens on one place with its popup showing from a shared URL', async () => {
    const page = await openMap('#place-parsabad');
    expect(await popupEntries()).toEqual(await expectedEntries('parsabad'));
    await expect(page.locator('.leaflet-popup .popup-title').textContent()).resolves.toBe('Parsabad');
  });

  test('makes no request beyond this machine and logs no error', async () => {
    const page = await openMap();
    await page.getByRole('button', { name: 'Jolfa', exact: true }).click();
    await popupEntries();
    await page.getByRole('button', { name: 'Khoda Afarin', exact: true }).click();
    await popupEntries();
    expect(watched.external).toEqual([]);
    expect(watched.errors).toEqual([]);
  });

  test('asks the street-map server for tiles only after the reader opts in', async () => {
    const page = await openMap();
    const tileRequests: string[] = [];
    await page.route('https://tile.openstreetmap.org/**', (route) => {
      tileRequests.push(route.request().url());
      return route.fulfill({ status: 204 });
    });
    await page.waitForTimeout(300);
    expect(tileRequests).toEqual([]);
    const toggle = page.getByRole('button', { name: 'Show street-map background' });
    await toggle.click();
    await page.waitForTimeout(500);
    expect(tileRequests.length).toBeGreaterThan(0);
    await expect(
      page.getByRole('button', { name: 'Hide street-map background' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
  });
});
