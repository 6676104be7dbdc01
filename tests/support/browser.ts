/** A browser page that records what a reviewer would want to know: requests and console errors. */
import { inject } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

export const baseUrl = inject('baseUrl');

export interface WatchedPage {
  page: Page;
  /** Every URL the page asked for that is not on this machine. */
  external: string[];
  /** Console errors and uncaught exceptions, including CSP violations. */
  errors: string[];
}

const isLocal = (url: string) =>
  /^(https?|wss?):\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url) || /^(data|blob|about):/.test(url);

export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const watched: WatchedPage = { page, external: [], errors: [] };
  page.on('request', (request) => {
    if (!isLocal(request.url())) watched.external.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(String(error)));
  return watched;
}

/** Fetches one of the site's JSON exports. */
export async function siteJson<T>(path: string): Promise<T> {
  return (await fetch(`${baseUrl}${path}`)).json() as Promise<T>;
}
