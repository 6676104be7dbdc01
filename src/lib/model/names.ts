/**
 * Names as text to compare or to turn into ids. Free of zod and of Node, so that schemas, the
 * checker, the scaffolder, scripts and browser code can all share it.
 */

/** What an id looks like: lower-case letters and digits in words joined by single hyphens, e.g. `khoda-afarin`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lower case without accents: `plainLetters('Khodā-Āfarin')` is "khoda-afarin". */
function plainLetters(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Folds a name for matching: case, diacritics, hyphens and apostrophes do not count. */
export function foldName(name: string): string {
  return plainLetters(name)
    .replace(/[‘’'`ʼ-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The ASCII words of a text, for an id: `slugWords("Xocavənd's bridge")` is ['xocavends', 'bridge']. */
function slugWords(text: string): string[] {
  return (
    plainLetters(text)
      // Azerbaijani letters with no decomposition: Xocavənd, Qubadlı.
      .replace(/ə/g, 'e')
      .replace(/ı/g, 'i')
      .replace(/['’]/g, '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
  );
}

/** The id closest to what was written: `suggestId('Khoda Afarin')` is "khoda-afarin". */
export function suggestId(text: string): string {
  return slugWords(text).join('-');
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'its',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/**
 * A file-name slug: `slugify('Iran deploys troops on Azerbaijan border', 5)` is
 * "iran-deploys-troops-azerbaijan-border" (small words dropped, at most `words` words).
 */
export function slugify(text: string, words = Infinity): string {
  const all = slugWords(text);
  const kept = all.filter((word) => !SMALL_WORDS.has(word));
  return (kept.length > 0 ? kept : all).slice(0, words).join('-');
}
