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

/**
 * The most each file under /data/ may weigh, raw bytes as a researcher downloads it, by the path
 * of its whole file: a part ("events/2020-10.csv"), a month file ("timeline/2020-10.json"), a
 * place's file ("places/jolfa.json") and a schema ("schemas/x.schema.json") count under the whole
 * ("events.csv", "timeline.json", "places.json", "schemas.json"), as no part holds more than its
 * whole would. The files that grow with the archive are sized for WHOLE_EXPORT_LIMIT records of
 * today's content with room to spare (beyond it they are cut into parts); the gazetteer and the
 * actors for a thousand places and a thousand actors. tests/build/budgets.test.ts holds every
 * export of the real build to these, tests/build/scale.test.ts those of a large archive, and
 * `npm run bench` reports them.
 */
export const EXPORT_BUDGET_BYTES: Readonly<Record<string, number>> = {
  'timeline.json': 7 * 1024 ** 2,
  'articles.json': 9 * 1024 ** 2,
  'events.csv': 3.5 * 1024 ** 2,
  'articles.csv': 7.5 * 1024 ** 2,
  'timelinejs.json': 7 * 1024 ** 2,
  'events.ics': 7 * 1024 ** 2,
  'places.json': 160 * 1024,
  'places.geojson': 1024 ** 2,
  'places.csv': 1024 ** 2,
  'actors.json': 512 * 1024,
  'actors.csv': 512 * 1024,
  'basemap.json': 64 * 1024,
  'aras.geojson': 16 * 1024,
  'schemas.json': 16 * 1024,
  'datapackage.json': 2 * 1024 ** 2,
};
