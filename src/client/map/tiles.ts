/**
 * The street-map background, opt-in: it is the only request that leaves the site, so it stays
 * off until the reader turns it on with the map's toggle button, and it is the only request
 * that tells another server which site it comes from.
 */
import type * as Leaflet from 'leaflet';
import { OPT_IN_TILE_URL } from '../../consts.ts';
import { ENGLISH, type MapWords } from './words.ts';

/** Shows the toggle inside `root` and wires it to add or remove the tile layer. */
export function setUpTiles(root: HTMLElement, L: typeof Leaflet, map: Leaflet.Map, words: MapWords = ENGLISH) {
  const controls = root.querySelector<HTMLElement>('[data-map-controls]');
  const toggle = root.querySelector<HTMLButtonElement>('[data-tiles-toggle]');
  if (!controls || !toggle) return;
  let tiles: Leaflet.TileLayer | undefined;
  controls.hidden = false;
  toggle.setAttribute('aria-describedby', 'tiles-note');
  toggle.addEventListener('click', () => {
    if (tiles) {
      tiles.remove();
      tiles = undefined;
    } else {
      tiles = L.tileLayer(OPT_IN_TILE_URL, {
        maxZoom: 19,
        attribution: '© OpenStreetMap contributors',
        // OpenStreetMap's tile policy refuses requests without a Referer, and the site's pages
        // send none (Base.astro). Only this layer's images send one, and only the site's origin,
        // never the page's path; the disclosure beside the toggle says so.
        referrerPolicy: 'strict-origin-when-cross-origin',
      }).addTo(map);
      tiles.bringToBack();
    }
    const on = tiles !== undefined;
    toggle.setAttribute('aria-pressed', String(on));
    toggle.textContent = on ? words.hideTiles : words.showTiles;
    root.classList.toggle('tiles-on', on);
  });
}
