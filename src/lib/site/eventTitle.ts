/**
 * What an event is called. An event has no headline of its own, only a summary of a sentence or
 * two: its page leads with the first sentence and follows with the rest, and where the first
 * sentence is too long (a page's title, link previews, citations, lists) it is cut at a word.
 */
import type { TimelineEntry } from '../timeline/entries.ts';

/** Longest title, in characters, before it is cut at a word: about what a search result shows. */
export const EVENT_TITLE_LENGTH = 90;

/** Abbreviations English news copy puts before a capitalised word: ranks, titles, months. */
const ABBREVIATIONS = new Set(
  'Mr Mrs Ms Dr Prof Gen Brig Col Lt Maj Capt Cmdr Adm Sgt Gov Sen Rep Pres St Mt Jr Sr No Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(
    ' ',
  ),
);

/**
 * The summary as a headline and what follows it. A full stop ends the first sentence only where a
 * capital opens the next and the word before it is no title, month or initial ("Brig. Gen.",
 * "9 Oct. Iran", "U.S."): a summary the rule misreads gets a longer headline, never a cut one.
 * e.g. "Iran moved troops. Baku was told." is `{ first: 'Iran moved troops', rest: 'Baku was told.' }`.
 */
export function splitSummary(summary: string): { first: string; rest: string } {
  const text = summary.trim();
  // Persian (Arabic script) has no capitals: a full stop before a word in that script ends a sentence.
  for (const match of text.matchAll(/\.\s+(?=[A-Z“‘"'«\p{Script=Arabic}])/gu)) {
    const before = /(\S+)$/u.exec(text.slice(0, match.index))?.[1] ?? '';
    if (!/[a-z0-9)”’"'»\p{Script=Arabic}]$/u.test(before) || ABBREVIATIONS.has(before.replace(/^\W+/u, ''))) continue;
    return { first: text.slice(0, match.index), rest: text.slice(match.index + match[0].length) };
  }
  return { first: text.replace(/\.$/, ''), rest: '' };
}

/**
 * The summary's first sentence, cut at a word with "…" when it is longer than `max`.
 * e.g. "Iran moved troops to the Aras. Baku said …" is "Iran moved troops to the Aras".
 */
export function eventTitle(event: Pick<TimelineEntry, 'title'>, max = EVENT_TITLE_LENGTH): string {
  const { first } = splitSummary(event.title);
  if (first.length <= max) return first;
  const cut = first.slice(0, max - 1);
  const atWord = cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length);
  return `${atWord.replace(/[\s,;:–—-]+$/u, '')}…`;
}
