/** The timeline and the map as one instrument: filters, linked selection, URL state, phones. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserPath, launch } from '../support/chromium.ts';
import { baseUrl, openPage, siteJson, type WatchedPage } from '../support/browser.ts';

interface PlaceFile {
  entries: { id: string }[];
}
interface Timeline {
  entries: { id: string; kind?: string; type: string; places: string[] }[];
}

/** Ids of the timeline entries a reader can see. */
const visibleEntries = (page: Page) =>
  page.$$eval('.timeline article.entry[id]', (els) =>
    els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.id),
  );

const entriesAt = async (id: string) => (await siteJson<PlaceFile>(`/data/places/${id}.json`)).entries.map((e) => e.id);

describe.skipIf(!browserPath)('exploring by place and time', () => {
  let browser: Browser;
  let watched: WatchedPage;
  let timeline: Timeline;

  beforeAll(async () => {
    browser = await launch();
    timeline = await siteJson<Timeline>('/data/timeline.json');
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openHome(search = '', width = 1280) {
    watched = await openPage(browser, { viewport: { width, height: 900 } });
    await watched.page.goto(`${baseUrl}/${search}`);
    if (width >= 1024) await watched.page.waitForSelector('aras-map[data-ready="true"]');
    return watched.page;
  }

  test('choosing a marker narrows the timeline to that place', async () => {
    const page = await openHome();
    const marker = page.getByRole('button', { name: 'Jolfa', exact: true });
    await expect(marker.getAttribute('aria-current')).resolves.toBeNull();
    await marker.click();
    await page.waitForURL(`${baseUrl}/?place=jolfa`);
    await expect(marker.getAttribute('aria-current')).resolves.toBe('true');
    expect(await visibleEntries(page)).toEqual(await entriesAt('jolfa'));
    await expect(page.locator('[data-filters-status]').textContent()).resolves.toMatch(
      /^Showing \d+ of \d+ entries\.$/,
    );
    await expect(page.locator('select[name="place"]').inputValue()).resolves.toBe('jolfa');
  });

  test('the place filter includes what happened at the places within the place', async () => {
    const page = await openHome('?place=east-azerbaijan');
    const shown = await visibleEntries(page);
    expect(shown).toEqual(await entriesAt('east-azerbaijan'));
    expect(shown).toContain('event-heris-missile-aqa-alilou');
    expect(shown.length).toBeGreaterThan((await entriesAt('jolfa')).length);
  });

  test('“Show on the map” on an entry shows its place on the map', async () => {
    const page = await openHome();
    const entry = page.locator('#event-parsabad-drone-crash');
    await entry.getByRole('button', { name: 'Show on the map' }).click();
    await page.waitForSelector('.leaflet-popup .popup-entries');
    await expect(page.locator('.leaflet-popup .popup-title').textContent()).resolves.toBe('Parsabad');
    await expect(page.locator('.place-marker[aria-current="true"]').getAttribute('aria-label')).resolves.toBe(
      'Parsabad',
    );
  });

  test('an entry with several places frames them all and marks each', async () => {
    const page = await openHome();
    const entry = page.locator('#event-azerbaijan-says-mortar-fire-on-districts');
    const places = (await entry.getAttribute('data-places'))!.split(' ');
    expect(places.length).toBeGreaterThan(1);
    await entry.getByRole('button', { name: 'Show on the map' }).click();
    const selected = await page.$$eval('.place-marker[aria-current="true"]', (els) =>
      els.map((el) => el.getAttribute('data-place')),
    );
    expect(selected.sort()).toEqual([...places].sort());
  });

  test('a shared URL reopens the same view', async () => {
    const page = await openHome('?place=parsabad&kind=cross-border-fire');
    const expected = timeline.entries
      .filter((e) => e.places.includes('parsabad') && e.kind === 'cross-border-fire')
      .map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(await visibleEntries(page)).toEqual(expected);
    await expect(page.locator('select[name="kind"]').inputValue()).resolves.toBe('cross-border-fire');
    await expect(page.locator('.place-marker[aria-current="true"]').getAttribute('aria-label')).resolves.toBe(
      'Parsabad',
    );
  });

  test('Back and Forward step through the questions asked', async () => {
    const page = await openHome();
    const all = await visibleEntries(page);
    await page.locator('select[name="country"]').selectOption('AZ');
    await page.waitForURL(`${baseUrl}/?country=AZ`);
    const azerbaijan = await visibleEntries(page);
    await page.locator('input[name="contested"]').check();
    await page.waitForURL(`${baseUrl}/?country=AZ&contested=1`);
    const contested = await visibleEntries(page);
    expect(contested.length).toBeLessThan(azerbaijan.length);
    expect(azerbaijan.length).toBeLessThan(all.length);

    await page.goBack();
    await page.waitForURL(`${baseUrl}/?country=AZ`);
    expect(await visibleEntries(page)).toEqual(azerbaijan);
    await expect(page.locator('input[name="contested"]').isChecked()).resolves.toBe(false);
    await page.goBack();
    await page.waitForURL(`${baseUrl}/`);
    expect(await visibleEntries(page)).toEqual(all);
    await page.goForward();
    await page.waitForURL(`${baseUrl}/?country=AZ`);
    expect(await visibleEntries(page)).toEqual(azerbaijan);
  });

  test('a date range keeps what overlaps it, month-only entries included', async () => {
    const page = await openHome('?from=2020-11-01&to=2020-11-30');
    const ids = await visibleEntries(page);
    expect(ids).toContain('event-russia-brokered-peace-deal');
    expect(ids.every((id) => !id.includes('2020-10-2'))).toBe(true);
  });

  test('the whole flow works from the keyboard, with focus always visible', async () => {
    const page = await openHome();
    const place = page.locator('select[name="place"]');
    // Tab from the top of the page until the place filter has focus.
    for (let i = 0; i < 60 && !(await place.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await place.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await place.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/\?place=/);
    const chosen = await place.inputValue();
    expect(await visibleEntries(page)).toEqual(await entriesAt(chosen));

    // On to the first entry's "Show on the map", which shows that entry's places on the map. The
    // filter has already selected the chosen place, so the step checks what only the button does:
    // one place gets its popup, with focus in it; several are all marked as selected.
    const entry = page.locator('.timeline article.entry:visible').first();
    const entryPlaces = (await entry.getAttribute('data-places'))!.split(' ');
    const button = entry.locator('button.entry-show-on-map');
    for (let i = 0; i < 80 && !(await button.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await button.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    expect(await page.locator('.leaflet-popup').count()).toBe(0);
    await page.keyboard.press('Enter');
    if (entryPlaces.length === 1) {
      await page.waitForSelector('.leaflet-popup .popup-entries');
      expect(await page.evaluate(() => document.activeElement?.closest('.popup-title') !== null)).toBe(true);
    }
    const selected = await page.$$eval('.place-marker[aria-current="true"]', (els) =>
      els.map((el) => el.getAttribute('data-place')),
    );
    expect(selected.sort()).toEqual([...entryPlaces].sort());

    // And a marker: focus it, Enter, and the timeline follows.
    const marker = page.getByRole('button', { name: 'Jolfa', exact: true });
    await marker.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/?place=jolfa`);
    expect(await visibleEntries(page)).toEqual(await entriesAt('jolfa'));
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
  });

  test('a phone that only reads the timeline downloads no map code; opening the map loads it', async () => {
    const page = await openHome('', 360);
    const leaflet = () =>
      page.evaluate(() => performance.getEntriesByType('resource').some((r) => /leaflet/i.test(r.name)));
    await page.waitForTimeout(500);
    expect(await leaflet()).toBe(false);
    await expect(page.locator('[data-map-panel]').getAttribute('open')).resolves.toBeNull();
    const box = await page.locator('body').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);

    await page.getByText('Show the map').click();
    await page.waitForSelector('aras-map[data-ready="true"]');
    expect(await leaflet()).toBe(true);
    const canvas = await page.locator('[data-map-canvas]').boundingBox();
    expect(canvas!.height).toBeGreaterThan(250);
    expect(canvas!.width).toBeLessThanOrEqual(360);
  });

  test.each([
    ['/', 412],
    ['/', 1280],
    ['/map/', 412],
    ['/map/', 1280],
  ])('nothing on %s moves when the scripts and the map arrive (%i px)', async (path, width) => {
    const { page } = await openPage(browser, { viewport: { width, height: 900 } });
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) (window as unknown as { shift: number }).shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${baseUrl}${path}`);
    if (path === '/map/' || width >= 1024) await page.waitForSelector('aras-map[data-ready="true"]');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.001);
  });

  test('clusters places that would overlap, and a cluster zooms in to show them', async () => {
    const page = await openHome();
    const cluster = page.locator('.place-cluster').first();
    const label = await cluster.getAttribute('aria-label');
    expect(label).toMatch(/^\d+ places: .+\. Zoom in$/);
    const before = await page.locator('.place-marker').count();
    await cluster.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('.place-marker').length > n, before);
  });
});

describe.skipIf(!browserPath)('the timeline’s map without JavaScript', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the map panel opens to a static map whose markers lead to place pages', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/`);
    await expect(page.locator('[data-filters-form]').isVisible()).resolves.toBe(false);
    await page.getByText('Show the map').click();
    const jolfa = page.locator('[data-map-panel] svg a[href="/places/jolfa/"]:visible');
    await expect(jolfa.isVisible()).resolves.toBe(true);
    await jolfa.click();
    await page.waitForURL(`${baseUrl}/places/jolfa/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Jolfa');
  });
});
