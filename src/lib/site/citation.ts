/**
 * The citation a reader copies from an event or digest page. It names what is cited, the site and
 * the page's permanent address; the day the reader accessed it is theirs to add, so it is left out.
 */

export interface Citable {
  /** The page's title as it should be quoted. */
  title: string;
  /** The site's name. */
  site: string;
  /** The page's absolute, permanent address. */
  url: string;
  /** What sort of page it is, where the title alone would not say: "event", "digest". */
  kind?: string;
}

/**
 * e.g. `citation({ title: 'Drone crashes', site: 'Aras Border Timeline', url: 'https://x/events/d/', kind: 'event' })`
 * is "“Drone crashes” (event). Aras Border Timeline. https://x/events/d/."
 */
export function citation({ title, site, url, kind }: Citable): string {
  const quoted = `“${title.replace(/[.\s]+$/, '')}”`;
  return `${quoted}${kind ? ` (${kind})` : ''}. ${site}. ${url}.`;
}
