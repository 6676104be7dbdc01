/**
 * <aras-map>: Leaflet over the site's own basemap. It enhances a page that already lists every
 * place; nothing here is needed to read the content. Leaflet loads only when this element is on
 * the page, as its own chunk.
 */
import type * as Leaflet from 'leaflet';
import { parseEntries, parsePlaces, placeFromHash, type MapEntry, type MapPlace } from './map-data.ts';

const TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const a = el('a', className, text);
  a.href = href;
  return a;
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** The popup's content: the place, then each entry with its date, its anchor and its digests. */
function popupContent(place: MapPlace, entries: MapEntry[] | undefined): HTMLElement {
  const root = el('div', 'popup');
  const heading = el('h2', 'popup-title');
  heading.append(link(place.url, place.displayName));
  root.append(heading);
  if (entries === undefined) {
    root.append(el('p', 'popup-status', 'Loading what happened here…'));
    return root;
  }
  if (entries.length === 0) {
    root.append(el('p', 'popup-status', 'No entry is tagged with this place yet.'));
    return root;
  }
  const list = el('ul', 'popup-entries');
  for (const entry of entries) {
    const item = el('li', 'popup-entry');
    const time = el('time', 'popup-date', entry.dateLabel);
    time.dateTime = entry.date;
    item.append(time, ' ', link(entry.url, entry.title, 'popup-entry-title'));
    if (entry.contested) item.append(' ', el('span', 'badge-contested', 'Contested claim'));
    const sources = el('span', 'popup-sources');
    entry.sources.forEach((source, i) => {
      sources.append(i === 0 ? 'Digest: ' : '; ', link(source.url, source.outlet));
    });
    item.append(sources);
    list.append(item);
  }
  root.append(list);
  return root;
}

class ArasMap extends HTMLElement {
  #map: Leaflet.Map | undefined;
  #markers = new Map<string, Leaflet.Marker>();

  connectedCallback() {
    this.#start().catch((error: unknown) => {
      const canvas = this.querySelector<HTMLElement>('[data-map-canvas]');
      canvas?.classList.add('map-failed');
      const note = canvas?.querySelector('.map-fallback');
      if (note) note.textContent = 'The map could not be loaded. Every place is in the list below.';
      console.warn('aras-map:', error);
    });
  }

  async #start() {
    const canvas = this.querySelector<HTMLElement>('[data-map-canvas]');
    const placesUrl = this.dataset['places'];
    const basemapUrl = this.dataset['basemap'];
    if (!canvas || !placesUrl || !basemapUrl) return;

    const [{ default: L }, placesJson, basemap] = await Promise.all([
      import('leaflet'),
      getJson(placesUrl),
      getJson(basemapUrl),
    ]);
    const places = parsePlaces(placesJson);

    canvas.replaceChildren();
    canvas.classList.add('map-ready');
    const map = L.map(canvas, {
      zoomSnap: 0.5,
      minZoom: 6,
      maxZoom: 12,
      attributionControl: true,
      keyboardPanDelta: 60,
    });
    this.#map = map;
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    map.attributionControl.addAttribution('Borders: Natural Earth · Places: GeoNames');

    const countries = L.geoJSON(basemap as GeoJSON.GeoJsonObject, {
      interactive: false,
      style: (feature) => ({
        className: feature?.properties?.id === '364' ? 'basemap-home' : 'basemap-country',
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
    map.setMaxBounds(countries.getBounds().pad(0.05));

    const cache = new Map<string, MapEntry[]>();
    for (const place of places) {
      const dot = el('span', 'place-marker-dot');
      const name = el('span', 'place-marker-label', place.displayName);
      const html = el('span', 'place-marker-inner');
      html.append(dot, name);
      const marker = L.marker([place.lat, place.lon], {
        icon: L.divIcon({
          className: place.onBorder ? 'place-marker place-marker-border' : 'place-marker',
          html,
          iconSize: [24, 24],
          iconAnchor: [12, 12],
        }),
        keyboard: true,
        riseOnHover: true,
      });
      marker.bindPopup(popupContent(place, cache.get(place.id)), { maxWidth: 320, autoPanPadding: [16, 16] });
      marker.on('add', () => {
        const icon = marker.getElement();
        if (!icon) return;
        icon.setAttribute('aria-label', place.displayName);
        icon.dataset['place'] = place.id;
      });
      marker.on('popupopen', async () => {
        history.replaceState(null, '', `#place-${place.id}`);
        if (!cache.has(place.id)) {
          try {
            cache.set(place.id, parseEntries(await getJson(place.entriesUrl)));
          } catch {
            marker.setPopupContent(el('p', 'popup-status', 'What happened here could not be loaded.'));
            return;
          }
          marker.setPopupContent(popupContent(place, cache.get(place.id)));
        }
        marker.getPopup()?.getElement()?.querySelector<HTMLElement>('.popup-title a')?.focus({ preventScroll: true });
      });
      marker.on('popupclose', () => {
        if (placeFromHash(location.hash) === place.id) history.replaceState(null, '', location.pathname + location.search);
        marker.getElement()?.focus({ preventScroll: true });
      });
      marker.addTo(map);
      this.#markers.set(place.id, marker);
    }

    const declutter = () => this.#declutterLabels(places);
    map.on('zoomend', declutter);
    const markerBounds = L.latLngBounds(places.map((p) => [p.lat, p.lon]));
    map.fitBounds(markerBounds.isValid() ? markerBounds.pad(0.15) : countries.getBounds());
    declutter();
    this.#setUpTiles(L, map);
    // Leaflet closes a popup on Escape only while the map itself has focus; focus is in the popup.
    canvas.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && (event.target as Element).closest('.leaflet-popup')) map.closePopup();
    });
    this.#openFromHash();
    window.addEventListener('hashchange', () => this.#openFromHash());
    this.dataset['ready'] = 'true';
  }

  /**
   * Hides the name beside a marker where it would cover another name or marker: border places
   * and places with more entries keep theirs. The marker keeps its accessible name either way.
   */
  #declutterLabels(places: readonly MapPlace[]) {
    const ranked = [...places].sort(
      (a, b) => Number(b.onBorder) - Number(a.onBorder) || b.entryCount - a.entryCount || a.id.localeCompare(b.id),
    );
    const items = ranked.flatMap((place) => {
      const icon = this.#markers.get(place.id)?.getElement();
      const label = icon?.querySelector<HTMLElement>('.place-marker-label');
      const dot = icon?.querySelector<HTMLElement>('.place-marker-dot');
      if (!label || !dot) return [];
      label.classList.remove('label-hidden');
      return [{ label, dot }];
    });
    const taken: DOMRect[] = items.map(({ dot }) => dot.getBoundingClientRect());
    const overlaps = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const frame = this.querySelector('[data-map-canvas]')!.getBoundingClientRect();
    const outside = (box: DOMRect) => box.right > frame.right || box.bottom > frame.bottom || box.top < frame.top;
    for (const { label } of items) {
      const box = label.getBoundingClientRect();
      if (outside(box) || taken.some((other) => overlaps(box, other))) label.classList.add('label-hidden');
      else taken.push(box);
    }
  }

  /** Opens the popup of the place named in the URL: /map/#place-jolfa */
  #openFromHash() {
    const id = placeFromHash(location.hash);
    const marker = id ? this.#markers.get(id) : undefined;
    if (!marker || !this.#map) return;
    this.#map.setView(marker.getLatLng(), Math.max(this.#map.getZoom(), 8), { animate: false });
    marker.openPopup();
    this.scrollIntoView({ block: 'start' });
  }

  /** The street-map background is opt-in: it is the only request that leaves the site. */
  #setUpTiles(L: typeof Leaflet, map: Leaflet.Map) {
    const controls = this.querySelector<HTMLElement>('[data-map-controls]');
    const toggle = this.querySelector<HTMLButtonElement>('[data-tiles-toggle]');
    if (!controls || !toggle) return;
    let tiles: Leaflet.TileLayer | undefined;
    controls.hidden = false;
    toggle.setAttribute('aria-describedby', 'tiles-note');
    toggle.addEventListener('click', () => {
      if (tiles) {
        tiles.remove();
        tiles = undefined;
      } else {
        tiles = L.tileLayer(TILE_URL, {
          maxZoom: 19,
          attribution: '© OpenStreetMap contributors',
          referrerPolicy: 'no-referrer',
        }).addTo(map);
        tiles.bringToBack();
      }
      const on = tiles !== undefined;
      toggle.setAttribute('aria-pressed', String(on));
      toggle.textContent = on ? 'Hide street-map background' : 'Show street-map background';
      this.classList.toggle('tiles-on', on);
    });
  }
}

customElements.define('aras-map', ArasMap);
