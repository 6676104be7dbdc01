/**
 * The pages that answer the filters' questions without JavaScript (months, actors, kinds) and the
 * static SVG map, as built in dist/.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, files, isOldLinksScript, json, page, runScripts, text } from '../support/dist.ts';
import { REGION } from '../../src/lib/map/basemap.ts';
import { inFrame } from '../../src/lib/model/far-away.ts';
import { LOCALES, splitLocalePath } from '../../src/i18n/locales.ts';
import { continuesInto } from '../../src/lib/timeline/periods.ts';

interface ExportedEntry {
  id: string;
  type: 'event' | 'article';
  date: string;
  until?: string;
  kind?: string;
  actors: string[];
  claim?: { by: string[]; deniedBy: string[] };
  sources: { articleId: string }[];
}

const { entries } = json<{ entries: ExportedEntry[] }>('data/timeline.json');
const places = json<{
  features: { geometry: { coordinates: [number, number] } | null; properties: { id: string; displayName: string } }[];
}>('data/places.geojson');
const placeIds = places.features.map((f) => f.properties.id);
// The places the region's map draws: those with a point inside its frame. The others (a village no
// source locates, a capital far away) have pages, but no map of their surroundings.
const mapped = places.features.filter(
  ({ geometry: g }) => g !== null && inFrame({ lon: g.coordinates[0], lat: g.coordinates[1] }, REGION),
);
const mappedIds = mapped.map((f) => f.properties.id);
const actorIds = files()
  .filter((f) => /^actors\/[^/]+\/index\.html$/.test(f))
  .map((f) => f.split('/')[1]!);
const periodOf = (e: ExportedEntry) => (e.date.length === 4 ? e.date : e.date.slice(0, 7));
const periodKeys = [...new Set(entries.map(periodOf))];
const html = (path: string) => readFileSync(join(DIST, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');

describe('month pages', () => {
  test('there is a page for every month (or year) with an entry or a span lasting into it, and for no other', () => {
    const built = files()
      .filter((f) => /^timeline\/[^/]+\/index\.html$/.test(f))
      .map((f) => f.split('/')[1]);
    const spanned = entries.flatMap((e) => continuesInto({ when: { date: e.date, until: e.until } }));
    expect(built.sort()).toEqual([...new Set([...periodKeys, ...spanned])].sort());
  });

  test.each(periodKeys)('%s lists exactly its entries, in date order, with the home page’s anchor ids', (key) => {
    const ids = page(`timeline/${key}/`)
      .querySelectorAll('article.entry[id]')
      .map((el) => el.id);
    expect(ids).toEqual(entries.filter((e) => periodOf(e) === key).map((e) => e.id));
  });

  test('leads to the month before and the month after', () => {
    periodKeys.forEach((key, i) => {
      const doc = page(`timeline/${key}/`);
      expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null, key).toBe(
        i > 0 ? `/timeline/${periodKeys[i - 1]}/` : null,
      );
      expect(doc.querySelector('a[rel="next"]')?.getAttribute('href') ?? null, key).toBe(
        i < periodKeys.length - 1 ? `/timeline/${periodKeys[i + 1]}/` : null,
      );
    });
  });

  test('lists every month, marking the one shown, and every place, actor and kind page', () => {
    const doc = page('timeline/2020-10/');
    const browse = doc.querySelector('nav.browse')!;
    const links = browse.querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const key of periodKeys) expect(links).toContain(`/timeline/${key}/`);
    for (const id of placeIds) expect(links).toContain(`/places/${id}/`);
    for (const id of actorIds) expect(links).toContain(`/actors/${id}/`);
    for (const kind of new Set(entries.flatMap((e) => (e.kind ? [e.kind] : []))))
      expect(links).toContain(`/kinds/${kind}/`);
    expect(browse.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe('/timeline/2020-10/');
    for (const href of links) expect(existsSync(join(DIST, href!, 'index.html')), href!).toBe(true);
  });
});

describe('kind pages', () => {
  const kinds = [...new Set(entries.flatMap((e) => (e.kind ? [e.kind] : [])))];

  test.each(kinds)('/kinds/%s/ lists every event of that kind and nothing else', (kind) => {
    const doc = page(`kinds/${kind}/`);
    expect(doc.querySelectorAll('article.entry[id]').map((el) => el.id)).toEqual(
      entries.filter((e) => e.kind === kind).map((e) => e.id),
    );
    expect(text(doc.querySelector('h1')).length).toBeGreaterThan(2);
  });
});

describe('actor pages', () => {
  /** What each listed entry's role line says, keyed by the entry's anchor. */
  function listed(id: string) {
    return page(`actors/${id}/`)
      .querySelectorAll('.actor-entry')
      .map((li) => ({
        id: li.querySelector('.entry-permalink-text')!.getAttribute('href')!.replace('/#', ''),
        role: text(li.querySelector('.actor-role')),
      }));
  }

  test('the index lists every actor under states, organisations and people', () => {
    const doc = page('actors/');
    expect(doc.querySelectorAll('h2').map(text)).toEqual(['States', 'Organisations', 'People']);
    const links = doc.querySelectorAll('.place-item-name').map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(actorIds.map((id) => `/actors/${id}/`).sort());
  });

  test.each(actorIds)('%s lists, in date order, every event it acts in, claims or denies', (id) => {
    const expected = entries.filter(
      (e) =>
        e.type === 'event' && (e.actors.includes(id) || e.claim?.by.includes(id) || e.claim?.deniedBy.includes(id)),
    );
    expect(listed(id).map((l) => l.id)).toEqual(expected.map((e) => e.id));
  });

  test('says who makes a claim and who denies it', () => {
    const claims = entries.filter((e) => e.claim);
    expect(claims.length).toBeGreaterThan(0);
    for (const entry of claims) {
      for (const by of entry.claim!.by)
        expect(listed(by).find((l) => l.id === entry.id)?.role, by).toMatch(/makes this claim/);
      for (const by of entry.claim!.deniedBy)
        expect(listed(by).find((l) => l.id === entry.id)?.role, by).toMatch(/denies this claim/);
    }
    expect(listed('armenia').find((l) => l.id === 'event-armenia-says-border-posts-struck')?.role).toMatch(
      /^Armenia makes this claim/,
    );
  });

  test('never says an actor took part in what is only claimed', () => {
    for (const id of actorIds)
      for (const l of listed(id)) {
        const contested = entries.find((e) => e.id === l.id)?.claim !== undefined;
        if (contested) expect(l.role, `${id} ${l.id}`).not.toMatch(/takes part/);
      }
    expect(listed('azerbaijan').find((l) => l.id === 'event-armenia-says-border-posts-struck')?.role).toBe(
      'Azerbaijan denies this claim and is named in it',
    );
  });

  test('lists the articles that name the actor', () => {
    for (const id of actorIds) {
      const named = entries
        .filter((e) => e.type === 'article' && e.actors.includes(id))
        .map((e) => `/articles/${e.id.replace('article-', '')}/`);
      const links = page(`actors/${id}/`)
        .querySelectorAll('.actor-articles a')
        .map((a) => a.getAttribute('href'));
      expect(links, id).toEqual(named);
    }
  });

  test('the timeline’s claim line links each actor to their page, reading as before', () => {
    const entry = page('').querySelector('#event-armenia-says-border-posts-struck .entry-claim')!;
    expect(text(entry)).toBe('Claimed by Armenia; denied by Azerbaijan.');
    expect(entry.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      '/actors/armenia/',
      '/actors/azerbaijan/',
    ]);
  });
});

describe('the static SVG map', () => {
  const withMaps = files().filter((f) => f.endsWith('.html') && html(f).includes('class="static-map"'));

  test('is on the page of every place inside the region, and on the map page', () => {
    expect(mappedIds).toEqual(expect.arrayContaining(['jolfa', 'khoda-afarin', 'baku', 'syunik']));
    for (const id of placeIds) expect(withMaps.includes(`places/${id}/index.html`), id).toBe(mappedIds.includes(id));
    expect(withMaps).toContain('map/index.html');
  });

  test('links every marker to a place page, and every group to its places in the list of places', () => {
    const list = page('places/');
    for (const path of withMaps) {
      // The river's line links to its place once the gazetteer has it (map-bearings.test.ts).
      // Pages in another language link the same pages under their prefix, with names in that language.
      const { locale } = splitLocalePath(`/${path}`);
      const prefix = locale === 'en' ? '' : `/${LOCALES[locale].prefix}`;
      const markers = page(path).querySelectorAll('.static-map svg a:not(.sm-river)');
      expect(markers.length, path).toBeGreaterThan(0);
      for (const a of markers) {
        const href = a.getAttribute('href')!;
        const label = a.getAttribute('aria-label') ?? '';
        const group = href.match(new RegExp(`^${prefix}/places/#place-([a-z0-9-]+)$`));
        if (group) {
          expect(list.querySelector(`#place-${group[1]}`), href).not.toBeNull();
          if (locale !== 'en') continue;
          const [, n, names] = label.match(/^(\d+) places: (.+)$/) ?? [];
          expect(names?.split(', '), label).toHaveLength(Number(n));
          expect(text(a.querySelector('text'))).toBe(n);
        } else {
          expect(href, path).toMatch(new RegExp(`^${prefix}/places/[a-z0-9-]+/$`));
          expect(existsSync(join(DIST, href, 'index.html')), href).toBe(true);
          if (locale !== 'en') continue;
          const place = places.features.find((f) => `/places/${f.properties.id}/` === href);
          expect(label).toBe(place?.properties.displayName);
        }
      }
    }
  });

  test('shows every place on the map page, alone or in a group, in each layer', () => {
    const doc = page('map/');
    for (const layer of doc.querySelectorAll('.static-map .sm-layer')) {
      const shown = layer.querySelectorAll('a').flatMap((a) => {
        const label = a.getAttribute('aria-label')!;
        return label.match(/^\d+ places: /) ? label.replace(/^\d+ places: /, '').split(', ') : [label];
      });
      expect(shown.sort()).toEqual(mapped.map((f) => f.properties.displayName).sort());
    }
  });

  test.each(mappedIds)('the page of %s has a small map with its place highlighted', (id) => {
    const map = page(`places/${id}/`).querySelector('.static-map')!;
    const title = text(map.querySelector('svg > title'));
    expect(title).toContain('Map of');
    expect(map.querySelector('svg')!.getAttribute('aria-labelledby')).toBe(map.querySelector('svg > title')!.id);
    const current = map.querySelectorAll('a[aria-current="page"]');
    expect(current.length).toBeGreaterThan(0);
    for (const a of current) {
      expect(a.getAttribute('href')).toBe(`/places/${id}/`);
      expect(a.classList.contains('sm-highlight')).toBe(true);
    }
  });

  test('stays light: each inline SVG under 25 KB', () => {
    for (const path of withMaps) {
      for (const svg of page(path).querySelectorAll('.static-map > svg'))
        expect(svg.outerHTML.length, path).toBeLessThan(25_000);
    }
  });
});

describe('what the content security policy allows', () => {
  test('no page has a style attribute, which the policy would block', () => {
    for (const path of files().filter((f) => f.endsWith('.html'))) expect(html(path), path).not.toMatch(/\sstyle=/i);
  });

  test('the kind, actor, place and event pages run no script; month pages only the old-link one', () => {
    const pages = files().filter((f) => /^(kinds|actors|places|events)\/.*index\.html$/.test(f));
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) expect(runScripts(path), path).toHaveLength(0);
    const months = files().filter((f) => /^timeline\/.*index\.html$/.test(f));
    expect(months.length).toBeGreaterThan(0);
    for (const path of months) {
      const scripts = runScripts(path);
      expect(scripts, path).toHaveLength(1);
      expect(isOldLinksScript(scripts[0]!), path).toBe(true);
    }
  });
});
