import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { browserPath, launch } from '../support/chromium.ts';
import { baseUrl, openPage, siteJson, type WatchedPage } from '../support/browser.ts';

/** Knight Lab's own build of TimelineJS, served from node_modules: it must never load from another host. */
const TIMELINEJS = 'node_modules/@knight-lab/timelinejs/dist';
const HARNESS = `${baseUrl}/__timelinejs/`;

interface TimelineJsFile {
  title: { text: { headline: string; text: string } };
  events: {
    unique_id: string;
    display_date: string;
    start_date: { year: number; month?: number; day?: number };
    text: { headline: string; text: string };
  }[];
}
interface TimelineJsEvent {
  unique_id: string;
  start_date: { data: { year: number; month?: number; day?: number } };
}

describe.skipIf(!browserPath)('the TimelineJS export in the real TimelineJS', () => {
  let browser: Browser;
  let watched: WatchedPage;
  let data: TimelineJsFile;

  /** Opens the harness page with TimelineJS reading `file` (a path under the site) and waits until it has loaded. */
  async function loadTimeline(file: string): Promise<WatchedPage> {
    const opened = await openPage(browser);
    // The page is served on the site's own origin, so TimelineJS fetches the file as any embed would.
    await opened.page.route(`${HARNESS}**`, (route) => {
      const path = new URL(route.request().url()).pathname.slice('/__timelinejs/'.length);
      if (path === '')
        return route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html><head><meta charset="utf-8">
            <link rel="stylesheet" href="css/timeline.css"><script src="js/timeline.js"></script></head>
            <body><div id="timeline-embed" style="width:100%;height:600px"></div><script>
            window.timeline = new TL.Timeline('timeline-embed', '${baseUrl}${file}',
              { script_path: '${HARNESS}js/', hash_bookmark: false });
            window.timeline.on('loaded', () => { window.timelineLoaded = true; });
            </script></body></html>`,
        });
      return route.fulfill({
        body: readFileSync(join(TIMELINEJS, path)),
        contentType: path.endsWith('.css') ? 'text/css' : 'text/javascript',
      });
    });
    // TimelineJS's stylesheet asks Google Fonts for its typefaces: answered here with nothing, so
    // the test stays on this machine.
    await opened.page.route(/^https:\/\/fonts\.(googleapis|gstatic)\.com\//, (route) =>
      route.fulfill({ status: 200, contentType: 'font/ttf', body: '' }),
    );
    await opened.page.goto(HARNESS);
    await opened.page.waitForFunction(
      () => (window as unknown as { timelineLoaded?: boolean }).timelineLoaded === true,
    );
    return opened;
  }

  beforeAll(async () => {
    browser = await launch();
    data = await siteJson<TimelineJsFile>('/data/timelinejs.json');
    watched = await loadTimeline('/data/timelinejs.json');
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('reads every event as one slide, with nothing from another host but the fonts TimelineJS’s stylesheet asks for', async () => {
    const events = await watched.page.evaluate(
      () => (window as unknown as { timeline: { config: { events: unknown[] } } }).timeline.config.events.length,
    );
    expect(events).toBe(data.events.length);
    // Every event has its marker on the time navigation, besides the title slide.
    expect(await watched.page.locator('.tl-timemarker').count()).toBe(data.events.length);
    expect(watched.external.filter((url) => !/^https:\/\/fonts\.(googleapis|gstatic)\.com\//.test(url))).toEqual([]);
    expect(watched.errors).toEqual([]);
  });

  test('keeps each date at its precision: a day, a month, a span', async () => {
    const parsed = await watched.page.evaluate(() =>
      (window as unknown as { timeline: { config: { events: TimelineJsEvent[] } } }).timeline.config.events.map(
        (e) => ({
          id: e.unique_id,
          year: e.start_date.data.year,
          month: e.start_date.data.month,
          day: e.start_date.data.day,
        }),
      ),
    );
    const byId = new Map(parsed.map((p) => [p.id, p]));
    for (const event of data.events) {
      const got = byId.get(event.unique_id);
      expect(got?.year, event.unique_id).toBe(event.start_date.year);
      if (event.start_date.month) expect(got?.month, event.unique_id).toBe(event.start_date.month);
      if (event.start_date.day) expect(got?.day, event.unique_id).toBe(event.start_date.day);
    }
    const shown = await watched.page.locator('.tl-slide .tl-headline-date').allTextContents();
    for (const label of ['27 September – 3 October 2020', 'October 2020']) expect(shown).toContain(label);
  });

  // A large archive's timelinejs.json is the index of its parts; the real archive has one whole
  // file. To load a part: `npm run bench -- --sizes 2000 --keep`, then run this file with
  // ARAS_DIST=<its site/dist> and -t "part" (the tests above expect the real archive's dates).
  test('loads a part of a timeline cut by period on its own, its title slide saying which part', async () => {
    const partUrls = data.title.text.headline.endsWith('the parts')
      ? data.events.map((e) => /href="[^"]*(\/data\/timelinejs\/[^"]+\.json)"/.exec(e.text.text)?.[1])
      : [];
    expect(partUrls.every((url) => url !== undefined)).toBe(true);
    for (const url of partUrls.slice(0, 1)) {
      const part = await siteJson<TimelineJsFile>(url!);
      expect(part.title.text.text).toMatch(/Part 1 of \d+/);
      const loaded = await loadTimeline(url!);
      expect(await loaded.page.locator('.tl-timemarker').count()).toBe(part.events.length);
      expect(loaded.errors).toEqual([]);
    }
  });
});
