/**
 * The timeline's filters: what a reader asked for, as it is written in the URL
 * (`/?place=jolfa&kind=deployment&from=2020-10-01`), and whether an entry answers it.
 * Shared by the page (which writes the data an entry is matched on) and the browser script.
 */
import { isoParts } from '../model/dates.ts';
import { ID_PATTERN } from '../model/names.ts';

export interface Filter {
  place?: string;
  country?: string;
  actor?: string;
  kind?: string;
  /** First day of interest, YYYY-MM-DD. */
  from?: string;
  /** Last day of interest, YYYY-MM-DD. */
  to?: string;
  /** Only claims someone is reported denying (src/lib/timeline/claims.ts). */
  contested?: boolean;
}

/** What an entry is matched on: the `data-*` attributes the page writes on each entry. */
export interface EntryFacts {
  /** Where the entry happened, as tagged. */
  places: readonly string[];
  /** The places those lie within (Heris and East Azerbaijan for Aqa-Alilou), not repeating them. */
  within: readonly string[];
  countries: readonly string[];
  actors: readonly string[];
  kind: string;
  /** The first and last day the entry's date could mean, YYYY-MM-DD. */
  start: string;
  end: string;
  contested: boolean;
}

/**
 * The filter's parameters, in the order the URL writes them; each is also the name of its
 * field in the filter form.
 */
export const FILTER_KEYS = ['place', 'country', 'actor', 'kind', 'from', 'to', 'contested'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^[A-Z]{2}$/;

/** What a well-formed value of each text parameter looks like; `contested` is "1" or absent. */
const VALID: Record<Exclude<FilterKey, 'contested'>, RegExp> = {
  place: ID_PATTERN,
  country: COUNTRY,
  actor: ID_PATTERN,
  kind: ID_PATTERN,
  from: DAY,
  to: DAY,
};

/** Reads a filter from a query string, ignoring anything malformed: `?place=jolfa&from=2020-10-01`. */
export function parseFilter(search: string | URLSearchParams): Filter {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filter: Filter = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (key === 'contested') {
      if (value === '1') filter.contested = true;
    } else if (value && VALID[key].test(value)) filter[key] = value;
  }
  return filter;
}

/** Writes a filter as a query string, in a fixed order so equal filters give equal URLs. */
export function filterToSearch(filter: Filter): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value === true) params.set(key, '1');
    else if (typeof value === 'string' && value !== '') params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const isEmptyFilter = (filter: Filter) => filterToSearch(filter) === '';

/**
 * True if an entry answers every part of the filter. A place matches the entry's own places and
 * the places they lie within; a date range matches any overlap.
 */
export function matches(entry: EntryFacts, filter: Filter): boolean {
  if (filter.place && !entry.places.includes(filter.place) && !entry.within.includes(filter.place)) return false;
  if (filter.country && !entry.countries.includes(filter.country)) return false;
  if (filter.actor && !entry.actors.includes(filter.actor)) return false;
  if (filter.kind && entry.kind !== filter.kind) return false;
  if (filter.contested && !entry.contested) return false;
  if (filter.from && entry.end < filter.from) return false;
  if (filter.to && entry.start > filter.to) return false;
  return true;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first and last day a partial date (or span) could mean: `dayRange('2020-02')` is 2020-02-01 – 2020-02-29. */
export function dayRange(date: string, until?: string): { start: string; end: string } {
  const a = isoParts(date);
  const b = isoParts(until ?? date);
  const start = `${a.year}-${pad(a.month ?? 1)}-${pad(a.day ?? 1)}`;
  const endMonth = b.month ?? 12;
  const endDay = b.day ?? new Date(Date.UTC(b.year, endMonth, 0)).getUTCDate();
  return { start, end: `${b.year}-${pad(endMonth)}-${pad(endDay)}` };
}
