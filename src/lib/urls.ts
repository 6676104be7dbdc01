/**
 * Every internal address in one place, so the site works under a base path (GitHub Pages)
 * and a URL, once published, keeps pointing at the same thing.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A path inside the site: `href('map/')` is "/map/" (or "/aras/map/" under a base path). */
export const href = (path = '') => `${base}${path.replace(/^\//, '')}`;

export const timelineUrl = (anchor?: string) => href(anchor ? `#${anchor}` : '');
export const articleUrl = (id: string) => href(`articles/${id}/`);
export const placeUrl = (id: string) => href(`places/${id}/`);
/** The map, opened on one place with its popup showing. */
export const mapUrl = (placeId?: string) => href(placeId ? `map/#place-${placeId}` : 'map/');
export const placeDataUrl = (id: string) => href(`data/places/${id}.json`);
