/**
 * The static map's markers: which places are drawn, how large, and which merge into one group.
 * Sizes are chosen in on-screen pixels for the scale a layer is meant to be seen at, and turned
 * into SVG units here, so a 44 px touch target stays 44 px on screen in a narrow column too.
 */
import { clusterPoints } from './cluster.ts';
import { round1, type Projection } from './projection.ts';

/** A place as the map needs it. */
export interface MapPlace {
  id: string;
  /** The short visible label: "Khojavend". */
  name: string;
  /** The full name for the accessible label: "Khojavend (Martuni)". */
  fullName: string;
  lon: number;
  lat: number;
  onBorder: boolean;
}

/** How a label's text lines up with its x: SVG's `text-anchor`. */
export type Anchor = 'start' | 'middle' | 'end';

/** What is drawn for one place, or for several places too close to draw apart. */
export interface Marker {
  /** The places it stands for, in the order given; one for a single place. */
  places: MapPlace[];
  x: number;
  y: number;
  highlighted: boolean;
  /**
   * The label of a single place (a group has none). `fits` is false where it would cover
   * another marker or label: it is then shown only while the marker is hovered or focused.
   */
  label?: { x: number; y: number; anchor: Anchor; text: string; fits: boolean };
}

/**
 * Sizes for one layer of markers, in on-screen pixels, and the scale (CSS pixels per SVG unit)
 * the layer is drawn for. A map shown in a narrow column gets a layer whose markers are larger in
 * SVG units, so that they stay as large on screen.
 */
export interface MarkerLayer {
  /** CSS pixels per SVG unit at which this layer is meant to be seen. */
  scale: number;
  /** Markers closer than this on screen merge into one group. */
  clusterPx: number;
  dotPx: number;
  /** Radius of the invisible touch target: 22 px makes a 44 px target. */
  hitPx: number;
  fontPx: number;
  /** The font size of the country names. */
  countryFontPx: number;
}

/** A layer's sizes in SVG units. */
export type LayerUnits = ReturnType<typeof layerUnits>;

/** Converts a layer's on-screen sizes into SVG units. */
export function layerUnits(layer: MarkerLayer) {
  const u = (px: number) => round1(px / layer.scale);
  return {
    cluster: u(layer.clusterPx),
    dot: u(layer.dotPx),
    // Rounded up: a touch target must not come out a fraction of a pixel short.
    hit: Math.ceil((layer.hitPx / layer.scale) * 10) / 10,
    font: u(layer.fontPx),
    countryFont: u(layer.countryFontPx),
  };
}

/**
 * The radius of a marker's dot in SVG units, unrounded: a group's dot is larger than a place's,
 * and the highlighted place's a little larger than its neighbours'. Layout and drawing both use it.
 */
export function markerRadius(marker: Pick<Marker, 'places' | 'highlighted'>, units: LayerUnits): number {
  if (marker.places.length > 1) return units.dot * 1.6;
  return marker.highlighted ? units.dot * 1.4 : units.dot;
}

/**
 * Groups places whose markers would lie within `radius` units of each other, by the same rule
 * as the Leaflet map's clusters (`clusterPoints`: greedy, in the order given). A group is drawn
 * at the mean of its places. The place in `keep` (the page's own place) is never merged into a
 * group, and comes first.
 */
export function clusterPlaces(
  places: readonly MapPlace[],
  proj: Projection,
  radius: number,
  keep?: string,
): { places: MapPlace[]; x: number; y: number }[] {
  const at = (place: MapPlace) => {
    const [x, y] = proj.project(place.lon, place.lat);
    return { x, y, item: place };
  };
  const kept = places.filter((p) => p.id === keep).map((p) => [p]);
  const groups = [...kept, ...clusterPoints(places.filter((p) => p.id !== keep).map(at), radius)];
  return groups.map((group) => {
    const points = group.map(at);
    return {
      places: group,
      x: round1(points.reduce((s, p) => s + p.x, 0) / points.length),
      y: round1(points.reduce((s, p) => s + p.y, 0) / points.length),
    };
  });
}

/** "3 places: Jolfa, Khoda Afarin, Parsabad": the accessible name of a group marker. */
export function groupLabel(places: readonly MapPlace[]): string {
  return `${places.length} places: ${places.map((p) => p.fullName).join(', ')}`;
}
