/**
 * Indexes a built site for its search pages: Pagefind reads the pages in the output folder and
 * writes each language's index and browser bundle to `<out>/pagefind/`, `<out>/fa/pagefind/`…
 *
 * It runs after `astro build` has exited (`npm run build`, scripts/build.ts; the build tests'
 * `build()` helper does the same), not inside Astro's `astro:build:done` hook: a hook runs while
 * Astro still holds the whole archive in memory, so the two peaks were added together. And it
 * indexes one language at a time, each in its own Pagefind process that ends before the next
 * starts: Pagefind holds every page it indexes in memory until it writes the index, so the peak
 * is one language's pages, not all of them (docs/benchmarks.md, "Memory"). A language of many
 * pages is indexed in parts by date, newest first (`searchParts`), each by a process of its own.
 *
 * Only pages that mark their text with `data-pagefind-body` are indexed (digests, places, actors,
 * events); the timeline's front, month and kind pages repeat event text and carry no such mark.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createIndex, close } from 'pagefind';
import { LOCALE_CODES, LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { formatOne } from '../../src/lib/i18n/localDates.ts';
import {
  SEARCH_PARTS_FILE,
  searchBundlePath,
  searchPartFolder,
  type SearchPart,
  type SearchParts,
} from '../../src/lib/site/searchBundle.ts';
import { SEARCH_DATE_ATTRIBUTE } from '../../src/lib/site/searchFacts.ts';

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
 * The most pages in the first part of a language's index; each further part may hold twice as
 * many as the one before, up to `LARGEST_PART`. A first search fetches the first part's page
 * table (about 6.7 bytes a page, gzipped) and, for each word asked for, a chunk of the index
 * (about 21 KB at most): at 2,000 pages that keeps a first search under its 150 KB goal
 * (docs/benchmarks.md, "Search (Pagefind)"). Older parts grow so that a search that has to read
 * them all, for a name found only in old news or a word found nowhere, fetches a chunk from a few
 * parts rather than from dozens. `ARAS_SEARCH_PART_PAGES` sets it for a test.
 */
export const PAGES_PER_PART = Number(process.env['ARAS_SEARCH_PART_PAGES'] ?? 2_000);

/**
 * The most pages in any part. Each part is indexed by a Pagefind process of its own, which holds
 * its pages in memory until it writes them: this bounds the indexer's memory (docs/benchmarks.md,
 * "1,000 to 30,000 digests") however large the archive grows.
 */
export const LARGEST_PART = 40_000;

/**
 * One language's indexed pages, each as the folder that holds its index.html ("fa/events/x"),
 * sorted: one page per digest, event, place and actor (a place's or actor's later list pages are
 * not indexed). Pagefind would skip every other page anyway, as none carries the mark, but only
 * after reading and parsing it: at 10,000 digests that is most of the site.
 * tests/build/search-index.test.ts checks that every marked page is one of these.
 */
export function indexedPages(site: string, locale: Locale): string[] {
  const { prefix } = LOCALES[locale];
  return INDEXED_FOLDERS.flatMap((folder) => {
    const dir = prefix ? `${prefix}/${folder}` : folder;
    if (!existsSync(join(site, dir))) return [];
    return readdirSync(join(site, dir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(site, dir, entry.name, 'index.html')))
      .map((entry) => `${dir}/${entry.name}`);
  }).sort();
}

/** One indexed page: its folder ("fa/events/x") and, for an event or digest, its date. */
export interface IndexedPage {
  folder: string;
  date?: string | undefined;
}

/**
 * The element SearchFacts.astro writes, as Astro writes it. Matched as a whole tag because a
 * digest's text could hold the attribute's words: text on a page never holds a raw `<`.
 */
const DATED = new RegExp(`<div hidden ${SEARCH_DATE_ATTRIBUTE}="(\\d{4}(?:-\\d{2}){0,2})">`);

/** A built page's date, from its search facts (`SEARCH_DATE_ATTRIBUTE`); undefined for a place or actor. */
export function pageDate(html: string): string | undefined {
  return DATED.exec(html)?.[1];
}

/** How many pages part `n` (counted from 0) may hold: `first`, then twice as many each time, up to `largest`. */
export const partSize = (n: number, first: number, largest: number) => Math.min(first * 2 ** n, largest);

/**
 * The pages in parts, newest first: pages without a date (places, actors) open the first part,
 * then events and digests from the newest date back, each date's pages in the order given. So a
 * first search, which reads the first part alone, finds every place and actor and the latest
 * news, and each further part reaches further back. The first part holds at most `first` pages
 * and each further one at most twice the one before, up to `largest` (`partSize`). Dates compare
 * as written: "2020-10" (a month) sorts just before the days of October 2020, which is where a
 * reader looking back in time meets it. A part ends where a date ends, so a date's pages are in
 * one part (unless there are more of them than a part holds).
 */
export function searchParts(pages: readonly IndexedPage[], first: number, largest = LARGEST_PART): IndexedPage[][] {
  if (!(first >= 1) || !(largest >= first))
    throw new Error(
      `A search part must hold at least one page, and the largest at least the first: not ${first}, ${largest}.`,
    );
  const undated = pages.filter((page) => page.date === undefined);
  const dated = pages
    .filter((page) => page.date !== undefined)
    .sort((a, b) => (a.date! < b.date! ? 1 : a.date! > b.date! ? -1 : 0));
  const ordered = [...undated, ...dated];
  const parts: IndexedPage[][] = [];
  for (let start = 0; start < ordered.length;) {
    let end = Math.min(start + partSize(parts.length, first, largest), ordered.length);
    // A date's pages stay in one part, so "back to" a part's oldest date is the whole of that day.
    const next = ordered[end]?.date;
    if (next !== undefined && ordered[end - 1]?.date === next) {
      let cut = end - 1;
      while (cut > start && ordered[cut - 1]?.date === next) cut -= 1;
      // Unless one date has more pages than a part holds: then it is cut where the part is full.
      if (cut > start) end = cut;
    }
    parts.push(ordered.slice(start, end));
    start = end;
  }
  return parts;
}

/** How many pages are handed to Pagefind at once: each is a message to its process. */
const PAGES_IN_FLIGHT = 64;

/** Indexes one part of a language's pages in a Pagefind process of its own, into `bundle`; returns its pages. */
async function indexPart(site: string, pages: readonly IndexedPage[], bundle: string): Promise<number> {
  const { index, errors } = await createIndex({ excludeSelectors: [...NOT_INDEXED] });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let indexed = 0;
    for (let start = 0; start < pages.length; start += PAGES_IN_FLIGHT) {
      const added = await Promise.all(
        pages.slice(start, start + PAGES_IN_FLIGHT).map(({ folder }) => {
          const sourcePath = `${folder}/index.html`;
          return index.addHTMLFile({ sourcePath, content: readFileSync(join(site, sourcePath), 'utf8') });
        }),
      );
      const failed = added.flatMap((result) => result.errors);
      if (failed.length > 0) throw new Error(`Pagefind could not index ${site}: ${failed.join('; ')}`);
      indexed += added.length;
    }
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    for (const file of UNUSED_BUNDLE_FILES) rmSync(join(bundle, file), { force: true });
    return indexed;
  } finally {
    // Ends the Pagefind process, and with it the memory this part's pages took.
    await close();
  }
}

/** Indexes one language's pages in parts by date and lists the parts for its search page. */
async function indexLanguage(site: string, locale: Locale): Promise<number> {
  const bundle = join(site, searchBundlePath(locale));
  // Pagefind adds its files to what the folder holds: a previous index's would be served beside the new one.
  rmSync(bundle, { recursive: true, force: true });
  // Each page is read here for its date and again when its part is indexed: holding every page's
  // text between the two would hold a language's pages in memory, which the parts exist to avoid.
  const pages = indexedPages(site, locale).map((folder) => ({
    folder,
    date: pageDate(readFileSync(join(site, folder, 'index.html'), 'utf8')),
  }));
  const parts = searchParts(pages, PAGES_PER_PART);
  let indexed = 0;
  const listed: SearchPart[] = [];
  for (const [i, part] of parts.entries()) {
    const path = searchPartFolder(i + 1);
    indexed += await indexPart(site, part, join(bundle, path));
    const from = part.at(-1)?.date;
    listed.push(from === undefined ? { path } : { path, from, since: formatOne(locale, from) });
  }
  mkdirSync(bundle, { recursive: true });
  writeFileSync(join(bundle, SEARCH_PARTS_FILE), JSON.stringify({ parts: listed } satisfies SearchParts));
  return indexed;
}

/** Indexes `site` (a built output folder), one language after another; returns the pages indexed per language. */
export async function indexSite(site: string): Promise<Record<Locale, number>> {
  const pages = {} as Record<Locale, number>;
  for (const locale of LOCALE_CODES) pages[locale] = await indexLanguage(site, locale);
  return pages;
}
