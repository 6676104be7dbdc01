/** The offline basemap drawn in Leaflet: the countries, Iran lighter, and each country's and exclave's name. */
import type * as Leaflet from 'leaflet';
import { HOME_COUNTRY_NUMERIC } from '../../consts.ts';
import { el } from './dom.ts';

/** Adds the countries and their names to `map`; returns the countries' layer, to fit views to. */
export function addBasemap(L: typeof Leaflet, map: Leaflet.Map, basemap: unknown): Leaflet.GeoJSON {
  const countries = L.geoJSON(basemap as GeoJSON.GeoJsonObject, {
    interactive: false,
    style: (feature) => ({
      className: feature?.properties?.id === HOME_COUNTRY_NUMERIC ? 'basemap-home' : 'basemap-country',
      weight: 1,
    }),
  }).addTo(map);
  const label = (at: unknown, className: string, ...lines: string[]) => {
    if (!Array.isArray(at) || typeof at[0] !== 'number' || typeof at[1] !== 'number') return;
    const text = el('span', `country-label-text ${className}`);
    lines.forEach((line, i) => text.append(i > 0 ? el('span', 'country-label-of', line) : line));
    L.marker([at[1], at[0]], {
      icon: L.divIcon({ className: 'country-label', html: text, iconSize: [0, 0] }),
      interactive: false,
      keyboard: false,
    }).addTo(map);
  };
  for (const layer of countries.getLayers() as Leaflet.GeoJSON[]) {
    const props = (layer.feature as GeoJSON.Feature | undefined)?.properties;
    const name = props?.['name'];
    if (typeof name !== 'string') continue;
    label(props?.['label'], 'country-label-country', name);
    // Exclaves (Nakhchivan) carry their country's name beneath their own.
    const exclaves: unknown = props?.['exclaves'];
    if (Array.isArray(exclaves))
      for (const exclave of exclaves)
        if (typeof exclave?.name === 'string') label(exclave.label, 'country-label-exclave', exclave.name, `(${name})`);
  }
  return countries;
}
