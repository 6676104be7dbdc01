/**
 * How far a page moves while it loads: the sum of the Layout Instability API's shifts (what
 * Lighthouse reports as cumulative layout shift, for one page load), and which elements moved.
 */
import type { Page } from 'playwright-core';

export interface LayoutShift {
  total: number;
  /** The moved elements, as `tag.class` names, for a failure message. */
  moved: string[];
}

/**
 * Opens `url` and sums its layout shifts until the page has been still for a while. With
 * `fontDelayMs`, every web font arrives that much later, as on a slow connection, so a swap from
 * the fallback font happens after the first paint, where a reader would see it.
 */
export async function layoutShift(page: Page, url: string, fontDelayMs = 0): Promise<LayoutShift> {
  await page.addInitScript(() => {
    const seen: { value: number; moved: string[] }[] = [];
    (window as unknown as { __shifts: typeof seen }).__shifts = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        const moved = (entry.sources ?? []).map(({ node }) =>
          node instanceof Element ? `${node.localName}.${[...node.classList].join('.')}` : String(node?.nodeName),
        );
        seen.push({ value: entry.value, moved });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  if (fontDelayMs)
    await page.route('**/*.woff2', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, fontDelayMs));
      await route.continue();
    });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  const shifts = await page.evaluate(
    () => (window as unknown as { __shifts: { value: number; moved: string[] }[] }).__shifts,
  );
  return {
    total: shifts.reduce((sum, shift) => sum + shift.value, 0),
    moved: [...new Set(shifts.flatMap((shift) => shift.moved))],
  };
}
