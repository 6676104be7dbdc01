/**
 * One page of every type the site builds, in Chromium: the Content-Security-Policy blocks nothing
 * (the page reports no `securitypolicyviolation`), nothing is logged as an error, nothing is
 * requested from any origin but the site's, and axe finds no violation. A page type the list
 * below does not know fails the first test, so a new type cannot go unchecked.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserPath, launch } from '../support/chromium.ts';
import { baseUrl, openPage } from '../support/browser.ts';
import { DIST, files } from '../support/dist.ts';
import { LOCALES, LOCALE_CODES } from '../../src/i18n/locales.ts';

/** Every page type in English, by the path of its built files; a paginated list's later pages end in `<n>/`. */
const ENGLISH_TYPES: Record<string, RegExp> = {
  home: /^index\.html$/,
  month: /^timeline\/\d{4}-\d{2}\/(\d+\/)?index\.html$/,
  digest: /^articles\/[^/]+\/index\.html$/,
  place: /^places\/[^/]+\/(\d+\/)?index\.html$/,
  actor: /^actors\/[^/]+\/(\d+\/)?index\.html$/,
  kind: /^kinds\/[^/]+\/(\d+\/)?index\.html$/,
  map: /^map\/index\.html$/,
  about: /^about\/index\.html$/,
  'places index': /^places\/index\.html$/,
  'actors index': /^actors\/index\.html$/,
  event: /^events\/[^/]+\/index\.html$/,
  search: /^search\/index\.html$/,
};

/** Pages published in English only: the data catalogue and the not-found page (which speaks every language). */
const ENGLISH_ONLY_TYPES: Record<string, RegExp> = {
  'data catalogue': /^data\/index\.html$/,
  'not found': /^404\.html$/,
};

/** The same types in each other language, under its prefix: "fa month" is /^fa\/timeline\/…/. */
const PAGE_TYPES: Record<string, RegExp> = {
  ...Object.fromEntries(
    LOCALE_CODES.flatMap((locale) => {
      const { prefix } = LOCALES[locale];
      return Object.entries(ENGLISH_TYPES).map(([type, pattern]) =>
        prefix ? [`${locale} ${type}`, new RegExp(`^${prefix}\\/${pattern.source.slice(1)}`)] : [type, pattern],
      );
    }),
  ),
  ...ENGLISH_ONLY_TYPES,
};

const typeOf = (file: string) =>
  Object.entries(PAGE_TYPES)
    .filter(([, pattern]) => pattern.test(file))
    .map(([type]) => type)
    .at(-1);

const htmlFiles = files(DIST).filter((name) => name.endsWith('.html'));
/** The first built page of each type, as a URL path: "/places/ardabil/". */
const samples = Object.keys(PAGE_TYPES).map((type) => {
  const file = htmlFiles.find((name) => typeOf(name) === type);
  return [type, file === undefined ? undefined : `/${file.replace(/index\.html$/, '')}`] as const;
});

describe('every built page belongs to a page type checked here', () => {
  test('no page is of an unknown type, and every type has a page', () => {
    expect(htmlFiles.filter((name) => typeOf(name) === undefined)).toEqual([]);
    expect(samples.filter(([, path]) => path === undefined).map(([type]) => type)).toEqual([]);
  });
});

declare global {
  interface Window {
    /** Filled by the init script below: one line per CSP violation the page reported. */
    cspViolations: string[];
  }
}

/** Runs in the page before any of its own code, so that no violation goes unseen. */
function recordCspViolations() {
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    window.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI}`),
  );
}

describe.skipIf(!browserPath)('every page type in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the page’s policy is in force and its violations are seen: an injected inline script is blocked', async () => {
    const { page, errors } = await openPage(browser);
    await page.addInitScript(recordCspViolations);
    await page.goto(`${baseUrl}/about/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "ran"';
      document.body.append(script);
    });
    await expect.poll(() => page.evaluate(() => window.cspViolations)).toEqual(['script-src-elem blocked inline']);
    expect(await page.evaluate(() => document.body.dataset['injected'])).toBeUndefined();
    expect(errors.join('\n')).toContain('Content Security Policy');
  });

  test.each(samples)(
    'the %s page (%s): no CSP violation, console error or foreign request; axe passes',
    async (type, path) => {
      const { page, errors } = await openPage(browser);
      const origin = new URL(baseUrl).origin;
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
      });
      await page.addInitScript(recordCspViolations);
      await page.goto(`${baseUrl}${path}`);
      // The interactive map loads Leaflet and the data after the page: wait for it to finish.
      if (await page.locator('aras-map').count())
        await page.waitForSelector('aras-map[data-ready="true"]', { timeout: 20_000 });
      await page.waitForLoadState('networkidle');

      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect.soft(await page.evaluate(() => window.cspViolations), `${type}: CSP violations`).toEqual([]);
      expect.soft(errors, `${type}: console errors`).toEqual([]);
      expect.soft(foreign, `${type}: requests beyond ${origin}`).toEqual([]);
      expect(violations, `${type}: axe violations`).toEqual([]);
    },
  );
});
