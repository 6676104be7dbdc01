/**
 * Where each language's search index and Pagefind's browser bundle live, relative to the site's
 * base: "pagefind/" for English, "fa/pagefind/" for Persian. The indexer (scripts/lib/search-index.ts)
 * writes there and the search page loads from there. Each language has a bundle of its own
 * because each is indexed on its own, one after the other, to keep the indexer's memory to one
 * language's pages; a large language is indexed in parts by date (below). Pure.
 */
import { localePath, type Locale } from '../../i18n/locales.ts';

export const searchBundlePath = (locale: Locale) => localePath(locale, '/pagefind/').slice(1);

/**
 * The list of a language's index parts, in its bundle's folder: `{"parts": [{"path": ""…}, {"path":
 * "part-2/", "from": "2023-01-05", "since": "5 January 2023"}]}`. A large archive's index is cut
 * into parts by date (scripts/lib/search-index.ts): the first, the bundle's own folder, holds the
 * places, the actors and the newest events and digests; each further part the next-newest. The
 * search page searches the first and merges older parts only as a reader asks for more results
 * (Pagefind's `mergeIndex`), so a first search fetches one part's page table and word chunks
 * however large the archive grows. A site of ordinary size has one part.
 */
export const SEARCH_PARTS_FILE = 'parts.json';

export interface SearchPart {
  /** The part's folder, relative to the bundle: "" for the bundle's own, then "part-2/"… */
  path: string;
  /** The oldest date of its events and digests (YYYY, YYYY-MM or YYYY-MM-DD); none if it has only places and actors. */
  from?: string;
  /** `from` as the bundle's language writes it: "5 January 2023", "۱۵ دی ۱۴۰۱". */
  since?: string;
}

export interface SearchParts {
  /** Every part, newest first; the first is the bundle's own folder. */
  parts: SearchPart[];
}

/** The folder of part `n` (counted from 1) inside its language's bundle: "" for the first, "part-2/"… */
export const searchPartFolder = (n: number) => (n === 1 ? '' : `part-${n}/`);
