/** The offline basemap drawn in Leaflet: the countries, Iran lighter, and each country's name. */
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
  for (const layer of countries.getLayers() as Leaflet.GeoJSON[]) {
    const props = (layer.feature as GeoJSON.Feature | undefined)?.properties;
    const label = props?.['label'];
    if (Array.isArray(label) && typeof props?.['name'] === 'string') {
      const text = el('span', 'country-label-text', props['name']);
      L.marker([label[1], label[0]], {
        icon: L.divIcon({ className: 'country-label', html: text, iconSize: [0, 0] }),
        interactive: false,
        keyboard: false,
      }).addTo(map);
    }
  }
  return countries;
}
