/**
 * Site-wide constants: facts more than one part of the site relies on, each stated once. Plain
 * values only, so the Astro config, build-time modules and browser code can all import them.
 */

/** Iran, the country the site is about, as world-atlas codes it (ISO 3166-1 numeric): drawn lighter on every map. */
export const HOME_COUNTRY_NUMERIC = '364';

/** The only third party a reader's browser may ever contact: the opt-in street-map tile server. */
export const OPT_IN_TILES = 'https://tile.openstreetmap.org';

/** Leaflet's address template for that server's tiles. */
export const OPT_IN_TILE_URL = `${OPT_IN_TILES}/{z}/{x}/{y}.png`;

/** The folder, relative to the project root, that holds articles/, places/ and actors/ unless told otherwise. */
export const CONTENT_DIR = 'content';

/** The site's name, as the header, page titles, link previews and citations give it. */
export const SITE_NAME = 'Aras Border Timeline';

/** The picture link previews show: its size in pixels, and what it shows for those who cannot see it. */
export const SITE_IMAGE = {
  width: 1200,
  height: 630,
  alt: 'Aras Border Timeline: a map of Iran’s northern border with Azerbaijan and Armenia along the Aras river.',
} as const;

/**
 * The most the time axis (its drawing, key and table) may add to a page, gzipped, at any archive
 * size: tests/build/budgets.test.ts holds every built page to it and `npm run bench` reports it.
 */
export const AXIS_BUDGET_BYTES = 8 * 1024;
