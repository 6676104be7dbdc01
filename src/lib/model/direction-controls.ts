/**
 * The Unicode direction overrides and embeddings (U+202A–U+202E): invisible characters that make
 * the text after them display in an order other than the one it is written in, so a headline can
 * read differently on the page from what the file says. Content may not carry them. The marks
 * (U+200E, U+200F) and isolates (U+2066–U+2069) that Persian and mixed-direction text needs only
 * set the direction of their own run, and stay allowed. Pure: no imports.
 */

/** Matches any override or embedding: `DIRECTION_OVERRIDE.test('a\u202Eb')` is true. */
export const DIRECTION_OVERRIDE = /[\u202A-\u202E]/;

const NAMES: { [char: string]: string } = {
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
};

/** The first override in a text, or undefined: `findOverride('ab\u202E')` is `{ index: 2, char: '\u202E' }`. */
export function findOverride(text: string): { index: number; char: string } | undefined {
  const match = DIRECTION_OVERRIDE.exec(text);
  return match ? { index: match.index, char: match[0] } : undefined;
}

/** The code point as written in Unicode charts: `codePoint('\u202E')` is "U+202E". */
const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What is wrong, naming the character: 'an invisible right-to-left override (U+202E)'. */
export function overrideMessage(char: string): string {
  return `The text holds an invisible ${NAMES[char] ?? 'direction control'} (${codePoint(char)}), which makes the words after it display in another order than they are written.`;
}

/** What to do, naming the character and the controls that remain allowed. */
export function overrideFix(char: string): string {
  return `Delete the invisible ${codePoint(char)} (select the text around it and retype it). To set the direction of mixed Persian and Latin text, use the marks U+200E and U+200F or the isolates U+2066 to U+2069, which are allowed.`;
}
