/** Using the search page in a browser test as a reader would: type, wait for the answer, read the results. */
import type { Page } from 'playwright-core';

/** The paths the search page's results link to, in the order shown. */
export const resultPaths = (page: Page): Promise<string[]> =>
  page.$$eval('.search-result h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** Types `query`, waits until the page says what it found for it, and returns the results' paths. */
export async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-input', query);
  await page.locator('[data-search-status]').filter({ hasText: query }).waitFor();
  return resultPaths(page);
}

/**
 * Opens "Narrow the results", picks `value` in the filter `name` ("page": the kind of page), waits
 * until the page says `status` (e.g. /^1 result/), and returns the results' paths.
 */
export async function narrow(page: Page, name: string, value: string, status: RegExp): Promise<string[]> {
  await page.click('[data-search-narrow] summary');
  await page.selectOption(`#search-filter-${name}`, value);
  await page.locator('[data-search-status]').filter({ hasText: status }).waitFor();
  return resultPaths(page);
}
