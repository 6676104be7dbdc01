/**
 * The maps' bearings as built: the Aras line and its export, Nakhchivan's name, the scale bar and
 * the key, on the map page and on the place pages.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { DIST, json, page, text } from '../support/dist.ts';
import { inFrame } from '../../src/lib/model/far-away.ts';
import { REGION } from '../../src/lib/map/basemap.ts';

interface River {
  type: string;
  id: string;
  geometry: { type: string; coordinates: [number, number][] };
  properties: { id: string; name: string; kind: string; source: string; url: string | null; entriesUrl: string | null };
}

const river = json<River>('data/aras.geojson');
/** A key's lines as read aloud: the swatches are hidden from screen readers. */
const keyLines = (root: HTMLElement) =>
  root.querySelectorAll('.map-legend li').map((li) => {
    li.querySelectorAll('[aria-hidden="true"]').forEach((swatch) => swatch.remove());
    return text(li);
  });
const places = json<{ features: { id: string; geometry: { coordinates: [number, number] } | null }[] }>(
  'data/places.geojson',
).features;
/** The pages of the places drawn on a map: those with a point inside the region's frame. */
const placePages = places
  .filter(({ geometry: g }) => g !== null && inFrame({ lon: g.coordinates[0], lat: g.coordinates[1] }, REGION))
  .map(({ id }) => `places/${id}/index.html`);

describe('the Aras', () => {
  test('is exported as a line along Iran’s northern border, naming where it comes from', () => {
    expect(river).toMatchObject({ type: 'Feature', id: 'aras', geometry: { type: 'LineString' } });
    expect(river.properties).toMatchObject({ id: 'aras', name: 'Aras', kind: 'river' });
    expect(river.properties.source).toMatch(/Natural Earth/);
    expect(river.properties.source).toMatch(/world-atlas/);
    const lons = river.geometry.coordinates.map(([lon]) => lon);
    expect(Math.min(...lons)).toBeLessThan(45);
    expect(Math.max(...lons)).toBeGreaterThan(47.8);
  });

  test('links to its place page only where that page exists', () => {
    const { url, entriesUrl } = river.properties;
    if (url === null) expect(entriesUrl).toBeNull();
    else {
      expect(existsSync(join(DIST, url, 'index.html')), url).toBe(true);
      expect(existsSync(join(DIST, entriesUrl!)), entriesUrl!).toBe(true);
    }
  });

  test('is drawn and named on the map page, and on the pages of the places along it', () => {
    for (const path of ['map/index.html', 'places/jolfa/index.html', 'places/khoda-afarin/index.html']) {
      const map = page(path).querySelector('.static-map')!;
      expect(map.querySelector('.sm-river-line')?.getAttribute('d'), path).toMatch(/^M/);
      const names = map.querySelectorAll('.sm-river-name').map(text);
      expect(names.length, path).toBeGreaterThan(0);
      for (const name of names) expect(name).toBe('Aras');
      const link = map.querySelector('a.sm-river');
      if (river.properties.url) expect(link?.getAttribute('href')).toBe(river.properties.url);
      else expect(link).toBeNull();
    }
  });
});

describe('the static maps’ bearings', () => {
  test('name Nakhchivan as Azerbaijan’s in both layers of the map page', () => {
    const layers = page('map/').querySelectorAll('.static-map .sm-layer');
    expect(layers).toHaveLength(2);
    for (const layer of layers) expect(text(layer.querySelector('.sm-exclave'))).toBe('Nakhchivan (Azerbaijan)');
  });

  test('name Nakhchivan and its country in the page’s language on the Persian and Azerbaijani map pages', () => {
    const named = (path: string) => page(path).querySelectorAll('.static-map .sm-exclave').map(text);
    expect(named('fa/map/')).toEqual(['نخجوان (جمهوری آذربایجان)', 'نخجوان (جمهوری آذربایجان)']);
    expect(named('az/map/')).toEqual(['Naxçıvan (Azərbaycan)', 'Naxçıvan (Azərbaycan)']);
  });

  test('carry a scale bar in kilometres in each layer of every map', () => {
    for (const path of ['map/index.html', ...placePages]) {
      const scales = page(path).querySelectorAll('.static-map .sm-layer .sm-scale');
      expect(scales, path).toHaveLength(2);
      for (const scale of scales) expect(text(scale)).toMatch(/^(1|2|5)0* km$/);
    }
  });

  test('carry a key to every marker style the map page can show, beside the map that replaces it', () => {
    const doc = page('map/');
    const key = keyLines(doc.querySelector('aras-map')!);
    expect(key).toEqual([
      'On Iran’s border',
      'Other place',
      'Selected place',
      'Places too close to draw apart',
      'The Aras river, where it is the border',
    ]);
    // Inside the canvas it would go when Leaflet takes over.
    expect(doc.querySelector('[data-map-canvas] .map-legend')).toBeNull();
  });

  test('key a place page’s own place, and the river wherever it is drawn', () => {
    for (const path of placePages) {
      const map = page(path).querySelector('.static-map')!;
      const key = keyLines(map);
      expect(key[0], path).toBe(text(map.querySelector('a[aria-current="page"] .sm-label')));
      expect(key.includes('The Aras river, where it is the border'), path).toBe(
        map.querySelector('.sm-river-line') !== null,
      );
    }
  });
});
