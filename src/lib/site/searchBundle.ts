/**
 * Where each language's search index and Pagefind's browser bundle live, relative to the site's
 * base: "pagefind/" for English, "fa/pagefind/" for Persian. The indexer (scripts/lib/search-index.ts)
 * writes there and the search page loads from there. Each language has a bundle of its own
 * because each is indexed on its own, one after the other, to keep the indexer's memory to one
 * language's pages.
 */
import { localePath, type Locale } from '../../i18n/locales.ts';

export const searchBundlePath = (locale: Locale) => localePath(locale, '/pagefind/').slice(1);
