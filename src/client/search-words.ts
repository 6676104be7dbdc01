/**
 * The search page's own words, read from its `data-words` attribute (lib/i18n/searchWords.ts
 * writes them from the page's dictionary), and the status line made from them in the page's
 * digits and plural rules. Field by field: a malformed attribute gives `undefined`, and the page
 * then keeps its no-script fallback rather than speak in the wrong language.
 */
import type { SearchWords } from '../lib/i18n/searchWords.ts';
import { SEARCH_FILTERS } from '../lib/site/searchFacts.ts';

type Forms = SearchWords['found'];

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isForms = (value: unknown): value is Forms =>
  typeof value === 'object' &&
  value !== null &&
  isText((value as Record<string, unknown>)['other']) &&
  Object.values(value).every(isText);

/** Parses `data-words`; undefined unless every field is there and of the right type. */
export function readSearchWords(json: string | undefined): SearchWords | undefined {
  let given: unknown;
  try {
    given = JSON.parse(json ?? '');
  } catch {
    return undefined;
  }
  if (typeof given !== 'object' || given === null) return undefined;
  const w = given as Record<string, unknown>;
  const filters = w['filters'] as Record<string, unknown> | undefined;
  if (typeof filters !== 'object' || filters === null || !SEARCH_FILTERS.every((name) => isText(filters[name])))
    return undefined;
  if (
    ![w['intl'], w['any'], w['nothing']].every(isText) ||
    !isForms(w['found']) ||
    !isForms(w['foundInParts']) ||
    !isForms(w['foundSince'])
  )
    return undefined;
  return w as unknown as SearchWords;
}

const fill = (template: string, vars: Readonly<Record<string, string>>) =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => vars[name] ?? slot);

/** A number in the page's digits: "۱۲" on a Persian page. */
export const formatNumber = (words: SearchWords, n: number) => new Intl.NumberFormat(words.intl).format(n);

/**
 * The status line after a search: `searchStatus(en, 'Jolfa', 3, 10)` is "3 results for “Jolfa”.",
 * and with 25 results shown ten at a time, "25 results for “Jolfa”, 10 at a time.". While a large
 * index's older parts are not yet searched, `since` is how far back it has been (a date in the
 * page's language), and the line says so: "12 results for “Jolfa” so far, in news back to 5 May 2024. …".
 */
export function searchStatus(words: SearchWords, query: string, total: number, shown: number, since?: string): string {
  if (total === 0 && since === undefined) return fill(words.nothing, { query });
  const forms = since !== undefined ? words.foundSince : total > shown ? words.foundInParts : words.found;
  const form = forms[new Intl.PluralRules(words.intl).select(total)] ?? forms.other;
  return fill(form, { query, n: formatNumber(words, total), shown: formatNumber(words, shown), since: since ?? '' });
}
