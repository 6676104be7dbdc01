import type { EntryLocation } from '../lib/timeline/archive.ts';

/**
 * Every internal address in one place, so the site works under a base path (GitHub Pages)
 * and a URL, once published, keeps pointing at the same thing.
 */
import { placeHash } from '../lib/map/placeAnchor.ts';
import { localePath, type Locale } from '../i18n/locales.ts';
import { SEARCH_PARTS_FILE, searchBundlePath } from '../lib/site/searchBundle.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A path inside the site: `href('map/')` is "/map/" (or "/aras/map/" under a base path). */
export const href = (path = '') => `${base}${path.replace(/^\//, '')}`;

/** The timeline's front page. */
export const timelineUrl = () => href();
export const articleUrl = (id: string) => href(`articles/${id}/`);
/** An event's own page, "/events/irgc-deploys/": its address never changes as the archive grows. */
export const eventUrl = (id: string) => href(`events/${id}/`);
/** Where event pages live: an event's page is this plus its id and a slash. */
export const eventsBaseUrl = () => href('events/');
/** The picture link previews show, 1200×630 (public/og-image.png, made by `npm run og-image`). */
export const siteImageUrl = () => href('og-image.png');
/** The sitemap @astrojs/sitemap writes: its index file. */
export const sitemapUrl = () => href('sitemap-index.xml');
export const placeUrl = (id: string) => href(`places/${id}/`);
/** The list of places, scrolled to one of them: `placeListUrl('jolfa')` is "/places/#place-jolfa". */
export const placeListUrl = (id?: string) => href(id ? `places/${placeHash(id)}` : 'places/');
export const actorUrl = (id: string) => href(`actors/${id}/`);
export const actorListUrl = () => href('actors/');
export const aboutUrl = () => href('about/');
/** The search page, and the script of Pagefind's bundle it loads. */
export const searchUrl = () => href('search/');
export const searchBundleUrl = (locale: Locale) => href(`${searchBundlePath(locale)}pagefind.js`);
/** The list of the search index's further parts, which a large archive's index has. */
export const searchPartsUrl = (locale: Locale) => href(`${searchBundlePath(locale)}${SEARCH_PARTS_FILE}`);
/** The Atom feeds: the newest digests site-wide, and those about one place or one actor. */
export const digestsFeedUrl = () => href('feeds/digests.xml');
export const placeFeedUrl = (id: string) => href(`feeds/places/${id}.xml`);
export const actorFeedUrl = (id: string) => href(`feeds/actors/${id}.xml`);
export const faviconUrl = () => href('favicon.svg');
/** A month's page, "/timeline/2020-10/", or a year's for entries known only to the year, "/timeline/2023/". */
export const periodUrl = (key: string) => href(`timeline/${key}/`);
/** A numbered page of a list that takes several: `pageUrl('places/jolfa/', 2)` is "/places/jolfa/2/". */
export const pageUrl = (first: string, number: number) => (number === 1 ? first : `${first}${number}/`);
/** A page of a period of the timeline: `timelinePageUrl('2020-10', 2)` is "/timeline/2020-10/2/". */
export const timelinePageUrl = (key: string, number: number) => pageUrl(periodUrl(key), number);
/**
 * An entry where the timeline carries it (`locateEntries` says where): "/#event-x" on a small
 * site, "/timeline/2020-10/#event-x" at scale.
 */
export const entryUrl = (entry: { anchor: string }, where: EntryLocation) =>
  `${where === 'home' ? timelineUrl() : timelinePageUrl(where.key, where.number)}#${entry.anchor}`;
export const kindUrl = (kind: string) => href(`kinds/${kind}/`);
/** The map, opened on one place with its popup showing. */
export const mapUrl = (placeId?: string) => href(placeId ? `map/${placeHash(placeId)}` : 'map/');
export const placeDataUrl = (id: string) => href(`data/places/${id}.json`);
/** The whole timeline's export, and its index of months. */
export const timelineDataUrl = () => href('data/timeline.json');
/** Every place as GeoJSON, which the map also reads. */
/** The page that lists every data file with its size, licence and an example. */
export const dataPageUrl = () => href('data/');
export const placesDataUrl = () => href('data/places.geojson');
/** The Aras's line, for the maps. */
export const riverDataUrl = () => href('data/aras.geojson');
/** The map's country shapes. */
export const basemapDataUrl = () => href('data/basemap.json');
export const timelineMonthDataUrl = (key: string) => href(`data/timeline/${key}.json`);
export const articleMonthDataUrl = (key: string) => href(`data/articles/${key}.json`);

/**
 * A page's address in a language: `localeUrl('fa', placeUrl('jolfa'))` is "/fa/places/jolfa/".
 * The default language's addresses stay as they are; files under /data are the same in every language.
 */
export const localeUrl = (locale: Locale, url: string) =>
  url.startsWith(base) && !url.startsWith(href('data/')) ? href(localePath(locale, url.slice(base.length - 1))) : url;
/** A page's full address, for canonical links, previews and citations: `absoluteUrl('/events/x/')`. */
export const absoluteUrl = (path: string) => new URL(path, import.meta.env.SITE).href;
