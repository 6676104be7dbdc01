/**
 * Where each language's search index and Pagefind's browser bundle live, relative to the site's
 * base: "pagefind/" for English, "fa/pagefind/" for Persian. The indexer (scripts/lib/search-index.ts)
 * writes there and the search page loads from there. Each language has a bundle of its own
 * because each is indexed on its own, one after the other, to keep the indexer's memory to one
 * language's pages; a large language is indexed in parts for the same reason (below). Pure.
 */
import { localePath, type Locale } from '../../i18n/locales.ts';

export const searchBundlePath = (locale: Locale) => localePath(locale, '/pagefind/').slice(1);

/**
 * The list of a bundle's further parts, in the bundle's folder: `{"parts": ["part-2/"]}`, each
 * relative to the bundle, which is itself the first part. The search page merges them into its
 * search (Pagefind's `mergeIndex`); a site of ordinary size has none.
 */
export const SEARCH_PARTS_FILE = 'parts.json';

export interface SearchParts {
  parts: string[];
}

/** The folder of part `n` (counted from 1) inside its language's bundle: "" for the first, "part-2/"… */
export const searchPartFolder = (n: number) => (n === 1 ? '' : `part-${n}/`);
