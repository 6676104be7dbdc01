/**
 * The site's languages and the facts that follow from each: its BCP 47 tag, its writing
 * direction and its path prefix. The one home for these facts: pages, the Astro i18n config, the
 * content checker and the dictionaries all read them from here. Pure: no Astro, no DOM.
 */

export interface LocaleInfo {
  /** The BCP 47 tag for `<html lang>` and `hreflang`: "fa". */
  lang: string;
  /** The language's name in itself, for the language switch: "فارسی". */
  nativeName: string;
  /** Writing direction, for `<html dir>`. */
  dir: 'ltr' | 'rtl';
  /** The path prefix of its pages: "" for the default language, "fa" for `/fa/…`. */
  prefix: string;
  /** The locale handed to Intl formatters (numbers, plurals, lists): "fa-IR". */
  intl: string;
  /** What separates the items of a plain list of names: Persian writes its own comma. */
  comma: string;
}

export const LOCALES = {
  en: { lang: 'en', nativeName: 'English', dir: 'ltr', prefix: '', intl: 'en-GB', comma: ', ' },
  fa: { lang: 'fa', nativeName: 'فارسی', dir: 'rtl', prefix: 'fa', intl: 'fa-IR', comma: '، ' },
  az: { lang: 'az-Latn', nativeName: 'Azərbaycanca', dir: 'ltr', prefix: 'az', intl: 'az-Latn-AZ', comma: ', ' },
} as const satisfies Record<string, LocaleInfo>;

export type Locale = keyof typeof LOCALES;

/** The language the content is written in and the site is served in at its root. */
export const DEFAULT_LOCALE = 'en' satisfies Locale;

/** Every language, the default first. */
export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];

/** The languages a digest can be translated into: content/translations/<locale>/. */
export const TRANSLATION_LOCALES = LOCALE_CODES.filter((l) => l !== DEFAULT_LOCALE);

export const isLocale = (value: string): value is Locale => Object.hasOwn(LOCALES, value);

/**
 * A site path in a language: `localePath('fa', '/timeline/2020-10/')` is "/fa/timeline/2020-10/";
 * the default language keeps the path as it is.
 */
export function localePath(locale: Locale, path: string): string {
  const { prefix } = LOCALES[locale];
  const rooted = path.startsWith('/') ? path : `/${path}`;
  return prefix === '' ? rooted : `/${prefix}${rooted}`;
}

/**
 * The language of a site path and the path without its prefix:
 * `splitLocalePath('/fa/places/jolfa/')` is `{ locale: 'fa', path: '/places/jolfa/' }`.
 */
export function splitLocalePath(path: string): { locale: Locale; path: string } {
  const first = path.split('/')[1] ?? '';
  for (const locale of TRANSLATION_LOCALES)
    if (first === LOCALES[locale].prefix) return { locale, path: path.slice(first.length + 1) || '/' };
  return { locale: DEFAULT_LOCALE, path };
}
