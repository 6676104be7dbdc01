/**
 * The Aras on the Leaflet map: its line, and a button on it that names it and opens its popup,
 * so it can be chosen like a place from the keyboard as well as by pointing at the line.
 */
import type * as Leaflet from 'leaflet';
import { vertexAlong } from '../../lib/map/geometry.ts';
import type { MapRiver } from './data.ts';
import { el } from './dom.ts';
import { fill, type MapWords } from './words.ts';

/** The points of a line where its button may go: its middle first, then ever further out, every 4 %. */
export function buttonCandidates(line: readonly [number, number][]): [number, number][] {
  const fractions = [0.5];
  for (let d = 0.04; d < 0.5; d += 0.04) fractions.push(0.5 - d, 0.5 + d);
  const indices = [...new Set(fractions.map((f) => vertexAlong(line, f)))];
  return indices.map((i) => line[i]!);
}

/**
 * Which candidate (in screen pixels) the river's button goes to: of those whose box lies inside
 * `frame`, the first that covers least, where covering a place's dot counts for more than
 * covering a name (which is then hidden until the place is pointed at); the first of all where
 * none is inside. A place's name runs to the right of its dot, about `charPx` pixels a letter.
 */
export function chooseButtonPoint(
  candidates: readonly { x: number; y: number }[],
  places: readonly { x: number; y: number; name: string }[],
  button: { width: number; height: number },
  frame: { x: number; y: number },
  charPx = 7.5,
): number {
  const inside = (c: { x: number; y: number }) =>
    c.x - button.width / 2 >= 0 &&
    c.x + button.width / 2 <= frame.x &&
    c.y - button.height / 2 >= 0 &&
    c.y + button.height / 2 <= frame.y;
  const hits = (c: { x: number; y: number }, box: [number, number, number, number]) =>
    c.x + button.width / 2 >= box[0] &&
    c.x - button.width / 2 <= box[2] &&
    c.y + button.height / 2 >= box[1] &&
    c.y - button.height / 2 <= box[3];
  const cost = (c: { x: number; y: number }, p: { x: number; y: number; name: string }) =>
    hits(c, [p.x - 12, p.y - 12, p.x + 12, p.y + 12])
      ? 10
      : hits(c, [p.x + 12, p.y - 12, p.x + 14 + p.name.length * charPx, p.y + 12])
        ? 1
        : 0;
  let best = -1;
  let fewest = Infinity;
  candidates.forEach((c, i) => {
    const covered = places.reduce((sum, p) => sum + cost(c, p), 0);
    if (inside(c) && covered < fewest) [best, fewest] = [i, covered];
  });
  return Math.max(best, 0);
}

/** The size of the river's button in pixels, as its divIcon draws it. */
export const RIVER_BUTTON = { width: 64, height: 28 };

/**
 * Draws the river under the markers; returns its button, a marker like a place's, at the middle
 * of the line until `placeButton` moves it clear of the places.
 */
export function addRiver(L: typeof Leaflet, map: Leaflet.Map, river: MapRiver, words: MapWords): Leaflet.Marker {
  const line = L.polyline(river.line, { className: 'river-line', weight: 3, interactive: true }).addTo(map);
  const html = el('span', 'river-marker-label', river.displayName);
  const { width, height } = RIVER_BUTTON;
  const marker = L.marker(buttonCandidates(river.line)[0]!, {
    icon: L.divIcon({
      className: 'river-marker',
      html,
      iconSize: [width, height],
      iconAnchor: [width / 2, height / 2],
    }),
    keyboard: true,
    riseOnHover: true,
  });
  marker.on('add', () => {
    const icon = marker.getElement();
    if (!icon) return;
    icon.setAttribute('aria-label', fill(words.river, { river: river.displayName }));
    icon.dataset['place'] = river.id;
  });
  line.on('click', () => marker.openPopup());
  return marker;
}

/** Moves the river's button to where it covers no place's dot or name at the map's current zoom. */
export function placeButton(
  map: Leaflet.Map,
  marker: Leaflet.Marker,
  river: MapRiver,
  places: readonly { lat: number; lon: number; displayName: string }[],
) {
  const candidates = buttonCandidates(river.line);
  const screen = (lat: number, lon: number) => map.latLngToContainerPoint([lat, lon]);
  const chosen = chooseButtonPoint(
    candidates.map(([lat, lon]) => screen(lat, lon)),
    places.map((p) => ({ ...screen(p.lat, p.lon), name: p.displayName })),
    RIVER_BUTTON,
    map.getSize(),
  );
  marker.setLatLng(candidates[chosen]!);
}

/** The popup of a river the gazetteer has no place for yet: what the line is and where it comes from. */
export function riverPopup(river: MapRiver, words: MapWords): HTMLElement {
  const root = el('div', 'popup');
  const heading = el('h2', 'popup-title', fill(words.river, { river: river.displayName }));
  heading.tabIndex = -1;
  root.append(
    heading,
    el('p', 'popup-status', words.riverNote),
    el('p', 'popup-sources', fill(words.riverLine, { source: river.source })),
  );
  return root;
}
