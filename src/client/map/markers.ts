/**
 * The Leaflet markers: one focusable button per place, and one per cluster of places too close
 * to draw apart. Each is a divIcon, so it is keyboard-reachable and carries an accessible name.
 */
import type * as Leaflet from 'leaflet';
import type { MapPlace } from './data.ts';
import { el } from './dom.ts';

/**
 * Runs `action` when a marker is clicked or, focused, gets Enter or Space. Leaflet turns Enter
 * into a popup but not into a click, so keyboard readers would otherwise miss the action.
 */
export function onActivate(marker: Leaflet.Marker, action: () => void) {
  marker.on('click', action);
  marker.on('keypress', (event) => {
    const key = (event as Leaflet.LeafletKeyboardEvent).originalEvent.key;
    if (key === 'Enter' || key === ' ') action();
  });
}

/**
 * Shows whether a place's marker is selected (chosen on the timeline), for the eye through a
 * class and for screen readers and tests through `aria-current`.
 */
export function markSelected(icon: HTMLElement | undefined, selected: boolean) {
  if (!icon) return;
  icon.classList.toggle('is-selected', selected);
  if (selected) icon.setAttribute('aria-current', 'true');
  else icon.removeAttribute('aria-current');
}

/** A place's marker: a dot and its name, named for screen readers by the place's name. */
export function placeMarker(L: typeof Leaflet, place: MapPlace, isSelected: () => boolean): Leaflet.Marker {
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
  // Leaflet makes the icon's element anew each time the marker is added to the map.
  marker.on('add', () => {
    const icon = marker.getElement();
    if (!icon) return;
    icon.setAttribute('aria-label', place.displayName);
    icon.dataset['place'] = place.id;
    markSelected(icon, isSelected());
  });
  return marker;
}

/**
 * The places of a cluster as its accessible name lists them, in English: "Jolfa, Julfa and
 * Ordubad". Written out rather than through `Intl.ListFormat`, whose language data alone takes
 * the browser longer to load than the rest of the map's markers take to make.
 */
export const listNames = (names: readonly string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** One marker for several places, showing their number; choosing it zooms in on them. */
export function clusterMarker(L: typeof Leaflet, map: Leaflet.Map, group: readonly MapPlace[]): Leaflet.Marker {
  const bounds = L.latLngBounds(group.map((p) => [p.lat, p.lon]));
  const names = listNames(group.map((p) => p.displayName));
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
  return cluster;
}
