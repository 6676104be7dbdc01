/**
 * Where an entry's own page is, from the anchor an old link points at. Links shared before event
 * pages existed end in `#event-<id>` (or `#article-<id>`); once the entry has moved to another
 * page of the timeline, the reader's browser follows them here instead.
 */
import { articleUrl, eventUrl } from './urls.ts';
import { ID_PATTERN } from '../lib/model/names.ts';
import { articleAnchor, eventAnchor } from '../lib/timeline/anchors.ts';

/** Each kind of anchor, by the prefix its ids get, with the page it stands for. */
const PAGES: readonly [prefix: string, url: (id: string) => string][] = [
  [eventAnchor(''), eventUrl],
  [articleAnchor(''), articleUrl],
];

/**
 * The own page of the entry a URL fragment names, or undefined if it names none.
 * e.g. `ownPageOf('#event-drone-crash')` is "/events/drone-crash/".
 */
export function ownPageOf(hash: string): string | undefined {
  let anchor: string;
  try {
    anchor = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  for (const [prefix, url] of PAGES) {
    const id = anchor.startsWith(prefix) ? anchor.slice(prefix.length) : '';
    if (ID_PATTERN.test(id)) return url(id);
  }
  return undefined;
}
