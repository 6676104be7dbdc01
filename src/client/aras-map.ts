/**
 * <aras-map>: Leaflet over the site's own basemap. It enhances a page that already shows every
 * place (a static SVG map and a list); nothing here is needed to read the content. Leaflet is
 * its own chunk, loaded only when the map is shown: at once on the map page, and inside a
 * closed <details> panel only once the reader opens it.
 *
 * With `data-linked` it works with <aras-filters> on the timeline (see aras-filters.ts):
 * choosing a marker narrows the timeline, and "Show on the map" on an entry shows its places.
 *
 * This file only wires the element to the page and to Leaflet; each job is a module in map/.
 */
import type * as Leaflet from 'leaflet';
import { placeFromHash, placeHash } from '../lib/map/placeAnchor.ts';
import { parseFilter, type Filter } from '../lib/timeline/filters.ts';
import { addCountryNames, countryLayer, nameSpots, placeNames, type AreaName } from './map/basemap.ts';
import { groupPlaces, rankPlaces } from './map/clusters.ts';
import { parseEntries, parsePlaces, parseRiver, type MapEntry, type MapPlace, type MapRiver } from './map/data.ts';
import { declutterLabels } from './map/labels.ts';
import { getJson, loadStylesheet } from './map/load.ts';
import { clusterMarker, markSelected, onActivate, placeMarker } from './map/markers.ts';
import { popupContent, popupFailed } from './map/popup.ts';
import { addRiver, placeButton, riverPopup } from './map/river.ts';
import { setUpTiles } from './map/tiles.ts';
import { readWords } from './map/words.ts';
import { nextTask } from './map/yield.ts';
// Only the stylesheet's address: a static CSS import would be put on every page with this element.
import leafletCss from 'leaflet/dist/leaflet.css?url';

/**
 * Runs `start` once the page has loaded and painted. The page's largest paint is its text (the
 * static map is inline SVG, which is never a candidate); starting Leaflet's chunk and the map's
 * JSON before that paint would put them on the path to it in a throttled load, so that on a slow
 * phone the heading's paint would seem to wait for the map.
 */
function afterFirstPaint(start: () => void): void {
  const painted = () => requestAnimationFrame(() => setTimeout(start, 0));
  if (document.readyState === 'complete') painted();
  else addEventListener('load', painted, { once: true });
}

/** How many markers the set-up makes before it yields to the browser. */
const MARKERS_PER_TASK = 8;

class ArasMap extends HTMLElement {
  #L: typeof Leaflet | undefined;
  #map: Leaflet.Map | undefined;
  #places: MapPlace[] = [];
  #markers = new Map<string, Leaflet.Marker>();
  #clusters: Leaflet.LayerGroup | undefined;
  #river: { line: MapRiver; marker: Leaflet.Marker } | undefined;
  #names: AreaName[] = [];
  #cache = new Map<string, MapEntry[]>();
  #started = false;
  /** True once every step of the set-up has run: until then the timeline's requests wait. */
  #ready = false;
  #selected = new Set<string>();
  /** Places asked for before the map was ready. */
  #pending: string[] | undefined;
  /** The page language's words and link prefix (map/words.ts). */
  #words = readWords(this.dataset['words']);

  get #linked() {
    return this.hasAttribute('data-linked');
  }

  connectedCallback() {
    const panel = this.closest('details');
    if (panel && !panel.open) panel.addEventListener('toggle', () => panel.open && this.#begin());
    else afterFirstPaint(() => this.#begin());

    if (this.#linked) {
      document.addEventListener('aras:show-places', (event) => {
        const { ids } = (event as CustomEvent<{ ids: string[] }>).detail;
        if (panel && !panel.open) panel.open = true;
        if (this.#ready) this.#showPlaces(ids);
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
    const riverUrl = this.dataset['river'];
    if (!canvas || !placesUrl || !basemapUrl || !riverUrl) return;

    const [{ default: L }, , placesJson, basemap, riverJson] = await Promise.all([
      import('leaflet'),
      // Leaflet's stylesheet comes with it, so a page that never shows the map never loads either.
      loadStylesheet(leafletCss),
      getJson(placesUrl),
      getJson(basemapUrl),
      getJson(riverUrl),
    ]);
    this.#L = L;
    // Leaflet's own code has just run, in this task: the set-up starts in the next.
    await nextTask();
    // The river goes by the name the page's language gives it, as on the static map.
    const parsedRiver = parseRiver(riverJson);
    const river = parsedRiver && { ...parsedRiver, displayName: this.#words.riverName };
    // The river is drawn as its line, never as a point, even once the gazetteer gives it one. On a
    // page in another language, places go by their names in it where they have one.
    this.#places = parsePlaces(placesJson)
      .filter((p) => p.id !== river?.id)
      .map((p) => ({ ...p, displayName: this.#words.names[p.id] ?? p.displayName }));

    // The set-up runs as several short tasks, not one long one, so the page answers a tap or a
    // key while the map is drawn: the countries' outlines, then the map, its view, each country
    // drawn, their names, the river, the markers and last the names' places, yielding to the
    // browser between them.
    const countries = countryLayer(L, basemap);
    const frame = countries.getBounds();
    // A capital far outside the region (where talks were held) would drag the view off the border.
    this.#places = this.#places.filter((p) => frame.contains([p.lat, p.lon]));
    // Framed on the border: the capitals inside the region (Baku, Yerevan) stay on the map without
    // zooming it out until the border places crowd together.
    const onBorder = this.#places.filter((p) => p.onBorder);
    const markerBounds = L.latLngBounds((onBorder.length > 0 ? onBorder : this.#places).map((p) => [p.lat, p.lon]));
    await nextTask();

    // Leaflet takes over the space the static map held.
    canvas.replaceChildren();
    canvas.classList.add('map-ready');
    const map = L.map(canvas, { zoomSnap: 0.5, minZoom: 6, maxZoom: 12, keyboardPanDelta: 60 });
    this.#map = map;
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    map.attributionControl.addAttribution(this.#words.attribution);
    // A right-to-left page puts the controls where its reader starts, at the top right.
    const rtl = document.documentElement.dir === 'rtl';
    if (rtl) {
      map.zoomControl.setPosition('topright');
      map.attributionControl.setPosition('bottomleft');
    }
    L.control.scale({ imperial: false, maxWidth: 100, position: rtl ? 'topleft' : 'topright' }).addTo(map);
    // The browser lays out the new map between tasks, rather than when the view asks its size.
    await nextTask();

    map.setMaxBounds(frame.pad(0.05));
    // The view comes before the layers, so each is drawn once, at it.
    map.fitBounds(markerBounds.isValid() ? markerBounds.pad(0.15) : frame);
    await nextTask();

    // One country a task: the layer is only their group, to frame the view, so each goes on the
    // map by itself.
    for (const country of countries.getLayers()) {
      country.addTo(map);
      await nextTask();
    }

    this.#names = addCountryNames(L, map, countries, this.#words.countries, this.#words.exclaves);
    await nextTask();

    // Drawn once the map has a view: Leaflet clips a line to the view as it adds it.
    if (river) {
      const marker = addRiver(L, map, river, this.#words);
      this.#wireMarker(marker, river.id, river.place, riverPopup(river, this.#words));
      this.#markers.set(river.id, marker.addTo(map));
      this.#river = { line: river, marker };
    }
    await nextTask();

    // The markers are made a few at a time, then drawn together.
    for (const [i, place] of this.#places.entries()) {
      this.#markers.set(place.id, this.#makeMarker(place));
      if (i % MARKERS_PER_TASK === MARKERS_PER_TASK - 1) await nextTask();
    }
    await nextTask();

    this.#clusters = L.layerGroup().addTo(map);
    this.#drawMarkers();
    await nextTask();

    // Where each country's name may go takes a while to work out: one name a task.
    const frameBox = canvas.getBoundingClientRect();
    const spots: [number, number][][] = [];
    for (const name of this.#names) {
      spots.push(nameSpots(map, name, frameBox));
      await nextTask();
    }
    this.#labelMarkers(spots);
    map.on('zoomend', () => this.#layOut());
    map.on('moveend', () => this.#placeNames());

    setUpTiles(this, L, map, this.#words);
    // Leaflet closes a popup on Escape only while the map itself has focus; focus is in the popup.
    canvas.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && (event.target as Element).closest('.leaflet-popup')) map.closePopup();
    });

    this.#ready = true;
    if (this.#pending) this.#showPlaces(this.#pending);
    else if (this.#linked) this.#selectFromFilter(parseFilter(location.search));
    else {
      this.#openFromHash();
      window.addEventListener('hashchange', () => this.#openFromHash());
    }
    this.#pending = undefined;
    this.dataset['ready'] = 'true';
  }

  /** A place's marker, wired to the timeline (linked) or to the page's hash, and to its popup. */
  #makeMarker(place: MapPlace): Leaflet.Marker {
    const marker = placeMarker(this.#L!, place, () => this.#selected.has(place.id));
    this.#wireMarker(marker, place.id, place, popupContent(place, undefined, this.#words));
    return marker;
  }

  /**
   * Wires a marker to its popup and to the page: `place` has the entries the popup lists, or is
   * undefined for a line the gazetteer has no place for yet, whose popup is `content` alone.
   */
  #wireMarker(marker: Leaflet.Marker, id: string, place: MapPlace | undefined, content: HTMLElement) {
    marker.bindPopup(content, { maxWidth: 320, autoPanPadding: [16, 16] });
    onActivate(marker, () => {
      if (this.#linked && place) document.dispatchEvent(new CustomEvent('aras:select-place', { detail: { id } }));
    });
    marker.on('popupopen', async () => {
      if (!this.#linked) {
        history.replaceState(null, '', placeHash(id));
        this.#select([id]);
      }
      if (place && !this.#cache.has(id)) {
        try {
          this.#cache.set(id, parseEntries(await getJson(place.entriesUrl)));
        } catch {
          marker.setPopupContent(popupFailed(this.#words));
          return;
        }
        marker.setPopupContent(popupContent(place, this.#cache.get(id), this.#words));
      }
      marker
        .getPopup()
        ?.getElement()
        ?.querySelector<HTMLElement>('.popup-title a, .popup-title[tabindex]')
        ?.focus({ preventScroll: true });
    });
    marker.on('popupclose', () => {
      if (!this.#linked) {
        if (placeFromHash(location.hash) === id) history.replaceState(null, '', location.pathname + location.search);
        this.#select([]);
      }
      marker.getElement()?.focus({ preventScroll: true });
    });
  }

  /**
   * Draws each place as its own marker, or markers that would overlap as one cluster that zooms
   * in when chosen. Selected places and the one with an open popup always stand alone.
   */
  #layOut(alone: readonly string[] = []) {
    this.#drawMarkers(alone);
    this.#labelMarkers();
  }

  /** Draws the markers and clusters for the current view (see `#layOut`). */
  #drawMarkers(alone: readonly string[] = []) {
    const map = this.#map!;
    const open = [...this.#markers].find(([, m]) => m.isPopupOpen())?.[0];
    const keep = new Set([...alone, ...this.#selected, ...(open ? [open] : [])]);
    const ranked = rankPlaces(this.#places);
    const groups = groupPlaces(ranked, keep, (p) => map.latLngToContainerPoint([p.lat, p.lon]));
    this.#clusters!.clearLayers();
    for (const place of ranked) if (keep.has(place.id)) this.#markers.get(place.id)!.addTo(map);
    for (const group of groups) {
      if (group.length === 1) {
        this.#markers.get(group[0]!.id)!.addTo(map);
        continue;
      }
      for (const p of group) this.#markers.get(p.id)!.remove();
      this.#clusters!.addLayer(clusterMarker(this.#L!, map, group));
    }
    if (this.#river && !this.#river.marker.isPopupOpen())
      placeButton(map, this.#river.marker, this.#river.line, this.#places);
  }

  /**
   * Shows the names beside the markers that have room for them, then places the countries' names
   * (at `spots`, where they have been worked out for the current view).
   */
  #labelMarkers(spots?: [number, number][][]) {
    const icons = rankPlaces(this.#places).flatMap((place) => this.#markers.get(place.id)?.getElement() ?? []);
    declutterLabels(
      icons,
      [...this.querySelectorAll('.place-cluster, .river-marker')],
      this.querySelector('[data-map-canvas]')!.getBoundingClientRect(),
    );
    this.#placeNames(spots);
  }

  #placeNames(spots?: [number, number][][]) {
    // The river's button is not an obstacle here: on a phone no spot over Nakhchivan's sliver clears
    // it, and a country's name under a labelled button reads better than no name. The places'
    // names shown beside their markers are: a country's name must not cover a town's.
    placeNames(
      this.#map!,
      this.#names,
      this.querySelector('[data-map-canvas]')!.getBoundingClientRect(),
      [
        ...this.querySelectorAll(
          '.place-marker-dot, .place-marker-label:not(.label-hidden), .place-cluster, .leaflet-control',
        ),
      ],
      spots,
    );
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
    for (const [id, marker] of this.#markers) markSelected(marker.getElement(), this.#selected.has(id));
  }

  /** The timeline's place filter, drawn on the map: that place stands out, in view. */
  #selectFromFilter(filter: Filter) {
    const map = this.#map;
    if (!this.#ready || !map) return;
    const id = filter.place && this.#markers.has(filter.place) ? filter.place : undefined;
    this.#select(id ? [id] : []);
    if (id) {
      const at = this.#markers.get(id)!.getLatLng();
      if (!map.getBounds().contains(at)) map.panTo(at, { animate: false });
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
    if (!id || !this.#markers.has(id) || !this.#ready) return;
    this.#focusPlace(id);
    this.scrollIntoView({ block: 'start' });
  }
}

customElements.define('aras-map', ArasMap);
