/**
 * Links shared before events had pages of their own, `/#event-<id>` and
 * `/timeline/<month>/#event-<id>`, in Chromium: they land on the entry while the page still carries
 * it; where it no longer does, a reader with JavaScript is taken to the event's page, and a reader
 * without is told where event pages are.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserPath, launch } from '../support/chromium.ts';
import { baseUrl, openPage, siteJson } from '../support/browser.ts';

interface Timeline {
  entries: { id: string; type: string; date: string; url: string; permalink: string }[];
}

describe.skipIf(!browserPath)('old links to an event', () => {
  let browser: Browser;
  let timeline: Timeline;
  beforeAll(async () => {
    browser = await launch();
    timeline = await siteJson<Timeline>('/data/timeline.json');
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** An event, and a month page that does not carry it. */
  const elsewhere = () => {
    const event = timeline.entries.find((e) => e.type === 'event' && e.date.length === 10)!;
    const month = timeline.entries.find((e) => e.date.length >= 7 && e.date.slice(0, 7) !== event.date.slice(0, 7))!;
    return { event, monthPage: `/timeline/${month.date.slice(0, 7)}/` };
  };

  test('the entry’s own link on the timeline leads to the event’s page', async () => {
    const { page, errors } = await openPage(browser);
    const event = timeline.entries.find((e) => e.type === 'event')!;
    await page.goto(`${baseUrl}${event.url}`);
    await page.locator(`[id="${event.id}"] .entry-permalink`).click();
    await page.waitForURL(`${baseUrl}${event.permalink}`);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(errors).toEqual([]);
  });

  test('/#event-<id> lands on the entry while the page carries it, and stays there', async () => {
    const { page, errors } = await openPage(browser);
    const event = timeline.entries.find((e) => e.type === 'event')!;
    const hash = event.url.slice(event.url.indexOf('#'));
    await page.goto(`${baseUrl}${event.url.slice(0, event.url.indexOf('#'))}${hash}`);
    await page.waitForLoadState('load');
    expect(new URL(page.url()).hash).toBe(hash);
    expect(await page.locator(`[id="${event.id}"]`).evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await page.locator(`[id="${event.id}"]`).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  test('a month page that no longer carries the entry sends the reader to the event’s page', async () => {
    const { event, monthPage } = elsewhere();
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseUrl}${monthPage}#${event.id}`);
    await page.waitForURL(`${baseUrl}${event.permalink}`);
    // The old page is replaced, not stacked, so Back does not bounce the reader forward again:
    // the history holds the blank page the tab opened with, and the event's page.
    expect(await page.evaluate(() => history.length)).toBe(2);
    expect(errors).toEqual([]);
  });

  test('a fragment that names no entry leaves the reader where they are', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/#period-2020-10`);
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe('/');
  });

  test('without JavaScript the page says where every event’s own page is', async () => {
    const { event, monthPage } = elsewhere();
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}${monthPage}#${event.id}`);
    const notice = page.locator('.moved-notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('/events/');
    const example = await notice.locator('a').getAttribute('href');
    expect(example).toMatch(/^\/events\/[a-z0-9-]+\/$/);
    // With JavaScript on, the notice is never shown.
    const withJs = await openPage(browser);
    await withJs.page.goto(`${baseUrl}${monthPage}`);
    expect(await withJs.page.locator('.moved-notice').isVisible()).toBe(false);
  });
});
