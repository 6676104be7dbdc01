/**
 * A place's or actor's name in a language: its own name there where the gazetteer or the actor
 * file has one, else the English name, which the page then marks `lang="en"`. Pure.
 */
import type { Locale } from '../../i18n/locales.ts';
import { DEFAULT_LOCALE } from '../../i18n/locales.ts';
import type { Actor, Place } from '../model/schema.ts';
import { displayName } from '../model/gazetteer.ts';

/** A name and, when it is not in the page's language, the language it is in. */
export interface LocalName {
  name: string;
  /** "en" when the name fell back to English on a page in another language. */
  lang?: 'en';
}

function pick(
  locale: Locale,
  english: string,
  local: { fa?: string | undefined; az?: string | undefined } | undefined,
) {
  if (locale === DEFAULT_LOCALE) return { name: english };
  const own = local?.[locale];
  return own ? { name: own } : { name: english, lang: 'en' as const };
}

/** `placeName('fa', jolfa)` is `{ name: 'جلفا' }`; a place with no Persian name keeps its English one. */
export const placeName = (locale: Locale, place: Place): LocalName =>
  pick(locale, displayName(place), place.localNames);

/** `actorName('fa', irgc)` is `{ name: 'سپاه پاسداران انقلاب اسلامی' }`. */
export const actorName = (locale: Locale, actor: Actor): LocalName => pick(locale, actor.name, actor.localNames);

/** The local-script names a place or actor file may give, in the order its page lists them. */
const LOCAL_SCRIPTS = [
  { lang: 'fa', dir: 'rtl' },
  { lang: 'az', dir: 'ltr' },
  { lang: 'hy', dir: 'ltr' },
] as const;

/**
 * The local names a file gives, each with its language and direction, for a page's list of them:
 * `localScriptNames({ fa: 'جلفا' })` is `[{ lang: 'fa', dir: 'rtl', name: 'جلفا' }]`.
 */
export const localScriptNames = (names: Partial<Record<'fa' | 'az' | 'hy', string | undefined>> | undefined) =>
  LOCAL_SCRIPTS.flatMap(({ lang, dir }) => (names?.[lang] ? [{ lang, dir, name: names[lang] }] : []));
