/**
 * The words <aras-map> writes itself, in a page's language, for its `data-words` attribute
 * (client/map/words.ts reads them). Built from the dictionary so the map says what the page says.
 */
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import { messages } from '../../i18n/messages.ts';
import type { Place } from '../model/schema.ts';
import { COUNTRY_ALPHA2, EXCLAVES } from '../map/basemap.ts';

/** The basemap's countries named in `locale`, by numeric id: `{ '364': 'ایران', … }` in Persian. */
export function countryNamesIn(locale: Locale): Record<string, string> {
  const t = messages(locale);
  return Object.fromEntries(Object.entries(COUNTRY_ALPHA2).map(([id, code]) => [id, t.country(code)]));
}

/** The maps' named exclaves in `locale`, by their English name, where a sourced name exists. */
export function exclaveNamesIn(locale: Locale): Record<string, string> {
  return Object.fromEntries(
    EXCLAVES.flatMap(({ name, localNames }) =>
      locale !== 'en' && localNames[locale] ? [[name, localNames[locale]]] : [],
    ),
  );
}

/**
 * `data-words` for a page in `locale`, or undefined on an English page (the map's own defaults).
 * `base` is the site's root ("/"), `home` the language's ("/fa/").
 */
export function mapWords(
  locale: Locale,
  places: readonly { id: string; data: Place }[],
  base: string,
  home: string,
): string | undefined {
  if (locale === 'en') return undefined;
  const t = messages(locale);
  return JSON.stringify({
    loading: t.text('popup.loading'),
    empty: t.text('popup.empty'),
    failed: t.text('popup.failed'),
    digest: t.text('popup.digest'),
    contested: t.text('entry.contested'),
    mostRecent: t.text('popup.mostRecent'),
    everyEntry: t.text('popup.everyEntry'),
    showTiles: t.text('map.showTiles'),
    hideTiles: t.text('map.hideTiles'),
    riverName: t.text('map.riverName'),
    river: t.text('map.riverLink'),
    riverNote: t.text('popup.riverNote'),
    riverLine: t.text('popup.riverLine'),
    attribution: t.text('map.attribution'),
    separator: LOCALES[locale].dir === 'rtl' ? '؛ ' : '; ',
    base,
    home,
    foreignData: true,
    locale: LOCALES[locale].intl,
    countries: countryNamesIn(locale),
    exclaves: exclaveNamesIn(locale),
    names: Object.fromEntries(
      places.flatMap(({ id, data }) => (data.localNames?.[locale] ? [[id, data.localNames[locale]]] : [])),
    ),
  });
}
