/** What a place's popup says: the place, then each entry with its date, its anchor and its digests. */
import type { MapEntry, MapPlace } from './data.ts';
import { el, link } from './dom.ts';
import { CONTESTED_LABEL } from '../../lib/timeline/claims.ts';

/** The popup's content; `entries` is undefined while they are still loading. */
export function popupContent(place: MapPlace, entries: MapEntry[] | undefined): HTMLElement {
  const root = el('div', 'popup');
  const heading = el('h2', 'popup-title');
  heading.append(link(place.url, place.displayName));
  root.append(heading);
  if (entries === undefined) {
    root.append(el('p', 'popup-status', 'Loading what happened here…'));
    return root;
  }
  if (entries.length === 0) {
    root.append(el('p', 'popup-status', 'No entry is tagged with this place yet.'));
    return root;
  }
  const list = el('ul', 'popup-entries');
  for (const entry of entries) {
    const item = el('li', 'popup-entry');
    const time = el('time', 'popup-date', entry.dateLabel);
    time.dateTime = entry.date;
    item.append(time, ' ', link(entry.url, entry.title, 'popup-entry-title'));
    if (entry.contested) item.append(' ', el('span', 'badge-contested', CONTESTED_LABEL));
    const sources = el('span', 'popup-sources');
    entry.sources.forEach((source, i) => {
      sources.append(i === 0 ? 'Digest: ' : '; ', link(source.url, source.outlet));
    });
    item.append(sources);
    list.append(item);
  }
  root.append(list);
  if (entries.length < place.entryCount) {
    const more = el('p', 'popup-status', `The ${entries.length} most recent of ${place.entryCount}. `);
    more.append(link(place.url, `Every entry at ${place.displayName}`));
    root.append(more);
  }
  return root;
}

/** What the popup says when the place's entries could not be fetched. */
export const popupFailed = () => el('p', 'popup-status', 'What happened here could not be loaded.');
