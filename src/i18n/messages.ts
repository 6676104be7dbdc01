/**
 * The interface strings and how to fill them in. One dictionary per language (en.ts, fa.ts,
 * az.ts), each typed as a `Dictionary`, so a language that lacks a string, has one too many or
 * gives a plain string where English counts (or the reverse) does not compile.
 *
 * A message is either text with `{name}` slots, or, where it counts something, one form per
 * plural category of `Intl.PluralRules` with the number in `{n}`. A slot that holds a link is
 * filled by the page, which splits the text at it (`splitAt`).
 */
import { en } from './en.ts';
import { fa } from './fa.ts';
import { az } from './az.ts';
import type { Actor, ArticleEvent, Place } from '../lib/model/schema.ts';
import { LOCALES, type Locale } from './locales.ts';

/** One form per plural category the language uses; `other` is always needed. */
export type PluralForms = { readonly other: string } & {
  readonly [K in Exclude<Intl.LDMLPluralRule, 'other'>]?: string;
};

export type Message = string | PluralForms;

/** What every language's dictionary must hold: the English keys, each of the same shape. */
export type Dictionary = {
  readonly [K in keyof typeof en]: (typeof en)[K] extends string ? string : PluralForms;
};

/** Keys whose message is plain text with slots. */
export type TextKey = { [K in keyof Dictionary]: Dictionary[K] extends string ? K : never }[keyof Dictionary];
/** Keys whose message counts something. */
export type CountKey = Exclude<keyof Dictionary, TextKey>;

const fill = (template: string, vars: Readonly<Record<string, string | number>>) =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in vars ? String(vars[name]) : slot));

// Built once per language: constructing an Intl formatter is slow, and counts are on every page.
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();
const regionNames = new Map<Locale, Intl.DisplayNames>();

/** A count in the language's own digits: "۱۲" in Persian, "12" in English. */
export function formatCount(locale: Locale, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(LOCALES[locale].intl)));
  return format.format(value);
}

function regionName(locale: Locale, code: string): string | undefined {
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames(LOCALES[locale].intl, { type: 'region' })));
  return names.of(code);
}

/** Every language's dictionary: a language in locales.ts without one does not compile. */
export const DICTIONARIES: { readonly [L in Locale]: Dictionary } = { en, fa, az };

/**
 * Reads one language's messages. `messages('fa').text('nav.map')` is "نقشه";
 * `messages('en').count('count.entries', 1)` is "1 entry".
 */
export function messages(locale: Locale) {
  const dictionary = DICTIONARIES[locale];
  return {
    locale,
    /** A text message with its slots filled: `text('place.pagesOf', { place: 'Jolfa' })`. */
    text(key: TextKey, vars: Readonly<Record<string, string | number>> = {}): string {
      return fill(dictionary[key], vars);
    },
    /** A counting message in the plural form the language uses for `n`, with `{n}` in its digits. */
    count(key: CountKey, n: number, vars: Readonly<Record<string, string | number>> = {}): string {
      let rules = pluralRules.get(locale);
      if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(LOCALES[locale].intl)));
      const forms: PluralForms = dictionary[key];
      const form = forms[rules.select(n)] ?? forms.other;
      return fill(form, { ...vars, n: formatCount(locale, n) });
    },
    /** A list page's title: "Jolfa", or "Jolfa, page 2 of 3" when the list takes several pages. */
    pagedTitle(title: string, page: { number: number; count: number }): string {
      if (page.count <= 1) return title;
      const vars = { title, page: formatCount(locale, page.number), pages: formatCount(locale, page.count) };
      return fill(dictionary['pager.titledOf'], vars);
    },
    /** "Deployment" for `deployment`; "Event" when there is no kind. */
    eventKind(kind: ArticleEvent['kind'] | undefined): string {
      return kind ? dictionary[`eventKind.${kind}`] : dictionary['eventKind.none'];
    },
    placeKind(kind: Place['kind']): string {
      return dictionary[`placeKind.${kind}`];
    },
    actorKindHeading(kind: Actor['kind']): string {
      return dictionary[`actorKind.${kind}`];
    },
    /** A country's name: from the dictionary for the countries the content uses, else from Intl. */
    country(code: string): string {
      const key = `country.${code}`;
      return Object.hasOwn(dictionary, key)
        ? dictionary[key as keyof Dictionary & `country.${string}`]
        : (regionName(locale, code) ?? code);
    },
  };
}

/**
 * Text split at one slot, for a page that puts markup (a link) there:
 * `splitAt('The {link} has every month.', 'link')` is `['The ', ' has every month.']`.
 */
export function splitAt(text: string, slot: string): [before: string, after: string] {
  const at = text.indexOf(`{${slot}}`);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + slot.length + 2)];
}
