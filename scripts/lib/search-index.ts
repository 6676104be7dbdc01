/**
 * The Astro integration that indexes the built site for the search page: after every
 * `astro build` (the site's own, the build tests' and the benchmark's alike) Pagefind reads the
 * pages in the output folder and writes its index and browser bundle to `<out>/pagefind/`.
 *
 * Only pages that mark their text with `data-pagefind-body` are indexed (digests, places, actors,
 * events); the timeline's front, month and kind pages repeat event text and carry no such mark.
 */
import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';
import { LOCALES } from '../../src/i18n/locales.ts';

/** The folder the search page loads Pagefind from, relative to the site's base. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * Pagefind's ready-made interfaces, which the search page does not use (it has its own, lighter
 * one): left in the bundle they would be code the site serves but never runs, with links to
 * third-party bug trackers in their comments.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

/**
 * What the indexed pages show but the index leaves out: each page's furniture, which repeats on
 * every page of its kind, and text that another indexed page holds as its own. Left in, it would
 * make every page match the furniture's words and every result's record (fetched once per result
 * shown) larger, and a fact's label would run into its value ("PublishedOctober 2020"): Pagefind
 * separates words at paragraphs, headings, list items and divisions, but not between a `<dt>`
 * and its `<dd>`. tests/build/search-and-feeds.test.ts checks that each still matches a page.
 */
export const NOT_INDEXED = [
  // A fact's label ("Published", "Places", "Also spelled"): the value is what a reader looks for.
  'dt',
  // The ready-to-copy citation: the page's title and address again, and the same note everywhere.
  '.cite',
  // A map's drawing and its key.
  '.static-map',
  // A digest's events, each indexed on its own page.
  '.digest-events',
  // An event page's digests and the other events near it, each indexed on its own page.
  '.event-reports',
  '.event-nearby',
  // The note that a part of a page in another language is not yet translated.
  '.untranslated',
] as const;

/** The folders whose pages carry `data-pagefind-body`, in English; each edition has them too. */
export const INDEXED_FOLDERS = ['articles', 'events', 'places', 'actors'] as const;

/**
 * The pages Pagefind reads: one page per digest, event, place and actor in every edition (a
 * place's or actor's later list pages are not indexed). Pagefind would skip every other page
 * anyway, as none carries the mark, but only after reading and parsing it: at 10,000 digests
 * that is most of the site, held in memory beside Astro's. tests/build/search-index.test.ts
 * checks that every marked page matches.
 */
export const INDEXED_PAGES = `{${Object.values(LOCALES)
  .flatMap(({ prefix }) => INDEXED_FOLDERS.map((folder) => (prefix ? `${prefix}/${folder}` : folder)))
  .join(',')}}/*/index.html`;

/** Indexes `site` (a built output folder) and writes the bundle into it; returns the pages indexed. */
export async function indexSite(site: string): Promise<number> {
  const { index, errors } = await createIndex({ excludeSelectors: [...NOT_INDEXED] });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    const bundle = join(site, SEARCH_BUNDLE_DIR);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    for (const file of UNUSED_BUNDLE_FILES) rmSync(join(bundle, file), { force: true });
    return added.page_count;
  } finally {
    await close();
  }
}

/** `integrations: [searchIndex()]` in astro.config.mjs. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'aras-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`indexed ${pages} pages for search in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
