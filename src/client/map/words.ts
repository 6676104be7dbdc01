/**
 * The words the map writes itself (popups, the tiles button, attribution), and the page
 * language's prefix for the links it makes. An English page carries none and gets `ENGLISH`;
 * a page in another language hands its words over in `data-words` (lib/i18n/mapWords.ts builds
 * them from the dictionary), read here field by field so a bad attribute falls back to English.
 */

export interface MapWords {
  loading: string;
  empty: string;
  failed: string;
  digest: string;
  contested: string;
  /** "The {shown} most recent of {total}." */
  mostRecent: string;
  /** "Every entry at {place}" */
  everyEntry: string;
  showTiles: string;
  hideTiles: string;
  /** The site's river, as the page's language names it (the static map's name for it too). */
  riverName: string;
  /** The river's accessible name: "{river} (river)". */
  river: string;
  /** What a river's line is, for its popup when the gazetteer has no place for it. */
  riverNote: string;
  /** "Line: {source}" */
  riverLine: string;
  attribution: string;
  /** What separates two outlets: "; ", or "؛ " in Persian. */
  separator: string;
  /** The site's root, "/", and the root of the page's language, "/fa/": site links move from one to the other. */
  base: string;
  home: string;
  /** True when the data's own words (titles, outlets, English dates) are not in the page's language. */
  foreignData: boolean;
  /** Formats a count in the page's digits. */
  locale: string;
  /** Places' names in the page's language, by id, where they have one. */
  names: Readonly<Record<string, string>>;
  /** The basemap's countries in the page's language, by numeric id; English keeps the basemap's. */
  countries: Readonly<Record<string, string>>;
  /** The basemap's named exclaves in the page's language, by their English name. */
  exclaves: Readonly<Record<string, string>>;
}

/** The English words: the same as src/i18n/en.ts, which a unit test checks. */
export const ENGLISH: MapWords = {
  loading: 'Loading what happened here…',
  empty: 'No entry is tagged with this place yet.',
  failed: 'What happened here could not be loaded.',
  digest: 'Digest:',
  contested: 'Contested claim',
  mostRecent: 'The {shown} most recent of {total}.',
  everyEntry: 'Every entry at {place}',
  showTiles: 'Show street-map background',
  hideTiles: 'Hide street-map background',
  riverName: 'Aras',
  river: '{river} (river)',
  riverNote: 'Iran’s border with Azerbaijan and Armenia follows the river along this line.',
  riverLine: 'Line: {source}',
  attribution: 'Natural Earth · GeoNames',
  separator: '; ',
  base: '/',
  home: '/',
  foreignData: false,
  locale: 'en-GB',
  names: {},
  countries: {},
  exclaves: {},
};

/** Reads `data-words`: every field of the right type, or English for that field. */
export function readWords(json: string | undefined): MapWords {
  if (!json) return ENGLISH;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return ENGLISH;
  }
  if (typeof parsed !== 'object' || parsed === null) return ENGLISH;
  const given = parsed as Record<string, unknown>;
  const words: Record<string, unknown> = { ...ENGLISH };
  for (const [key, fallback] of Object.entries(ENGLISH))
    if (typeof given[key] === typeof fallback && typeof fallback !== 'object') words[key] = given[key];
  for (const key of ['names', 'countries', 'exclaves'] as const) {
    const names = given[key];
    if (typeof names === 'object' && names !== null)
      words[key] = Object.fromEntries(Object.entries(names).filter(([, name]) => typeof name === 'string'));
  }
  return words as unknown as MapWords;
}

/** Fills `{name}` slots: `fill('Every entry at {place}', { place: 'Jolfa' })`. */
export const fill = (template: string, vars: Readonly<Record<string, string>>) =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => vars[name] ?? slot);

/** A site link in the page's language: "/places/jolfa/" is "/fa/places/jolfa/" on a Persian page. */
export function localised(words: MapWords, url: string): string {
  if (words.home === words.base || !url.startsWith(words.base) || url.startsWith(`${words.base}data/`)) return url;
  return `${words.home}${url.slice(words.base.length)}`;
}
