/**
 * Where an entry's own page is, from the anchor an old link points at. Links shared before event
 * pages existed end in `#event-<id>` (or `#article-<id>`); once the entry has moved to another
 * page of the timeline, the reader's browser follows them here instead.
 */
import { articleUrl, eventUrl } from './urls.ts';
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
    // Whatever follows the prefix stays one path segment: an id that names no event gets the 404 page.
    if (id) return url(encodeURIComponent(id));
  }
  return undefined;
}
