/**
 * Finding, citing and sharing, on the built site: a page for every event, the sitemap and
 * robots.txt, canonical addresses and link previews on every page, structured data that parses
 * and names the right types, ready-to-copy citations, and the page for missing addresses.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, files, json, page, text } from '../support/dist.ts';
import { BASE_PATH } from '../support/links.ts';
import { REGION } from '../../src/lib/map/basemap.ts';
import { inFrame } from '../../src/lib/model/far-away.ts';
import { splitLocalePath } from '../../src/i18n/locales.ts';

interface Entry {
  id: string;
  type: 'event' | 'article';
  title: string;
  places: string[];
  sources: { articleId: string; url: string }[];
  permalink: string;
}
const timeline = json<{ entries: Entry[] }>('data/timeline.json');
const events = timeline.entries.filter((e) => e.type === 'event');
const articles = timeline.entries.filter((e) => e.type === 'article');
const eventId = (e: Entry) => e.id.replace(/^event-/, '');
const articleId = (e: Entry) => e.id.replace(/^article-/, '');
/** The places with a point, from the places export. */
const located = json<{ features: { id: string; geometry: { coordinates: [number, number] } | null }[] }>(
  'data/places.geojson',
).features.flatMap((f) =>
  f.geometry ? [{ id: f.id, point: { lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] } }] : [],
);
const htmlPages = files().filter((f) => f.endsWith('.html'));
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

/** The parts of a JSON-LD block these tests read. */
interface Ld {
  '@context': string;
  '@type': string;
  name?: string;
  inLanguage?: string;
  url: string;
  startDate: string;
  location: { '@type': string; url: string; geo?: { '@type': string; latitude: unknown; longitude: unknown } }[];
  subjectOf: { '@type': string }[];
  isBasedOn: { '@type': string; headline: string };
  headline?: string;
  translationOfWork?: { '@type': string; url: string };
}

/** Every JSON-LD block on a page, parsed. */
const jsonLd = (path: string) =>
  page(path)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.rawText) as Ld);

const meta = (path: string, key: string) =>
  page(path).querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

describe('a page for every event', () => {
  test('every event in timeline.json has its page, and its export names it', () => {
    expect(events.length).toBeGreaterThan(5);
    for (const event of events) {
      expect(event.permalink).toBe(`${BASE_PATH}events/${eventId(event)}/`);
      expect(files(), event.id).toContain(`events/${eventId(event)}/index.html`);
    }
    expect(files().filter((f) => /^events\/[^/]+\/index\.html$/.test(f))).toHaveLength(events.length);
  });

  test.each(events.map((e) => [eventId(e), e] as const))(
    '%s says what, when, where and who reports it',
    (id, event) => {
      const doc = page(`events/${id}/`);
      expect(text(doc.querySelector('h1')).length).toBeGreaterThan(5);
      expect(text(doc.querySelector('main'))).toContain(event.title.slice(0, 40));
      expect(doc.querySelector('.event-meta time[datetime]')).not.toBeNull();
      const reports = doc.querySelectorAll('.report-list .report-headline a').map((a) => a.getAttribute('href'));
      expect(reports).toEqual(event.sources.map((s) => s.url));
      // The map draws the event's places inside the region; places far away or unlocated are only named.
      const onMap = located.filter((f) => event.places.includes(f.id) && inFrame(f.point, REGION));
      expect(doc.querySelector('.static-map svg') !== null, id).toBe(onMap.length > 0);
      for (const f of onMap) expect(doc.querySelector(`.static-map a[href$="/places/${f.id}/"]`), f.id).not.toBeNull();
      expect(doc.querySelector('#nearby-title')).not.toBeNull();
    },
  );

  test('the timeline links each event to its own page', () => {
    const home = page('');
    for (const event of events)
      expect(home.querySelector(`[id="${event.id}"] .entry-permalink`)?.getAttribute('href'), event.id).toBe(
        event.permalink,
      );
  });
});

describe('structured data', () => {
  test('an event page describes an Event at Places with coordinates', () => {
    for (const event of events) {
      const [ld, ...more] = jsonLd(`events/${eventId(event)}/`);
      expect(more).toEqual([]);
      expect(ld!['@context']).toBe('https://schema.org');
      expect(ld!['@type']).toBe('Event');
      expect(ld!['url']).toMatch(new RegExp(`^https?://[^/]+${BASE_PATH}events/${eventId(event)}/$`));
      expect(ld!['startDate']).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(ld!['location']).toHaveLength(event.places.length);
      for (const place of ld!['location']) {
        expect(place['@type']).toBe('Place');
        if (!place.geo) continue;
        expect(place.geo['@type']).toBe('GeoCoordinates');
        expect(typeof place.geo.latitude).toBe('number');
        expect(typeof place.geo.longitude).toBe('number');
      }
      // Coordinates for exactly the places that have them, never made up for the others.
      const points = located.filter((f) => event.places.includes(f.id)).map((f) => f.id);
      expect(ld!['location'].filter((p) => p.geo).map((p) => p.url.replace(/\/$/, '').split('/').at(-1))).toEqual(
        event.places.filter((p) => points.includes(p)),
      );
      expect(ld!['subjectOf'].map((a) => a['@type'])).toEqual(event.sources.map(() => 'Article'));
    }
  });

  test('a digest page describes an Article based on the original NewsArticle', () => {
    for (const article of articles) {
      const [ld] = jsonLd(`articles/${articleId(article)}/`);
      expect(ld!['@type']).toBe('Article');
      expect(ld!['isBasedOn']['@type']).toBe('NewsArticle');
      expect(ld!['isBasedOn']['headline']).toBe(article.title);
    }
  });

  test('a translated digest page describes itself, in its language, as a translation of the English', () => {
    for (const article of articles) {
      const id = articleId(article);
      const [english] = jsonLd(`articles/${id}/`);
      const [persian] = jsonLd(`fa/articles/${id}/`);
      const h1 = page(`fa/articles/${id}/`).querySelector('h1')!;
      expect(persian!.inLanguage).toBe(h1.getAttribute('lang') ?? 'fa');
      expect(persian!.headline).toBe(h1.text.trim());
      expect(persian!.url).toMatch(new RegExp(`/fa/articles/${id}/$`));
      expect(persian!.translationOfWork).toEqual({ '@type': 'Article', url: english!.url });
      expect(persian!.isBasedOn).toEqual(english!.isBasedOn);
    }
  });

  test('no other page carries structured data', () => {
    for (const path of htmlPages.filter((p) => !/^(events|articles)\//.test(splitLocalePath(`/${p}`).path.slice(1))))
      expect(jsonLd(path), path).toEqual([]);
  });

  test('an event page in another language describes it in the words it shows, saying which language', () => {
    const [persian] = jsonLd('fa/events/khatibzadeh-warns-stray-fire/');
    expect(persian).toMatchObject({ '@type': 'Event', inLanguage: 'fa', startDate: '2020-10-16' });
    expect(persian!.url).toMatch(/\/fa\/events\/khatibzadeh-warns-stray-fire\/$/);
    expect(persian!.name).toContain('خطیب‌زاده');
    const [azerbaijani] = jsonLd('az/events/khatibzadeh-warns-stray-fire/');
    expect(azerbaijani, 'untranslated: English words, said so').toMatchObject({ inLanguage: 'en' });
    expect(jsonLd('events/khatibzadeh-warns-stray-fire/')[0]).toMatchObject({ inLanguage: 'en' });
  });
});

describe('canonical addresses and link previews', () => {
  test('every page names its absolute canonical address and a full set of preview tags', () => {
    for (const path of htmlPages.filter((p) => p !== '404.html')) {
      const canonical = page(path).querySelector('link[rel="canonical"]')?.getAttribute('href');
      const own = `${BASE_PATH}${path.replace(/index\.html$/, '')}`;
      expect(canonical, path).toMatch(/^https?:\/\//);
      expect(new URL(canonical!).pathname, path).toBe(own);
      expect(meta(path, 'og:url'), path).toBe(canonical);
      for (const key of [
        'og:title',
        'og:description',
        'og:type',
        'og:site_name',
        'twitter:title',
        'twitter:description',
      ])
        expect(meta(path, key)?.length, `${path} ${key}`).toBeGreaterThan(0);
      expect(meta(path, 'twitter:card'), path).toBe('summary_large_image');
    }
  });

  test('the preview picture ships with the site, 1200×630, and every page points at it', () => {
    const png = readFileSync(join(DIST, 'og-image.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    for (const path of htmlPages) {
      const image = meta(path, 'og:image')!;
      expect(new URL(image).pathname, path).toBe(`${BASE_PATH}og-image.png`);
      expect(meta(path, 'twitter:image'), path).toBe(image);
      expect(meta(path, 'og:image:width'), path).toBe('1200');
      expect(meta(path, 'og:image:height'), path).toBe('630');
    }
  });

  test('digest and event pages are previewed as articles, with their own title', () => {
    const id = eventId(events[0]!);
    expect(meta(`events/${id}/`, 'og:type')).toBe('article');
    // The headline's words, cut short with an ellipsis where the headline is long.
    const title = meta(`events/${id}/`, 'og:title')!;
    expect(text(page(`events/${id}/`).querySelector('h1')).startsWith(title.replace(/…$/, ''))).toBe(true);
    expect(meta('', 'og:type')).toBe('website');
  });
});

describe('citations', () => {
  test('event and digest pages offer a citation with the page’s permanent address', () => {
    const pages = [...events.map((e) => `events/${eventId(e)}/`), ...articles.map((a) => `articles/${articleId(a)}/`)];
    for (const path of pages) {
      const cite = text(page(path).querySelector('.cite-text'));
      const canonical = page(path).querySelector('link[rel="canonical"]')!.getAttribute('href')!;
      expect(cite, path).toContain(canonical);
      expect(cite, path).toContain('Aras Border Timeline');
      expect(cite, path).toMatch(/^“.+”/);
    }
  });
});

describe('sitemap and robots.txt', () => {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

  test('robots.txt allows crawling and points at the sitemap', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(new URL(sitemap!).pathname).toBe(`${BASE_PATH}sitemap-index.xml`);
  });

  test('the sitemap lists every page but the one for missing addresses, and nothing else', () => {
    const index = read('sitemap-index.xml');
    const listed = locs(index).flatMap((url) => locs(read(new URL(url).pathname.slice(BASE_PATH.length))));
    const paths = listed.map((url) => new URL(url).pathname).sort();
    const expected = htmlPages
      .filter((p) => p !== '404.html')
      .map((p) => `${BASE_PATH}${p.replace(/index\.html$/, '')}`)
      .sort();
    expect(paths).toEqual(expected);
  });

  test('gives every page its versions in the other languages, as the page itself does', () => {
    const index = read('sitemap-index.xml');
    const xml = locs(index)
      .map((url) => read(new URL(url).pathname.slice(BASE_PATH.length)))
      .join('');
    const urls = [...xml.matchAll(/<url>(.*?)<\/url>/gs)].map(([, body]) => body!);
    expect(urls.length).toBeGreaterThan(0);
    for (const body of urls) {
      const loc = /<loc>([^<]+)<\/loc>/.exec(body)![1]!;
      const listed = [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)]
        .map(([, lang, url]) => `${lang} ${url}`)
        .sort();
      const onPage = page(`${new URL(loc).pathname.slice(BASE_PATH.length)}index.html`)
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`)
        .sort();
      // A page in one language only (the data catalogue) names no other version, here or there.
      expect(listed, loc).toEqual(onPage.length > 1 ? onPage : []);
    }
    const inAll = urls.filter((body) => (body.match(/hreflang=/g) ?? []).length === 3);
    expect(inAll.length).toBeGreaterThan(urls.length / 2);
  });
});

describe('the page for an address the site does not have', () => {
  test('offers search and the timeline, and names no canonical address', () => {
    const doc = page('404.html');
    const form = doc.querySelector('form[role="search"]');
    expect(form?.getAttribute('action')).toBe(`${BASE_PATH}search/`);
    expect(form?.querySelector('input[name="q"]')).not.toBeNull();
    expect(doc.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(BASE_PATH);
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
  });

  test('says so in every language, each part marked with its language and direction', () => {
    const doc = page('404.html');
    const parts = doc.querySelectorAll('section.notfound-language');
    expect(parts.map((p) => [p.getAttribute('lang'), p.getAttribute('dir')])).toEqual([
      ['fa', 'rtl'],
      ['az-Latn', 'ltr'],
    ]);
    const [persian, azerbaijani] = parts;
    expect(text(persian!.querySelector('h2'))).toContain('این صفحه پیدا نشد');
    expect(text(azerbaijani!.querySelector('h2'))).toContain('Bu səhifə burada deyil');
    for (const [part, prefix] of [
      [persian!, 'fa'],
      [azerbaijani!, 'az'],
    ] as const) {
      const hrefs = part.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual([`${BASE_PATH}${prefix}/`, `${BASE_PATH}${prefix}/search/`]);
    }
  });
});
