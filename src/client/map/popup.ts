/** What a place's popup says: the place, then each entry with its date, its anchor and its digests. */
import type { MapEntry, MapPlace } from './data.ts';
import { el, link } from './dom.ts';
import { ENGLISH, fill, localised, type MapWords } from './words.ts';

/** Marks text from the data (English) on a page in another language. */
function english<T extends HTMLElement>(node: T, words: MapWords): T {
  if (words.foreignData) {
    node.lang = 'en';
    node.dir = 'auto';
  }
  return node;
}

/** The popup's content; `entries` is undefined while they are still loading. */
export function popupContent(place: MapPlace, entries: MapEntry[] | undefined, words = ENGLISH): HTMLElement {
  const root = el('div', 'popup');
  const heading = el('h2', 'popup-title');
  heading.append(link(localised(words, place.url), place.displayName));
  root.append(heading);
  if (entries === undefined) {
    root.append(el('p', 'popup-status', words.loading));
    return root;
  }
  if (entries.length === 0) {
    root.append(el('p', 'popup-status', words.empty));
    return root;
  }
  const list = el('ul', 'popup-entries');
  for (const entry of entries) {
    const item = el('li', 'popup-entry');
    const time = english(el('time', 'popup-date', entry.dateLabel), words);
    time.dateTime = entry.date;
    item.append(time, ' ', english(link(localised(words, entry.url), entry.title, 'popup-entry-title'), words));
    if (entry.contested) item.append(' ', el('span', 'badge-contested', words.contested));
    const sources = el('span', 'popup-sources');
    entry.sources.forEach((source, i) => {
      sources.append(
        i === 0 ? `${words.digest} ` : words.separator,
        english(link(localised(words, source.url), source.outlet), words),
      );
    });
    item.append(sources);
    list.append(item);
  }
  root.append(list);
  if (entries.length < place.entryCount) {
    const n = (value: number) => value.toLocaleString(words.locale);
    const more = el(
      'p',
      'popup-status',
      `${fill(words.mostRecent, { shown: n(entries.length), total: n(place.entryCount) })} `,
    );
    more.append(link(localised(words, place.url), fill(words.everyEntry, { place: place.displayName })));
    root.append(more);
  }
  return root;
}

/** What the popup says when the place's entries could not be fetched. */
export const popupFailed = (words = ENGLISH) => el('p', 'popup-status', words.failed);
