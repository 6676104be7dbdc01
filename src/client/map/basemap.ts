/**
 * The offline basemap drawn in Leaflet: the countries, Iran lighter, and each country's and
 * exclave's name, kept over the part of it in view as the reader pans and zooms.
 */
import type * as Leaflet from 'leaflet';
import type { Position } from 'geojson';
import { HOME_COUNTRY_NUMERIC } from '../../consts.ts';
import { firstClearSpot } from '../../lib/map/clearSpot.ts';
import { clipRing, insideRing, interiorPoints, ringArea, type BBox, type Box } from '../../lib/map/geometry.ts';
import { el } from './dom.ts';

/** A name on the map and the outlines (outer rings, [lon, lat]) of the pieces it names. */
export interface AreaName {
  marker: Leaflet.Marker;
  pieces: Position[][];
}

const isPoint = (v: unknown): v is [number, number] =>
  Array.isArray(v) && typeof v[0] === 'number' && typeof v[1] === 'number';

/** The outer rings of a Polygon's or MultiPolygon's pieces. */
function outerRings(geometry: GeoJSON.Geometry | undefined): Position[][] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates[0]!];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates.map((p) => p[0]!);
  return [];
}

/**
 * The countries as one layer, Iran lighter, not yet on a map: its bounds frame the view before
 * anything is drawn.
 */
export function countryLayer(L: typeof Leaflet, basemap: unknown): Leaflet.GeoJSON {
  return L.geoJSON(basemap as GeoJSON.GeoJsonObject, {
    interactive: false,
    style: (feature) => ({
      className: feature?.properties?.id === HOME_COUNTRY_NUMERIC ? 'basemap-home' : 'basemap-country',
      weight: 1,
    }),
  });
}

/**
 * Adds each country's name to `map`, for `placeNames` to keep in view. An exclave (Nakhchivan)
 * is named apart, with its country's name beneath, and its country's own name stays off it.
 * `countryNames` (by numeric id) and `exclaveNames` (by English name) are the page language's.
 */
export function addCountryNames(
  L: typeof Leaflet,
  map: Leaflet.Map,
  countries: Leaflet.GeoJSON,
  countryNames: Readonly<Record<string, string>>,
  exclaveNames: Readonly<Record<string, string>> = {},
): AreaName[] {
  const names: AreaName[] = [];
  const label = (at: [number, number], pieces: Position[][], className: string, ...lines: string[]) => {
    const text = el('span', `country-label-text ${className}`);
    lines.forEach((line, i) => text.append(i > 0 ? el('span', 'country-label-of', line) : line));
    const marker = L.marker([at[1], at[0]], {
      icon: L.divIcon({ className: 'country-label', html: text, iconSize: [0, 0] }),
      interactive: false,
      keyboard: false,
    }).addTo(map);
    names.push({ marker, pieces });
  };
  for (const layer of countries.getLayers() as Leaflet.GeoJSON[]) {
    const feature = layer.feature as GeoJSON.Feature | undefined;
    const props = feature?.properties;
    const name = countryNames[String(props?.['id'])] ?? props?.['name'];
    if (typeof name !== 'string' || !isPoint(props?.['label'])) continue;
    const rings = outerRings(feature?.geometry);
    const exclaves: unknown[] = Array.isArray(props?.['exclaves']) ? props['exclaves'] : [];
    const exclavePieces = new Set<Position[]>();
    for (const exclave of exclaves) {
      const e = exclave as { name?: unknown; label?: unknown };
      if (typeof e.name !== 'string' || !isPoint(e.label)) continue;
      const at = e.label;
      const pieces = rings.filter((ring) => insideRing(at, ring));
      pieces.forEach((p) => exclavePieces.add(p));
      label(at, pieces, 'country-label-exclave', exclaveNames[e.name] ?? e.name, `(${name})`);
    }
    label(
      props['label'],
      rings.filter((ring) => !exclavePieces.has(ring)),
      'country-label-country',
      name,
    );
  }
  return names;
}

/**
 * Where a name may go in `view`, [west, south, east, north], best first: well inside the
 * largest piece of its area in view (`interiorPoints`, so a crescent's name stays on it); none
 * where no piece is in view.
 */
export function namePoints(pieces: readonly Position[][], view: BBox): [number, number][] {
  let best: { area: number; ring: Position[] } | undefined;
  for (const piece of pieces) {
    const ring = clipRing(piece, view);
    if (ring.length === 0) continue;
    const area = Math.abs(ringArea(ring));
    if (!best || area > best.area) best = { area, ring };
  }
  return best ? interiorPoints(best.ring) : [];
}

/** A measured box as [left, top, right, bottom]. */
const boxOf = (r: DOMRect): Box => [r.left, r.top, r.right, r.bottom];

/** The map's view, [west, south, east, north], as the page lays the map out in `frame`. */
function viewOf(map: Leaflet.Map, frame: DOMRect): BBox {
  // Measured rather than taken from Leaflet's size.
  const nw = map.containerPointToLatLng([0, 0]);
  const se = map.containerPointToLatLng([frame.width, frame.height]);
  return [nw.lng, se.lat, se.lng, nw.lat];
}

/**
 * Where a name may go at the map's current view, best first: the best few of `namePoints`
 * only, since past them the name would sit near its area's edge. The slow part of placing a
 * name, so that the map's set-up can work it out for one name at a time.
 */
export const nameSpots = (map: Leaflet.Map, { pieces }: AreaName, frame: DOMRect): [number, number][] =>
  namePoints(pieces, viewOf(map, frame)).slice(0, 24);

/**
 * Moves every name over the part of its area in view, to the first of its `spots` where it
 * stays whole inside the map and covers none of `obstacles` (markers, their names, the map's
 * controls) and no name placed before it; hides it where there is no such point, so no
 * half-name ("KEY" for Turkey) shows. Each name is measured once where it stands and its box
 * carried to each point by arithmetic: moving it to try a point would make the browser lay the
 * page out again for every try.
 */
export function placeNames(
  map: Leaflet.Map,
  names: readonly AreaName[],
  frame: DOMRect,
  obstacles: readonly Element[],
  spots: readonly (readonly [number, number][])[] = names.map((name) => nameSpots(map, name, frame)),
) {
  const onPage = (lat: number, lon: number) => {
    const p = map.latLngToContainerPoint([lat, lon]);
    return { x: frame.left + p.x, y: frame.top + p.y };
  };
  const taken = obstacles.map((o) => boxOf(o.getBoundingClientRect()));
  // Every box is read before any name moves, so the page is laid out once for all of them.
  const measured = names.flatMap(({ marker }, i) => {
    const text = marker.getElement()?.querySelector('.country-label-text');
    if (!text) return [];
    const [left, top, right, bottom] = boxOf(text.getBoundingClientRect());
    const { lat, lng } = marker.getLatLng();
    const at = onPage(lat, lng);
    const box: Box = [left - at.x, top - at.y, right - at.x, bottom - at.y];
    return [{ marker, points: spots[i] ?? [], text, box }];
  });
  for (const { marker, points, text, box } of measured) {
    const onScreen = points.map(([lon, lat]) => onPage(lat, lon));
    const chosen = firstClearSpot(onScreen, box, boxOf(frame), taken);
    if (chosen !== undefined) {
      const [lon, lat] = points[chosen]!;
      const { x, y } = onScreen[chosen]!;
      marker.setLatLng([lat, lon]);
      // A name placed earlier keeps its place.
      taken.push([x + box[0], y + box[1], x + box[2], y + box[3]]);
    }
    text.classList.toggle('label-hidden', chosen === undefined);
  }
}
