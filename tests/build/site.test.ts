import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, eagerScripts, files, isOldLinksScript, json, page, runScripts, text } from '../support/dist.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { searchBundlePath } from '../../src/lib/site/searchBundle.ts';

interface ExportedEntry {
  id: string;
  type: 'event' | 'article';
  date: string;
  precision: 'day' | 'month' | 'year';
  places: string[];
  sources: { articleId: string; outlet: string; url: string }[];
  url: string;
}
interface PlacesExport {
  type: string;
  features: {
    type: string;
    geometry: { type: string; coordinates: [number, number] } | null;
    properties: Record<string, unknown>;
  }[];
}

const timeline = json<{ version: number; entries: ExportedEntry[] }>('data/timeline.json');
const places = json<PlacesExport>('data/places.geojson');
const home = page('');

describe('the timeline page', () => {
  test('shows every digest and every event, each once, in the order of the data', () => {
    const ids = home.querySelectorAll('article.entry[id]').map((el) => el.id);
    expect(ids).toEqual(timeline.entries.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(timeline.entries.filter((e) => e.type === 'article')).toHaveLength(5);
  });

  test('dates every entry with a machine-readable <time> at its own precision', () => {
    for (const entry of timeline.entries) {
      const time = home.querySelector(`[id="${entry.id}"] .entry-meta time`);
      expect(time?.getAttribute('datetime'), entry.id).toBe(entry.date);
      expect(time?.getAttribute('data-precision'), entry.id).toBe(entry.precision);
    }
  });

  test('puts entries known to the day under a day heading, and month-only entries under the month alone', () => {
    for (const entry of timeline.entries) {
      const el = home.querySelector(`[id="${entry.id}"]`)!;
      const day = el.closest('section.day');
      const period = el.closest('section.period');
      if (entry.precision === 'day') {
        expect(day?.id, entry.id).toBe(`day-${entry.date}`);
        expect(day?.querySelector('h3 time')?.getAttribute('datetime')).toBe(entry.date);
      } else {
        expect(day, entry.id).toBeNull();
        expect(period?.id, entry.id).toBe(`period-${entry.date.slice(0, entry.precision === 'month' ? 7 : 4)}`);
      }
    }
    const november = home.querySelector('#period-2020-11')!;
    expect(text(november.querySelector('h2'))).toBe('November 2020');
    expect(text(november.querySelector('.undated-note'))).toBe('Known only to the month: sometime in November 2020');
  });

  test('shows an event that three articles report once, citing all three', () => {
    const entry = home.querySelector('#event-irgc-border-deployment')!;
    const outlets = entry.querySelectorAll('.entry-facts a[href^="/articles/"]').map((a) => a.text.trim());
    expect(outlets).toEqual(['Caspian News', 'Dawn', 'Breitbart News']);
    expect(home.querySelectorAll('#event-irgc-border-deployment')).toHaveLength(1);
  });

  test('marks a contested claim and says who makes it and who denies it', () => {
    const entry = home.querySelector('#event-armenia-says-border-posts-struck')!;
    expect(entry.classList.contains('contested')).toBe(true);
    expect(text(entry.querySelector('.badge-contested'))).toBe('Contested claim');
    expect(text(entry.querySelector('.entry-claim'))).toBe('Claimed by Armenia; denied by Azerbaijan.');
  });

  test('links each place mention to the map opened on that place', () => {
    const links = home.querySelectorAll('a.place-link');
    expect(links.length).toBeGreaterThan(20);
    for (const a of links) expect(a.getAttribute('href')).toBe(`/map/#place-${a.getAttribute('data-place')}`);
  });
});

describe('weight where it is needed', () => {
  const scripts = (path: string) => runScripts(path);

  test('ships no JavaScript on digest, place and about pages', () => {
    // The timeline, the map and search are the pages whose work is done by script: the timeline
    // and the map in every language, English month pages (the time axis) and search in every language.
    const withScripts = /^((fa|az)\/)?((map|search)\/)?index\.html$|^timeline\//;
    const pages = files().filter((f) => f.endsWith('index.html') && !withScripts.test(f));
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) expect(scripts(path.replace('index.html', '')), path).toHaveLength(0);
  });

  test('the timeline ships one small script, with Leaflet only as a chunk it loads on demand', () => {
    // Its one bundled script, and the few lines that follow an old link to an entry's own page.
    const [, ...others] = scripts('').filter((el) => !isOldLinksScript(el));
    expect(others).toEqual([]);
    const eager = eagerScripts('');
    expect([...eager.keys()].some((f) => f.includes('leaflet'))).toBe(false);
    expect([...eager.values()].reduce((n, code) => n + code.length, 0)).toBeLessThan(25_000);
    // Leaflet is still reachable, through a dynamic import, for when the map is shown.
    const lazy = [...eager.values()].join('\n').match(/_astro\/[\w.-]+\.js|\.\/[\w.-]+\.js/g) ?? [];
    const reachable = lazy.map((f) => f.replace(/^\.\//, '_astro/')).filter((f) => !eager.has(f));
    const lazyCode = reachable.map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
    expect(lazyCode).toMatch(/import\(`\.\/leaflet-src\.[\w-]+\.js`\)/);
  });

  test('loads Leaflet only from the map page, as a chunk of its own', () => {
    const [script] = scripts('map/');
    expect(script?.getAttribute('type')).toBe('module');
    expect(script?.getAttribute('src')).toMatch(/^\/_astro\//);
    const chunks = files().filter((f) => /^_astro\/.*\.js$/.test(f));
    expect(chunks.some((f) => f.startsWith('_astro/leaflet'))).toBe(true);
  });
});

describe('digest pages', () => {
  const articles = timeline.entries.filter((e) => e.type === 'article');

  test.each(articles.map((a) => [a.id.replace('article-', '')]))(
    '%s has its digest, metadata, original and events',
    (id) => {
      const doc = page(`articles/${id}/`);
      const entry = timeline.entries.find((e) => e.id === `article-${id}`)!;
      expect(text(doc.querySelector('h1')).length).toBeGreaterThan(10);
      expect(doc.querySelector('.digest-body p')).not.toBeNull();
      expect(text(doc.querySelector('.digest-meta'))).toContain(entry.sources[0]!.outlet);
      const reported = timeline.entries.filter((e) => e.type === 'event' && e.sources.some((s) => s.articleId === id));
      expect(doc.querySelectorAll('.digest-events article.entry')).toHaveLength(reported.length);
      const original = doc.querySelector('a[rel~="external"]');
      if (original) expect(original.getAttribute('href')).toMatch(/^https:\/\//);
    },
  );

  test('a digest page links each event to its timeline anchor', () => {
    const doc = page('articles/2020-10-26-dawn-iran-deploys-troops/');
    const links = doc.querySelectorAll('.digest-events .entry-permalink-text').map((a) => a.getAttribute('href'));
    expect(links).toContain('/#event-pakpour-visits-khoda-afarin');
  });
});

describe('data exports', () => {
  test('timeline.json gives every entry an ISO date, its precision, places and sources', () => {
    expect(timeline.version).toBe(1);
    for (const entry of timeline.entries) {
      expect(entry.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(['day', 'month', 'year']).toContain(entry.precision);
      expect(entry.sources.length).toBeGreaterThan(0);
      expect(entry.url).toBe(`/#${entry.id}`);
    }
  });

  test('places.geojson is a FeatureCollection of Points for the border places and the rest', () => {
    expect(places.type).toBe('FeatureCollection');
    const ids = places.features.map((f) => f.properties['id']);
    expect(ids).toEqual(expect.arrayContaining(['khoda-afarin', 'jolfa', 'parsabad', 'ardabil']));
    for (const f of places.features) {
      expect(Object.keys(f.properties)).toEqual(
        expect.arrayContaining(['id', 'name', 'aliases', 'country', 'within', 'onBorder', 'coordinatesSource']),
      );
      if (f.geometry === null) continue;
      expect(f.geometry.type).toBe('Point');
      if (!f.properties['onBorder']) continue;
      const [lon, lat] = f.geometry.coordinates;
      expect(lon).toBeGreaterThan(43);
      expect(lon).toBeLessThan(50);
      expect(lat).toBeGreaterThan(37.5);
      expect(lat).toBeLessThan(41);
    }
  });

  test('places.geojson writes null for a place no source locates, and says what it lies within', () => {
    const unlocated = places.features.filter((f) => f.geometry === null);
    expect(unlocated.map((f) => f.properties['id']).sort()).toEqual(['agbend', 'aqa-alilou', 'aras', 'ardabil']);
    for (const f of unlocated) expect(f.properties['coordinatesSource']).toBeNull();
    const village = places.features.find((f) => f.properties['id'] === 'aqa-alilou')!;
    expect(village.properties['within']).toBe('heris');
  });

  test('every place the entries mention is in places.geojson, with a file of its entries', () => {
    const ids = new Set(places.features.map((f) => f.properties['id'] as string));
    for (const entry of timeline.entries) for (const id of entry.places) expect(ids).toContain(id);
    for (const id of ids)
      expect(json<{ entries: unknown[] }>(`data/places/${id}.json`).entries.length).toBeGreaterThan(0);
  });
});

describe('privacy', () => {
  test('no page loads anything from another origin', () => {
    for (const path of files().filter((f) => f.endsWith('.html'))) {
      const doc = page(path);
      const loaded = [
        ...doc.querySelectorAll('script[src], img[src], iframe[src], source[src]').map((el) => el.getAttribute('src')),
        ...doc
          .querySelectorAll('link[href]')
          // Alternates and the canonical address name pages; a browser does not fetch them.
          .filter((el) => !['alternate', 'canonical'].includes(el.getAttribute('rel') ?? ''))
          .map((el) => el.getAttribute('href')),
      ];
      for (const url of loaded) expect(url, path).toMatch(/^\/(?!\/)/);
    }
  });

  test('the only third-party address in the site’s code is the opt-in tile server', () => {
    for (const path of files().filter((f) => /\.(js|css)$/.test(f))) {
      const code = readFileSync(join(DIST, path), 'utf8');
      const hosts = [...code.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)].map((m) => m[1]!.toLowerCase());
      const unexpected = hosts.filter(
        (h) =>
          ![
            'tile.openstreetmap.org',
            'leafletjs.com',
            'www.w3.org',
            'openstreetmap.org',
            'www.openstreetmap.org',
            // Pagefind's worker resolves result paths against this placeholder host; never fetched.
            ...(LOCALE_CODES.some((l) => path.startsWith(searchBundlePath(l))) ? ['example.com'] : []),
          ].includes(h),
      );
      expect(unexpected, path).toEqual([]);
    }
  });

  test('every page carries a content security policy that keeps requests on the site', () => {
    for (const path of files().filter((f) => f.endsWith('.html'))) {
      const csp = page(path).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("connect-src 'self'");
    }
  });
});
