/**
 * The words the search page's script writes itself (its status line, the filters' labels), in the
 * page's language, for the `data-words` attribute that client/search-words.ts reads. Built from
 * the dictionary so the script says what the page says, and bundles no dictionary of its own.
 */
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import { DICTIONARIES, messages, type PluralForms } from '../../i18n/messages.ts';
import { SEARCH_FILTERS, type SearchFilter } from '../site/searchFacts.ts';

export interface SearchWords {
  /** The locale handed to Intl, for the page's digits and plural rules: "fa-IR". */
  intl: string;
  /** The empty choice of a filter: "Any". */
  any: string;
  /** Each filter's label, by its name in the index. */
  filters: Record<SearchFilter, string>;
  /** "Nothing found for “{query}”." */
  nothing: string;
  /** "{n} results for “{query}”." */
  found: PluralForms;
  /** "{n} results for “{query}”, {shown} at a time." */
  foundInParts: PluralForms;
  /** "{n} results for “{query}” so far, in news back to {since}. …": while a large index's older parts wait. */
  foundSince: PluralForms;
}

/** The words for a search page in `locale`: `searchWords('fa').any` is "همه". */
export function searchWords(locale: Locale): SearchWords {
  const t = messages(locale);
  return {
    intl: LOCALES[locale].intl,
    any: t.text('search.any'),
    filters: Object.fromEntries(SEARCH_FILTERS.map((name) => [name, t.text(`search.filter.${name}`)])) as Record<
      SearchFilter,
      string
    >,
    nothing: t.text('search.nothing'),
    found: DICTIONARIES[locale]['search.found'],
    foundInParts: DICTIONARIES[locale]['search.foundInParts'],
    foundSince: DICTIONARIES[locale]['search.foundSince'],
  };
}
