/**
 * Finds the gazetteer's names in running text, so the checker can ask whether a digest tags
 * every place it names. Names match as whole words, folded as the gazetteer folds them
 * (case, accents, hyphens), longest first: "East Azerbaijan province" before "Azerbaijan".
 */
import { foldName } from './names.ts';

export interface Mention {
  /** The ids of the places that carry the name (more than one only for a shared name). */
  ids: readonly string[];
  /** Offsets of the name as written in the text. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * A function that lists the place names in a text, given `nameIndex()` of the gazetteer:
 * `mentionFinder(index)('Troops near Khoda Afarin.')` is `[{ ids: ['khoda-afarin'], start: 12, end: 24 }]`.
 * Place names are proper nouns, so a name written in lower case ("heris" inside a word list) is skipped.
 */
export function mentionFinder(index: ReadonlyMap<string, readonly string[]>): (text: string) => Mention[] {
  const firstWords = new Set<string>();
  let longest = 1;
  for (const key of index.keys()) {
    const parts = key.split(' ');
    firstWords.add(parts[0] ?? '');
    longest = Math.max(longest, parts.length);
  }
  return (text) => {
    const mentions: Mention[] = [];
    if (index.size === 0) return mentions;
    const tokens = [...text.matchAll(WORD)];
    const folded: (string | undefined)[] = [];
    const fold = (i: number) => (folded[i] ??= foldName(tokens[i]?.[0] ?? ''));
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i]?.[0] ?? '';
      const initial = first[0] ?? '';
      // Only a capitalised word can open a name; folding every word would be the slow part.
      if (initial === initial.toLowerCase() || !firstWords.has(fold(i))) continue;
      let key = '';
      let match: { ids: readonly string[]; n: number } | undefined;
      for (let n = 1; n <= longest && i + n <= tokens.length; n++) {
        key = n === 1 ? fold(i) : `${key} ${fold(i + n - 1)}`;
        const ids = index.get(key);
        if (ids) match = { ids, n };
      }
      if (!match) continue;
      const startToken = tokens[i];
      const endToken = tokens[i + match.n - 1];
      if (!startToken || !endToken) continue;
      mentions.push({ ids: match.ids, start: startToken.index, end: endToken.index + endToken[0].length });
      i += match.n - 1;
    }
    return mentions;
  };
}
