/**
 * Every link in the shared build leads somewhere: internal links to a file of the build and to an
 * element on the page their #fragment names, in the pages, the stylesheets and the data exports.
 * External links are listed in the output for a reviewer, not fetched: the tests run offline.
 */
import { describe, expect, test } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, files } from '../support/dist.ts';
import { BASE_PATH, checkLinks } from '../support/links.ts';

describe('links', () => {
  test('the check finds a missing page, a missing fragment and a broken export URL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aras-links-'));
    try {
      mkdirSync(join(dir, 'places/jolfa'), { recursive: true });
      mkdirSync(join(dir, 'data'));
      const base = BASE_PATH;
      writeFileSync(
        join(dir, 'index.html'),
        `<a href="${base}places/jolfa/#event-a">ok</a><a href="places/jolfa/#event-b">no id</a>` +
          `<a href="${base}places/parsabad/">no page</a><a href="https://example.org/a">out</a><p id="top"></p>`,
      );
      writeFileSync(join(dir, 'places/jolfa/index.html'), '<a href="../../#top">up</a><li id="event-a"></li>');
      writeFileSync(
        join(dir, 'data/places.geojson'),
        JSON.stringify({ url: `${base}places/jolfa/`, more: [`${base}nowhere/`] }),
      );
      const report = checkLinks(dir, ['data/places.geojson', 'index.html', 'places/jolfa/index.html']);
      expect(report.broken).toEqual([
        `data/places.geojson: ${base}nowhere/ (no file in the build at ${base}nowhere/)`,
        'index.html: places/jolfa/#event-b (places/jolfa/index.html has no element with id="event-b")',
        `index.html: ${base}places/parsabad/ (no file in the build at ${base}places/parsabad/)`,
      ]);
      expect(report.checked).toBe(6);
      expect([...report.external.keys()]).toEqual(['https://example.org/a']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('every internal link in the build resolves to a file and every #fragment to an id', () => {
    const report = checkLinks(DIST, files());
    const external = [...report.external].map(([url, from]) => `  ${url}  (first linked from ${from})`);
    console.log(
      `links: ${report.checked} internal links checked, ${report.broken.length} broken; ` +
        `${external.length} external links, not fetched:\n${external.join('\n')}`,
    );
    expect(report.checked).toBeGreaterThan(0);
    expect(report.broken).toEqual([]);
  });
});
