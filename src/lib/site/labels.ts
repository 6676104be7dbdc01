/** Reader-facing words for the content model's codes. */
import type { Actor, ArticleEvent, Place } from '../model/schema.ts';
import { LOCALES, type Locale } from '../../i18n/locales.ts';

const EVENT_KIND_LABELS: Record<ArticleEvent['kind'], string> = {
  fighting: 'Fighting',
  'cross-border-fire': 'Cross-border fire',
  deployment: 'Deployment',
  visit: 'Visit',
  statement: 'Statement',
  diplomacy: 'Diplomacy',
  ceasefire: 'Ceasefire',
};

/** What an article's own entry on the timeline is called, and its choice in the kind filter. */
export const ARTICLE_ENTRY_LABEL = 'Article published';

/** "Cross-border fire" for `cross-border-fire`; "Event" when there is no kind. */
export const kindLabel = (kind: ArticleEvent['kind'] | undefined) => (kind ? EVENT_KIND_LABELS[kind] : 'Event');

const PLACE_KIND_LABELS: Record<Place['kind'], string> = {
  city: 'City',
  town: 'Town',
  village: 'Village',
  county: 'County',
  district: 'District',
  province: 'Province',
  region: 'Region',
  'border-crossing': 'Border crossing',
  river: 'River',
};

export const placeKindLabel = (kind: Place['kind']) => PLACE_KIND_LABELS[kind];

const ACTOR_KIND_LABELS: Record<Actor['kind'], string> = {
  state: 'State',
  organisation: 'Organisation',
  person: 'Person',
};

/** "Organisation" for `organisation`: what an actor's page says it is. */
export const actorKindLabel = (kind: Actor['kind']) => ACTOR_KIND_LABELS[kind];

const COUNTRY_NAMES: Record<string, string> = {
  IR: 'Iran',
  AZ: 'Azerbaijan',
  AM: 'Armenia',
  GE: 'Georgia',
  TR: 'Turkey',
  RU: 'Russia',
  US: 'United States',
  CH: 'Switzerland',
};

/** The English name of a country code: "IR" is "Iran". */
export const countryName = (code: string) =>
  COUNTRY_NAMES[code] ?? new Intl.DisplayNames('en', { type: 'region' }).of(code) ?? code;

/**
 * Joins words as English prose, "Armenia, Iran and Azerbaijan". One formatter for the whole build:
 * constructing an Intl formatter is slow, and actor lists are rendered for every entry on every page.
 */
export const andList = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

const listFormats = new Map<Locale, Intl.ListFormat>([['en', andList]]);

/** `andList` in any of the site's languages: "ارمنستان و جمهوری آذربایجان". */
export function listFormat(locale: Locale): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format)
    listFormats.set(
      locale,
      (format = new Intl.ListFormat(LOCALES[locale].intl, { style: 'long', type: 'conjunction' })),
    );
  return format;
}

const LANGUAGES = new Intl.DisplayNames('en', { type: 'language' });

/** The English name of a language code: "fa" is "Persian". */
export const languageName = (code: string) => LANGUAGES.of(code) ?? code;

const languageNames = new Map<Locale, Intl.DisplayNames>([['en', LANGUAGES]]);

/** A language code's name in one of the site's languages: `languageNameIn('fa', 'en')` is "انگلیسی". */
export function languageNameIn(locale: Locale, code: string): string {
  let names = languageNames.get(locale);
  if (!names) languageNames.set(locale, (names = new Intl.DisplayNames(LOCALES[locale].intl, { type: 'language' })));
  return names.of(code) ?? code;
}
