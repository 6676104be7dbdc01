/**
 * Every link in a build, checked against the build itself: each internal `href`, `src`, `srcset`
 * and `data-*` URL in the pages, each `url()` in the stylesheets and each URL string in the data
 * exports must name a file in the build, and each `#fragment` an element id on the page it names.
 * External links are collected, never fetched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The path the site is served under, as astro.config.mjs reads it. */
export const BASE_PATH = process.env['BASE_PATH'] ?? '/';

/** Any origin will do: the check only compares paths under it. */
const ORIGIN = 'http://site.invalid';

export interface LinkReport {
  /** Internal links checked, counting each occurrence. */
  checked: number;
  /** `where: url (what is wrong)`, one per broken link. */
  broken: string[];
  /** Every external URL, with the first file that links to it. */
  external: Map<string, string>;
}

/** The URL a built file is served at: `places/jolfa/index.html` is "/places/jolfa/". */
export function urlOf(file: string): string {
  return `${BASE_PATH}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The file a site path is served from, or undefined: "/places/jolfa/" is `places/jolfa/index.html`. */
export function fileFor(pathname: string, names: ReadonlySet<string>): string | undefined {
  if (!pathname.startsWith(BASE_PATH)) return undefined;
  const path = decodeURIComponent(pathname.slice(BASE_PATH.length));
  const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
  return candidates.find((name) => names.has(name));
}

/** The URLs an element links to, by attribute: `srcset` holds several, `data-*` only site paths. */
function urlsIn(el: HTMLElement): string[] {
  const urls: string[] = [];
  for (const [name, value] of Object.entries(el.attributes)) {
    if (name === 'href' || name === 'src') urls.push(value);
    else if (name === 'srcset') urls.push(...value.split(',').map((part) => part.trim().split(/\s+/)[0]!));
    else if (name.startsWith('data-') && value.startsWith(BASE_PATH) && !value.startsWith('//')) urls.push(value);
  }
  return urls.filter((url) => url !== '');
}

/** Every string in a JSON value that is a URL: site paths and http(s) addresses. */
function urlsInJson(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if ((value.startsWith('/') && !value.startsWith('//')) || /^https?:\/\//.test(value)) out.push(value);
  } else if (Array.isArray(value)) for (const item of value) urlsInJson(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) urlsInJson(item, out);
  return out;
}

/** Checks every link in the build in `dist`, whose files are `names` (relative paths). */
export function checkLinks(dist: string, names: readonly string[]): LinkReport {
  const known = new Set(names);
  // Each page is parsed once and only its links and ids are kept, so that a build of tens of
  // thousands of pages is checked without holding them all in memory.
  const ids = new Map<string, Set<string>>();
  const links: [from: string, url: string][] = [];
  for (const name of names) {
    if (name.endsWith('.html')) {
      const elements = parse(readFileSync(join(dist, name), 'utf8')).querySelectorAll('*');
      ids.set(name, new Set(elements.map((el) => el.id).filter((id) => id !== '')));
      for (const el of elements) for (const url of urlsIn(el)) links.push([name, url]);
    } else if (name.endsWith('.css'))
      for (const [, quoted] of readFileSync(join(dist, name), 'utf8').matchAll(/url\(\s*([^)]*?)\s*\)/g)) {
        const url = quoted!.replace(/^(['"])(.*)\1$/, '$2');
        // Leaflet's `url(#default#VML)` is an old IE behaviour, not a link.
        if (!url.startsWith('#') && !url.startsWith('data:')) links.push([name, url]);
      }
    else if (/^data\/.*\.(json|geojson)$/.test(name))
      for (const url of urlsInJson(JSON.parse(readFileSync(join(dist, name), 'utf8')))) links.push([name, url]);
  }

  const report: LinkReport = { checked: 0, broken: [], external: new Map() };
  for (const [from, raw] of links) {
    const url = new URL(raw, `${ORIGIN}${urlOf(from)}`);
    if (url.origin !== ORIGIN) {
      if (/^(https?|mailto):$/.test(url.protocol)) {
        if (!report.external.has(url.href)) report.external.set(url.href, from);
      } else if (url.protocol !== 'data:') report.broken.push(`${from}: ${raw} (a ${url.protocol} link)`);
      continue;
    }
    report.checked++;
    const target = fileFor(url.pathname, known);
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (!target) report.broken.push(`${from}: ${raw} (no file in the build at ${url.pathname})`);
    else if (fragment === '') continue;
    else if (!target.endsWith('.html'))
      report.broken.push(`${from}: ${raw} (a #fragment on a file that is not a page)`);
    else if (!ids.get(target)!.has(fragment))
      report.broken.push(`${from}: ${raw} (${target} has no element with id="${fragment}")`);
  }
  return report;
}
