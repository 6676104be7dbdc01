/**
 * Byte budgets for each kind of page, measured gzipped as a reader downloads them, so a change
 * that makes the site heavier fails here. (Speed itself is measured by `npm run lighthouse` and
 * `npm run bench`, never asserted in a test.)
 */
import { describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { DIST, eagerScripts, files, gzipped, page, stylesheets } from '../support/dist.ts';
import { AXIS_BUDGET_BYTES } from '../../src/consts.ts';
import { dataFileSizes } from '../../scripts/bench/exports.ts';
import { overBudget } from '../../src/lib/exports/budgets.ts';

const KB = 1024;

/** Page types by path, with their budgets for HTML and for scripts downloaded at once. */
const TYPES = [
  // Persian pages carry longer words in two-byte letters, the dates in two calendars and the
  // font's preload; Azerbaijani pages fall under the English budgets but for the place page
  // listing places within it, whose every name is longer. The timeline and the map carry the
  // language switch and hreflang links on top of main's budgets for them. The map's script
  // budget has room for its set-up cut into short tasks, so that the page answers at once.
  // Its own script only, in every language: Pagefind's bundle and index load from it when the page is open.
  { type: 'search', match: /^((fa|az)\/)?search\/index\.html$/, html: 8 * KB, js: 4 * KB },
  // The time axis, drawn on the Persian and Azerbaijani timeline since, added its marks' names.
  { type: 'Persian timeline', match: /^fa\/index\.html$/, html: 24 * KB, js: 4 * KB },
  { type: 'Persian month', match: /^fa\/timeline\/.+\/index\.html$/, html: 22 * KB, js: 0 },
  { type: 'Persian digest', match: /^fa\/articles\/.+\/index\.html$/, html: 9 * KB, js: 0 },
  { type: 'Persian event', match: /^fa\/events\/.+\/index\.html$/, html: 9 * KB, js: 0 },
  { type: 'Persian place', match: /^fa\/places\/.+\/index\.html$/, html: 10 * KB, js: 0 },
  // The map's scripts in every language: raised from 8 KB when they learned to read their words
  // and place names from the page and to write right-to-left popups (about 0.25 KB gzipped).
  { type: 'Persian map', match: /^fa\/map\/index\.html$/, html: 12 * KB, js: 9 * KB },
  { type: 'Persian other', match: /^fa\/.+\.html$/, html: 9 * KB, js: 0 },
  { type: 'Azerbaijani timeline', match: /^az\/index\.html$/, html: 22 * KB, js: 4 * KB },
  { type: 'timeline', match: /^index\.html$/, html: 21 * KB, js: 4 * KB },
  { type: 'month', match: /^(az\/)?timeline\/.+\/index\.html$/, html: 20 * KB, js: 0 },
  { type: 'digest', match: /^(az\/)?articles\/.+\/index\.html$/, html: 8 * KB, js: 0 },
  { type: 'event', match: /^(az\/)?events\/.+\/index\.html$/, html: 8 * KB, js: 0 },
  { type: 'Azerbaijani place', match: /^az\/places\/.+\/index\.html$/, html: 9 * KB, js: 0 },
  { type: 'place', match: /^places\/.+\/index\.html$/, html: 8 * KB, js: 0 },
  // The Azerbaijani map carries the map's own words (data-words), which English leaves to the script.
  { type: 'Azerbaijani map', match: /^az\/map\/index\.html$/, html: 12 * KB, js: 9 * KB },
  { type: 'map', match: /^map\/index\.html$/, html: 11 * KB, js: 9 * KB },
  // The data catalogue: every file with its size, licence and an example record.
  { type: 'data', match: /^data\/index\.html$/, html: 12 * KB, js: 0 },
  { type: 'other', match: /\.html$/, html: 8 * KB, js: 0 },
];

const pages = files().filter((f) => f.endsWith('.html'));
const typeOf = (path: string) => TYPES.find((t) => t.match.test(path))!;

describe('byte budgets per page type (gzipped)', () => {
  test.each(pages)('%s', (path) => {
    const { html, js } = typeOf(path);
    expect(gzipped(path), 'HTML').toBeLessThanOrEqual(html);
    const dir = path.replace(/index\.html$/, '');
    const scripts = [...eagerScripts(dir).keys()];
    expect(
      scripts.reduce((n, f) => n + gzipped(f), 0),
      `scripts: ${scripts.join(', ')}`,
    ).toBeLessThanOrEqual(js);
    // One render-blocking stylesheet at most, and a small one: 5 KB until the Persian pages' sized
    // stand-in fonts (src/styles/persian-fallbacks.css, about 0.2 KB) stopped their layout shift.
    const css = stylesheets(dir);
    expect(css.length).toBeLessThanOrEqual(1);
    expect(css.reduce((n, f) => n + gzipped(f), 0)).toBeLessThanOrEqual(5.25 * KB);
  });
});

describe('what a reader downloads in all', () => {
  const total = (...names: string[]) => names.reduce((n, f) => n + gzipped(f), 0);

  // Raised from 25 KB when the time axis, its control and the search and feed links arrived;
  // docs/benchmarks.md keeps the figures, and winning the bytes back is open work.
  test('the timeline on a phone, before the map is opened: under 28 KB', () => {
    const bytes = total('index.html', ...stylesheets(''), ...eagerScripts('').keys());
    expect(bytes).toBeLessThan(28 * KB);
  });

  test('the Persian timeline on a phone with both weights of its font: under 75 KB', () => {
    const fonts = files().filter((f) => /^_astro\/vazirmatn-arabic-(400|700)-normal\.[\w-]+\.woff2$/.test(f));
    expect(fonts, 'only the Arabic-script woff2 files of the two weights are shipped').toHaveLength(2);
    expect(files().filter((f) => /vazirmatn/.test(f))).toEqual(fonts);
    const bytes = total('fa/index.html', ...stylesheets('fa/'), ...eagerScripts('fa/').keys(), ...fonts);
    expect(bytes).toBeLessThan(75 * KB);
  });

  // Raised from 80 KB when the river, the key, the scale bar and the places' local names and notes
  // arrived; docs/benchmarks.md keeps the figures, and winning the bytes back is open work.
  test('the map page with Leaflet, its stylesheet, the basemap, the river and the places: under 86 KB', () => {
    const lazy = files().filter((f) => /^_astro\/(leaflet-src|leaflet)\.[\w-]+\.(js|css)$/.test(f));
    expect(lazy).toHaveLength(2);
    const bytes = total(
      'map/index.html',
      ...stylesheets('map/'),
      ...new Set([...eagerScripts('map/').keys(), ...lazy]),
      'data/basemap.json',
      'data/aras.geojson',
      'data/places.geojson',
    );
    expect(bytes).toBeLessThan(86 * KB);
  });
});

describe('the time axis', () => {
  // At 10,000 digests the axis gathers marks by month and snaps spans to them. To check a bench
  // build: `npm run bench -- --sizes 10000 --keep`, then run this file with ARAS_DIST=<its site/dist>
  // and `-t "the time axis"` (the page-type budgets above are for the real archive, not that one).
  const withAxis = pages.filter((p) => /^((fa|az)\/)?(index\.html|timeline\/[^/]+\/index\.html)$/.test(p));

  test.each(withAxis)(`%s: its axis is under ${AXIS_BUDGET_BYTES / KB} KB gzipped`, (path) => {
    const axis = page(path).querySelector('figure.axis');
    expect(axis, 'a figure.axis').not.toBeNull();
    expect(gzipSync(axis!.outerHTML, { level: 6 }).length).toBeLessThanOrEqual(AXIS_BUDGET_BYTES);
  });
});

describe('byte budgets per export (raw, as a researcher downloads it)', () => {
  test('every file under /data/ has a budget in src/consts.ts and stays under it', () => {
    const sizes = dataFileSizes(DIST);
    expect(sizes.length).toBeGreaterThan(10);
    expect(overBudget(sizes)).toEqual([]);
  });
});
