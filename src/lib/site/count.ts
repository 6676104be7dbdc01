/** Numbers of things in reader-facing English: "1 entry", "3 entries", "0 events". */

/** Plurals that are not the word plus "s". */
const IRREGULAR: Readonly<Record<string, string>> = { entry: 'entries' };

/** The plural of a count noun: `plural('entry')` is "entries", `plural('event')` is "events". */
export const plural = (word: string) => IRREGULAR[word] ?? `${word}s`;

/** A number with its noun agreeing: `count(1, 'entry')` is "1 entry", `count(2, 'entry')` is "2 entries". */
export const count = (n: number, word: string) => `${n} ${n === 1 ? word : plural(word)}`;
