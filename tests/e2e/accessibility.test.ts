/** Every kind of page, checked with axe in Chromium at a phone's width and a desktop's. */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserPath, launch } from '../support/chromium.ts';
import { baseUrl, openPage } from '../support/browser.ts';

const PAGES = [
  '/',
  '/timeline/2020-10/',
  '/map/',
  '/places/',
  '/places/jolfa/',
  '/articles/2020-10-26-dawn-iran-deploys-troops/',
  '/about/',
  '/data/',
];

describe.skipIf(!browserPath)('accessibility', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const width of [360, 1280])
    test.each(PAGES)(`%s has no axe violations at ${width} px and nothing wider than the screen`, async (path) => {
      const { page, errors } = await openPage(browser, { viewport: { width, height: 900 } });
      await page.goto(`${baseUrl}${path}`);
      if (path === '/map/' || (path === '/' && width >= 1024))
        await page.waitForSelector('aras-map[data-ready="true"]');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(violations).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      expect(errors).toEqual([]);
    });

  test('motion is reduced for readers who ask for it', async () => {
    const { page } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/`);
    const duration = await page.evaluate(() => getComputedStyle(document.querySelector('.entry')!).transitionDuration);
    expect(['0s', '1e-05s']).toContain(duration);
  });
});
