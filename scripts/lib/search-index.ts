/**
 * Indexes a built site for its search pages: Pagefind reads the pages in the output folder and
 * writes each language's index and browser bundle to `<out>/pagefind/`, `<out>/fa/pagefind/`…
 *
 * It runs after `astro build` has exited (`npm run build`, scripts/build.ts; the build tests'
 * `build()` helper does the same), not inside Astro's `astro:build:done` hook: a hook runs while
 * Astro still holds the whole archive in memory, so the two peaks were added together. And it
 * indexes one language at a time, each in its own Pagefind process that ends before the next
 * starts: Pagefind holds every page it indexes in memory until it writes the index, so the peak
 * is one language's pages, not all of them (docs/benchmarks.md, "Memory").
 *
 * Only pages that mark their text with `data-pagefind-body` are indexed (digests, places, actors,
 * events); the timeline's front, month and kind pages repeat event text and carry no such mark.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createIndex, close } from 'pagefind';
import { LOCALE_CODES, LOCALES, type Locale } from '../../src/i18n/locales.ts';
import {
  SEARCH_PARTS_FILE,
  searchBundlePath,
  searchPartFolder,
  type SearchParts,
} from '../../src/lib/site/searchBundle.ts';

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
 * The most pages one Pagefind process indexes. Pagefind holds every page it indexes in memory
 * until it writes the index; past this many pages, a language is indexed in parts, one process
 * after another, and the search page merges them (`SEARCH_PARTS_FILE`). Chosen so that a
 * part's indexer stays below Astro's own peak at the sizes measured (docs/benchmarks.md,
 * "1,000 to 30,000 digests") and no longer grows with the archive; a language of fewer pages is
 * one part, which costs a first search nothing extra. `ARAS_SEARCH_PART_PAGES` sets it for a test.
 */
export const PAGES_PER_PART = Number(process.env['ARAS_SEARCH_PART_PAGES'] ?? 40_000);

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

/** Names a glob reads as syntax; content ids (letters, digits and hyphens) never hold them. */
const GLOB_SYNTAX = /[{}[\]*?,\\!]/;

/** A glob alternative and how many pages it matches: one folder ("events/a"), or a prefix's ("events/a*"). */
interface Bucket {
  glob: string;
  pages: number;
}

/**
 * The names under `dir` in buckets of at most `size`, in order: all names starting with
 * `prefix` while they fit, else a bucket per next character (and one for the name that is the
 * prefix itself), and so on down.
 */
function buckets(dir: string, prefix: string, names: readonly string[], size: number): Bucket[] {
  if (names.length <= size) return [{ glob: `${dir}/${prefix}*`, pages: names.length }];
  const byNext = new Map<string, string[]>();
  const own: Bucket[] = [];
  for (const name of names) {
    if (name === prefix) own.push({ glob: `${dir}/${name}`, pages: 1 });
    else {
      const next = name.slice(0, prefix.length + 1);
      const group = byNext.get(next);
      if (group) group.push(name);
      else byNext.set(next, [name]);
    }
  }
  const longer = [...byNext.keys()].sort().flatMap((next) => buckets(dir, next, byNext.get(next)!, size));
  return [...own, ...longer];
}

/**
 * The pages in parts of at most `size`, each as the glob Pagefind reads it with. A part is a
 * run of the sorted pages, written as few alternatives as fit: whole folders
 * ("{actors/*,articles/*}/index.html") on an ordinary site, folders cut by the first letters of
 * their pages' names ("{events/a*,events/b*}/index.html") on a large one. Pagefind cannot read
 * a glob that lists tens of thousands of folders one by one. A page's folder is a content id,
 * which the checker keeps to letters, digits and hyphens; anything a glob would read as syntax
 * is refused here rather than let a part match pages it should not.
 */
export function partGlobs(pages: readonly string[], size: number): string[] {
  const unsafe = pages.find((page) => GLOB_SYNTAX.test(page));
  if (unsafe)
    throw new Error(
      `"${unsafe}" has a character a file glob treats as syntax; content ids are letters, digits and hyphens.`,
    );
  const byDir = new Map<string, string[]>();
  for (const page of pages) {
    const cut = page.lastIndexOf('/');
    const [dir, name] = [page.slice(0, cut), page.slice(cut + 1)];
    const names = byDir.get(dir);
    if (names) names.push(name);
    else byDir.set(dir, [name]);
  }
  const parts: Bucket[][] = [];
  let filling = 0;
  for (const dir of [...byDir.keys()].sort())
    for (const bucket of buckets(dir, '', byDir.get(dir)!.sort(), size)) {
      if (parts.length === 0 || filling + bucket.pages > size) {
        parts.push([]);
        filling = 0;
      }
      parts.at(-1)!.push(bucket);
      filling += bucket.pages;
    }
  return parts.map((part) => `{${part.map((b) => b.glob).join(',')}}/index.html`);
}

/** Indexes one part of a language's pages in a Pagefind process of its own, into `bundle`; returns its pages. */
async function indexPart(site: string, glob: string, bundle: string): Promise<number> {
  const { index, errors } = await createIndex({ excludeSelectors: [...NOT_INDEXED] });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site, glob });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    for (const file of UNUSED_BUNDLE_FILES) rmSync(join(bundle, file), { force: true });
    return added.page_count;
  } finally {
    // Ends the Pagefind process, and with it the memory this part's pages took.
    await close();
  }
}

/** Indexes one language's pages, in parts if there are many, and lists the parts for its search page. */
async function indexLanguage(site: string, locale: Locale): Promise<number> {
  const bundle = join(site, searchBundlePath(locale));
  // Pagefind adds its files to what the folder holds: a previous index's would be served beside the new one.
  rmSync(bundle, { recursive: true, force: true });
  const globs = partGlobs(indexedPages(site, locale), PAGES_PER_PART);
  let pages = 0;
  for (const [i, glob] of globs.entries()) pages += await indexPart(site, glob, join(bundle, searchPartFolder(i + 1)));
  const further: SearchParts = { parts: globs.slice(1).map((_, i) => searchPartFolder(i + 2)) };
  mkdirSync(bundle, { recursive: true });
  writeFileSync(join(bundle, SEARCH_PARTS_FILE), JSON.stringify(further));
  return pages;
}

/** Indexes `site` (a built output folder), one language after another; returns the pages indexed per language. */
export async function indexSite(site: string): Promise<Record<Locale, number>> {
  const pages = {} as Record<Locale, number>;
  for (const locale of LOCALE_CODES) pages[locale] = await indexLanguage(site, locale);
  return pages;
}
