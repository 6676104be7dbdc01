/**
 * What an event is called where a sentence is too long: in the page's title, link previews and
 * citations. An event has no headline of its own, only a summary of a sentence or two.
 */
import type { TimelineEntry } from '../timeline/entries.ts';

/** Longest title, in characters, before it is cut at a word: about what a search result shows. */
export const EVENT_TITLE_LENGTH = 90;

/**
 * The summary's first sentence, cut at a word with "…" when it is longer than `max`.
 * e.g. "Iran moved troops to the Aras. Baku said …" is "Iran moved troops to the Aras".
 */
export function eventTitle(event: Pick<TimelineEntry, 'title'>, max = EVENT_TITLE_LENGTH): string {
  const first = event.title
    .trim()
    .split(/(?<=[a-z0-9)”’"'])\.\s+(?=[A-Z“‘"'])/u)[0]!
    .replace(/\.$/, '');
  if (first.length <= max) return first;
  const cut = first.slice(0, max - 1);
  const atWord = cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length);
  return `${atWord.replace(/[\s,;:–—-]+$/u, '')}…`;
}
