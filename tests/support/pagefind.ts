/** Reading the Pagefind indexes the build wrote to dist/pagefind/, dist/fa/pagefind/…: what each indexed page holds. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST } from './dist.ts';
import { LOCALE_CODES, type Locale } from '../../src/i18n/locales.ts';
import { SEARCH_PARTS_FILE, searchBundlePath, type SearchParts } from '../../src/lib/site/searchBundle.ts';

/** One indexed page as Pagefind stores it: the text it searches and shows excerpts of, and its facts. */
export interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Pagefind gzips each file and opens it with a signature before the JSON. */
const SIGNATURE = 'pagefind_dcd';

/** Every page in every language's index, from its fragment files. */
export function fragments(dist = DIST): Fragment[] {
  return LOCALE_CODES.flatMap((locale) => languageFragments(locale, dist));
}

/** The folders of one language's index, newest first: the bundle's own, then each further part it lists. */
export function bundleParts(locale: Locale, dist = DIST): string[] {
  const bundle = join(dist, searchBundlePath(locale));
  const { parts } = JSON.parse(readFileSync(join(bundle, SEARCH_PARTS_FILE), 'utf8')) as SearchParts;
  return parts.map((part) => join(bundle, part.path));
}

/** Every page in one language's index, in all its parts. */
export function languageFragments(locale: Locale, dist = DIST): Fragment[] {
  return bundleParts(locale, dist).flatMap((part) => partFragments(part));
}

/** Every page in one part of an index (a folder with a pagefind-entry.json). */
export function partFragments(part: string): Fragment[] {
  const dir = join(part, 'fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`${join(dir, name)} does not start with Pagefind's signature`);
    return JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
  });
}
