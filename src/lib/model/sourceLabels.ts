/**
 * The project's own numbering of its source articles ("source 000" is the first file in its
 * research folder) means nothing to a reader: notes and digests name the outlet instead. One
 * pattern, shared by the checker's field and body rules. Free of zod and of Node.
 */

/** One internal label in a text, with its offsets. */
export interface SourceLabel {
  text: string;
  start: number;
  end: number;
}

// "source 000", "Source 4", "sources #3", "source no. 12": the word on its own (not "open-source"),
// then a number of up to three digits (not a year: "source 2020 data").
const INTERNAL_SOURCE =
  /(?<![\p{L}\p{N}-])sources?[\s\u00a0]*(?:no\.?[\s\u00a0]*|#[\s\u00a0]*)?\d{1,3}(?![\p{N}\p{L}])/giu;

/** Internal source labels in a text: `sourceLabels('as source 004')` is [{ text: 'source 004', start: 3, end: 13 }]. */
export function sourceLabels(text: string): SourceLabel[] {
  return [...text.matchAll(INTERNAL_SOURCE)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** What to do instead, said once for the field and the body rule. */
export const SOURCE_LABEL_FIX =
  'Readers never see our numbering of the sources: name the outlet instead, e.g. "(Dawn, 26 October 2020)".';
