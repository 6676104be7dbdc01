/**
 * <aras-map>: Leaflet over the site's own basemap. It enhances a page that already shows every
 * place (a static SVG map and a list); nothing here is needed to read the content. Leaflet is
 * its own chunk, loaded only when the map is shown: at once on the map page, and inside a
 * closed <details> panel only once the reader opens it.
 *
 * With `data-linked` it works with <aras-filters> on the timeline (see aras-filters.ts):
 * choosing a marker narrows the timeline, and "Show on the map" on an entry shows its places.
 */
import type * as Leaflet from 'leaflet';
import { clusterPoints } from '../lib/map/cluster.ts';
import { parseFilter, type Filter } from '../lib/timeline/filters.ts';
import { parseEntries, parsePlaces, placeFromHash, type MapEntry, type MapPlace } from './map-data.ts';
// Only the stylesheet's address: a static CSS import would be put on every page with this element.
import leafletCss from 'leaflet/dist/leaflet.css?url';

/** Markers closer than this many pixels are drawn as one cluster. */
const CLUSTER_RADIUS = 26;

const TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
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

/**
 * Runs `action` when a marker is clicked or, focused, gets Enter or Space. Leaflet turns Enter
 * into a popup but not into a click, so keyboard readers would otherwise miss the action.
 */
function onActivate(marker: Leaflet.Marker, action: () => void) {
  marker.on('click', action);
  marker.on('keypress', (event) => {
    const key = (event as Leaflet.LeafletKeyboardEvent).originalEvent.key;
    if (key === 'Enter' || key === ' ') action();
  });
}

function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`${href} did not load`));
    document.head.append(link);
  });
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
  if (entries.length < place.entryCount) {
    const more = el('p', 'popup-status', `The ${entries.length} most recent of ${place.entryCount}. `);
    more.append(link(place.url, `Every entry at ${place.displayName}`));
    root.append(more);
  }
  return root;
}

class ArasMap extends HTMLElement {
  #L: typeof Leaflet | undefined;
  #map: Leaflet.Map | undefined;
  #places: MapPlace[] = [];
  #markers = new Map<string, Leaflet.Marker>();
  #clusters: Leaflet.LayerGroup | undefined;
  #cache = new Map<string, MapEntry[]>();
  #started = false;
  #selected = new Set<string>();
  /** Places asked for before the map was ready. */
  #pending: string[] | undefined;

  get #linked() {
    return this.hasAttribute('data-linked');
  }

  connectedCallback() {
    const panel = this.closest('details');
    if (panel && !panel.open) panel.addEventListener('toggle', () => panel.open && this.#begin());
    else this.#begin();

    if (this.#linked) {
      document.addEventListener('aras:show-places', (event) => {
        const { ids } = (event as CustomEvent<{ ids: string[] }>).detail;
        if (panel && !panel.open) panel.open = true;
        if (this.#map) this.#showPlaces(ids);
        else this.#pending = ids;
      });
      document.addEventListener('aras:filter', (event) => {
        this.#selectFromFilter((event as CustomEvent<{ filter: Filter }>).detail.filter);
      });
    }
  }

  #begin() {
    if (this.#started) return;
    this.#started = true;
    this.#start().catch((error: unknown) => {
      const canvas = this.querySelector<HTMLElement>('[data-map-canvas]');
      canvas?.classList.add('map-failed');
      this.dataset['failed'] = 'true';
      console.warn('aras-map:', error);
    });
  }

  async #start() {
    const canvas = this.querySelector<HTMLElement>('[data-map-canvas]');
    const placesUrl = this.dataset['places'];
    const basemapUrl = this.dataset['basemap'];
    if (!canvas || !placesUrl || !basemapUrl) return;

    const [{ default: L }, , placesJson, basemap] = await Promise.all([
      import('leaflet'),
      // Leaflet's stylesheet comes with it, so a page that never shows the map never loads either.
      loadStylesheet(leafletCss),
      getJson(placesUrl),
      getJson(basemapUrl),
    ]);
    this.#L = L;
    this.#places = parsePlaces(placesJson);

    // Leaflet takes over the space the static map held.
    canvas.replaceChildren();
    canvas.classList.add('map-ready');
    const map = L.map(canvas, { zoomSnap: 0.5, minZoom: 6, maxZoom: 12, keyboardPanDelta: 60 });
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
    // A capital far outside the region (where talks were held) would drag the view off the border.
    const frame = countries.getBounds();
    this.#places = this.#places.filter((p) => frame.contains([p.lat, p.lon]));

    for (const place of this.#places) this.#markers.set(place.id, this.#makeMarker(place));
    this.#clusters = L.layerGroup().addTo(map);

    // Framed on the border: the capitals inside the region (Baku, Yerevan) stay on the map without
    // zooming it out until the border places crowd together.
    const onBorder = this.#places.filter((p) => p.onBorder);
    const markerBounds = L.latLngBounds((onBorder.length > 0 ? onBorder : this.#places).map((p) => [p.lat, p.lon]));
    map.fitBounds(markerBounds.isValid() ? markerBounds.pad(0.15) : countries.getBounds());
    map.on('zoomend', () => this.#layOut());
    this.#layOut();

    this.#setUpTiles(L, map);
    // Leaflet closes a popup on Escape only while the map itself has focus; focus is in the popup.
    canvas.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && (event.target as Element).closest('.leaflet-popup')) map.closePopup();
    });

    if (this.#pending) this.#showPlaces(this.#pending);
    else if (this.#linked) this.#selectFromFilter(parseFilter(location.search));
    else {
      this.#openFromHash();
      window.addEventListener('hashchange', () => this.#openFromHash());
    }
    this.#pending = undefined;
    this.dataset['ready'] = 'true';
  }

  #makeMarker(place: MapPlace): Leaflet.Marker {
    const L = this.#L!;
    const html = el('span', 'place-marker-inner');
    html.append(el('span', 'place-marker-dot'), el('span', 'place-marker-label', place.displayName));
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
    marker.bindPopup(popupContent(place, undefined), { maxWidth: 320, autoPanPadding: [16, 16] });
    marker.on('add', () => {
      const icon = marker.getElement();
      if (!icon) return;
      icon.setAttribute('aria-label', place.displayName);
      icon.dataset['place'] = place.id;
      icon.classList.toggle('is-selected', this.#selected.has(place.id));
    });
    onActivate(marker, () => {
      if (this.#linked) document.dispatchEvent(new CustomEvent('aras:select-place', { detail: { id: place.id } }));
    });
    marker.on('popupopen', async () => {
      if (!this.#linked) history.replaceState(null, '', `#place-${place.id}`);
      if (!this.#cache.has(place.id)) {
        try {
          this.#cache.set(place.id, parseEntries(await getJson(place.entriesUrl)));
        } catch {
          marker.setPopupContent(el('p', 'popup-status', 'What happened here could not be loaded.'));
          return;
        }
        marker.setPopupContent(popupContent(place, this.#cache.get(place.id)));
      }
      marker.getPopup()?.getElement()?.querySelector<HTMLElement>('.popup-title a')?.focus({ preventScroll: true });
    });
    marker.on('popupclose', () => {
      if (!this.#linked && placeFromHash(location.hash) === place.id)
        history.replaceState(null, '', location.pathname + location.search);
      marker.getElement()?.focus({ preventScroll: true });
    });
    return marker;
  }

  /**
   * Draws each place as its own marker, or markers that would overlap as one cluster that zooms
   * in when chosen. Selected places and the one with an open popup always stand alone.
   */
  #layOut(alone: readonly string[] = []) {
    const map = this.#map!;
    const L = this.#L!;
    const open = [...this.#markers].find(([, m]) => m.isPopupOpen())?.[0];
    const keep = new Set([...alone, ...this.#selected, ...(open ? [open] : [])]);
    const ranked = [...this.#places].sort(
      (a, b) => Number(b.onBorder) - Number(a.onBorder) || b.entryCount - a.entryCount || a.id.localeCompare(b.id),
    );
    const free = ranked.filter((p) => !keep.has(p.id));
    const groups = clusterPoints(
      free.map((p) => ({ ...map.latLngToContainerPoint([p.lat, p.lon]), item: p })),
      CLUSTER_RADIUS,
    );
    this.#clusters!.clearLayers();
    for (const place of ranked) if (keep.has(place.id)) this.#markers.get(place.id)!.addTo(map);
    for (const group of groups) {
      if (group.length === 1) {
        this.#markers.get(group[0]!.id)!.addTo(map);
        continue;
      }
      for (const p of group) this.#markers.get(p.id)!.remove();
      const bounds = L.latLngBounds(group.map((p) => [p.lat, p.lon]));
      const names = new Intl.ListFormat('en', { type: 'conjunction' }).format(group.map((p) => p.displayName));
      const count = el('span', 'cluster-count', String(group.length));
      const cluster = L.marker(bounds.getCenter(), {
        icon: L.divIcon({ className: 'place-cluster', html: count, iconSize: [36, 36], iconAnchor: [18, 18] }),
        keyboard: true,
      });
      cluster.on('add', () =>
        cluster.getElement()?.setAttribute('aria-label', `${group.length} places: ${names}. Zoom in`),
      );
      onActivate(cluster, () =>
        map.fitBounds(bounds, { padding: [80, 80], maxZoom: Math.min(map.getZoom() + 3, map.getMaxZoom()) }),
      );
      this.#clusters!.addLayer(cluster);
    }
    this.#declutterLabels(ranked);
  }

  /** Shows a place, or several, as the timeline asks: one opens its popup, several are framed. */
  #showPlaces(ids: readonly string[]) {
    const map = this.#map!;
    const found = ids.filter((id) => this.#markers.has(id));
    this.#select(found);
    if (found.length === 1) this.#focusPlace(found[0]!);
    else if (found.length > 1) {
      const bounds = this.#L!.latLngBounds(found.map((id) => this.#markers.get(id)!.getLatLng()));
      map.fitBounds(bounds.pad(0.3), { maxZoom: 9, animate: false });
      this.#layOut();
    }
    if (found.length > 0) this.scrollIntoView({ block: 'nearest' });
  }

  #select(ids: readonly string[]) {
    this.#selected = new Set(ids);
    for (const [id, marker] of this.#markers)
      marker.getElement()?.classList.toggle('is-selected', this.#selected.has(id));
  }

  /** The timeline's place filter, drawn on the map: that place stands out, in view. */
  #selectFromFilter(filter: Filter) {
    if (!this.#map) return;
    const id = filter.place && this.#markers.has(filter.place) ? filter.place : undefined;
    this.#select(id ? [id] : []);
    if (id) {
      const at = this.#markers.get(id)!.getLatLng();
      if (!this.#map.getBounds().contains(at)) this.#map.panTo(at, { animate: false });
    }
    this.#layOut();
  }

  /** Brings one place into view at a zoom where it stands alone, and opens its popup. */
  #focusPlace(id: string) {
    const map = this.#map!;
    const marker = this.#markers.get(id)!;
    map.setView(marker.getLatLng(), Math.max(map.getZoom(), 8), { animate: false });
    this.#layOut([id]);
    marker.openPopup();
  }

  /** Opens the popup of the place named in the URL: /map/#place-jolfa */
  #openFromHash() {
    const id = placeFromHash(location.hash);
    if (!id || !this.#markers.has(id) || !this.#map) return;
    this.#focusPlace(id);
    this.scrollIntoView({ block: 'start' });
  }

  /**
   * Hides the name beside a marker where it would cover another name or marker: the first in
   * `ranked` keep theirs. The marker keeps its accessible name either way.
   */
  #declutterLabels(ranked: readonly MapPlace[]) {
    const items = ranked.flatMap((place) => {
      const icon = this.#markers.get(place.id)?.getElement();
      const label = icon?.querySelector<HTMLElement>('.place-marker-label');
      const dot = icon?.querySelector<HTMLElement>('.place-marker-dot');
      if (!label || !dot) return [];
      label.classList.remove('label-hidden');
      return [{ label, dot }];
    });
    const taken: DOMRect[] = [
      ...items.map(({ dot }) => dot.getBoundingClientRect()),
      ...[...this.querySelectorAll('.place-cluster')].map((c) => c.getBoundingClientRect()),
    ];
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
