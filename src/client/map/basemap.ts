/**
 * The offline basemap drawn in Leaflet: the countries, Iran lighter, and each country's and
 * exclave's name, kept over the part of it in view as the reader pans and zooms.
 */
import type * as Leaflet from 'leaflet';
import type { Position } from 'geojson';
import { HOME_COUNTRY_NUMERIC } from '../../consts.ts';
import { clipRing, insideRing, interiorPoints, ringArea, type BBox } from '../../lib/map/geometry.ts';
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
 * Adds the countries and their names to `map`; returns the countries' layer, to fit views to,
 * and the names, for `placeNames`. An exclave (Nakhchivan) is named apart, with its country's
 * name beneath, and its country's own name stays off it.
 */
export function addBasemap(
  L: typeof Leaflet,
  map: Leaflet.Map,
  basemap: unknown,
  countryNames: Readonly<Record<string, string>>,
): { countries: Leaflet.GeoJSON; names: AreaName[] } {
  const countries = L.geoJSON(basemap as GeoJSON.GeoJsonObject, {
    interactive: false,
    style: (feature) => ({
      className: feature?.properties?.id === HOME_COUNTRY_NUMERIC ? 'basemap-home' : 'basemap-country',
      weight: 1,
    }),
  }).addTo(map);
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
      label(at, pieces, 'country-label-exclave', e.name, `(${name})`);
    }
    label(
      props['label'],
      rings.filter((ring) => !exclavePieces.has(ring)),
      'country-label-country',
      name,
    );
  }
  return { countries, names };
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

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Moves every name over the part of its area in view, to the first of its points where it
 * stays whole inside the map and covers none of `obstacles` (markers, the map's controls); hides
 * it where there is no such point, so no half-name ("KEY" for Turkey) shows.
 */
export function placeNames(
  map: Leaflet.Map,
  names: readonly AreaName[],
  frame: DOMRect,
  obstacles: readonly Element[],
) {
  // The view as the page lays the map out, measured rather than taken from Leaflet's size.
  const nw = map.containerPointToLatLng([0, 0]);
  const se = map.containerPointToLatLng([frame.width, frame.height]);
  const view: BBox = [nw.lng, se.lat, se.lng, nw.lat];
  const taken = obstacles.map((o) => o.getBoundingClientRect());
  const fits = (box: DOMRect) =>
    box.left >= frame.left &&
    box.right <= frame.right &&
    box.top >= frame.top &&
    box.bottom <= frame.bottom &&
    !taken.some((t) => overlaps(t, box));
  for (const { marker, pieces } of names) {
    const text = marker.getElement()?.querySelector('.country-label-text');
    if (!text) continue;
    // The best few points only: past them the name would sit near the area's edge.
    const found = namePoints(pieces, view)
      .slice(0, 24)
      .some(([lon, lat]) => {
        marker.setLatLng([lat, lon]);
        const box = text.getBoundingClientRect();
        if (!fits(box)) return false;
        // A name placed earlier keeps its place.
        taken.push(box);
        return true;
      });
    text.classList.toggle('label-hidden', !found);
  }
}
