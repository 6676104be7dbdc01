/**
 * What the search index records about a page beside its text: the metadata a result shows
 * (its kind of page, date and places) and the filters a reader narrows results by (kind of page,
 * event kind, place, year). Pure: the pages pass in names already resolved.
 *
 * Pagefind reads each as a `name:value` attribute and splits an attribute's value at commas, so a
 * value never carries one.
 */

/** The kinds of page the search indexes; each language names them (`search.page.<kind>`). */
export const SEARCH_PAGE_KINDS = ['digest', 'event', 'place', 'actor'] as const;
export type SearchPageKind = (typeof SEARCH_PAGE_KINDS)[number];

/**
 * The filters, by their names in the index, shared by the pages that set them and the search page
 * that offers them; each language labels them (`search.filter.<name>`).
 */
export const SEARCH_FILTERS = ['page', 'event', 'place', 'year'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export interface SearchFactsInput {
  /** The kind of page in the page's language: "Digest", "چکیده". */
  page: string;
  /** The date as a reader reads it: "26 October 2020". */
  date?: string;
  /** Display names of the places the page concerns. */
  places?: readonly string[];
  /** Labels of the kinds of event it reports. */
  eventKinds?: readonly string[];
  /** Years it concerns. */
  years?: readonly number[];
}

/**
 * The attribute on a dated page's hidden search facts that carries its date (YYYY, YYYY-MM or
 * YYYY-MM-DD): the indexer reads it to cut a large index into parts by date, newest first
 * (scripts/lib/search-index.ts). Pagefind ignores it; a `data-pagefind-sort` would put a sort
 * table in the page table every first search fetches.
 */
export const SEARCH_DATE_ATTRIBUTE = 'data-search-date';

/** One `data-pagefind-filter` or `data-pagefind-meta` attribute value each. */
export interface SearchAttributes {
  filters: string[];
  meta: string[];
}

const clean = (value: string) => value.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
const unique = (values: readonly string[]) => [...new Set(values.map(clean).filter((v) => v !== ''))];

/**
 * The attributes for one page:
 * `searchAttributes({ page: 'Digest', places: ['Jolfa'], years: [2020] })` gives filters
 * `["page:Digest", "place:Jolfa", "year:2020"]` and meta `["kind:Digest", "place:Jolfa"]`.
 */
export function searchAttributes(input: SearchFactsInput): SearchAttributes {
  const places = unique(input.places ?? []);
  const filters = [
    `page:${input.page}`,
    ...unique(input.eventKinds ?? []).map((kind) => `event:${kind}`),
    ...places.map((place) => `place:${place}`),
    ...unique((input.years ?? []).map(String)).map((year) => `year:${year}`),
  ];
  const meta = [`kind:${input.page}`];
  if (input.date) meta.push(`date:${clean(input.date)}`);
  // The meta value is one string, so the places are joined with a separator that is not a comma.
  if (places.length > 0) meta.push(`place:${places.join(' · ')}`);
  return { filters, meta };
}
