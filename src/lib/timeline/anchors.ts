/**
 * The anchor ids entries carry on the timeline's pages. Plain strings only, so the browser code
 * that follows old links to an entry's own page can share them.
 */

/** The anchor of an event: `eventAnchor('irgc-deploys')` is "event-irgc-deploys". */
export const eventAnchor = (id: string) => `event-${id}`;
/** The anchor of a digest's own entry. */
export const articleAnchor = (id: string) => `article-${id}`;
