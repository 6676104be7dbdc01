/**
 * The offline basemap: country shapes from Natural Earth (the world-atlas package), clipped to
 * the region and simplified at build time, so the map needs no tile server.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryObject, Objects, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** The region the site covers: the South Caucasus and Iran's north-west, with a margin. */
export const REGION: BBox = [43.2, 37.4, 50.6, 41.6];

export interface CountryProperties {
  /** ISO 3166-1 numeric code, as world-atlas gives it: "364" for Iran. */
  id: string;
  name: string;
  /** Where to put the country's label: inside the largest piece of it in the region. */
  label: [number, number];
}

export type Basemap = FeatureCollection<Polygon | MultiPolygon, CountryProperties>;

type Ring = Position[];

/** Clips a closed ring to a box (Sutherland–Hodgman); returns [] if nothing is left. */
export function clipRing(ring: readonly Position[], [west, south, east, north]: BBox): Ring {
  const edges: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
    [(p) => p[0]! >= west, (a, b) => atX(a, b, west)],
    [(p) => p[0]! <= east, (a, b) => atX(a, b, east)],
    [(p) => p[1]! >= south, (a, b) => atY(a, b, south)],
    [(p) => p[1]! <= north, (a, b) => atY(a, b, north)],
  ];
  let points: Position[] = ring.slice(0, -1);
  for (const [inside, cross] of edges) {
    const input = points;
    points = [];
    input.forEach((current, i) => {
      const previous = input[(i + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) points.push(cross(previous, current));
        points.push(current);
      } else if (inside(previous)) {
        points.push(cross(previous, current));
      }
    });
    if (points.length === 0) return [];
  }
  return points.length < 3 ? [] : [...points, points[0]!];
}

function atX(a: Position, b: Position, x: number): Position {
  const t = (x - a[0]!) / (b[0]! - a[0]!);
  return [x, a[1]! + t * (b[1]! - a[1]!)];
}

function atY(a: Position, b: Position, y: number): Position {
  const t = (y - a[1]!) / (b[1]! - a[1]!);
  return [a[0]! + t * (b[0]! - a[0]!), y];
}

/** Signed area of a ring in square degrees (shoelace). */
function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum / 2;
}

function ringCentroid(ring: Ring): [number, number] {
  let x = 0;
  let y = 0;
  const area = ringArea(ring);
  for (let i = 0; i + 1 < ring.length; i++) {
    const cross = ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
    x += (ring[i]![0]! + ring[i + 1]![0]!) * cross;
    y += (ring[i]![1]! + ring[i + 1]![1]!) * cross;
  }
  return [round(x / (6 * area)), round(y / (6 * area))];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Builds the regional basemap from a world-atlas topology: every country that reaches into
 * `bbox`, simplified (`minWeight` in square degrees) and clipped to it, coordinates to 0.001°.
 */
export function buildBasemap(world: Topology, bbox: BBox = REGION, minWeight = 0.0001): Basemap {
  const simple = simplify(presimplify(world as Topology<Objects<{}>>), minWeight);
  const countries = feature(simple, simple.objects['countries'] as GeometryObject) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const features: Feature<MultiPolygon, CountryProperties>[] = [];
  for (const country of countries.features) {
    const polygons =
      country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
    const clipped = polygons
      .map((rings) => rings.map((ring) => clipRing(ring, bbox)).filter((ring) => ring.length > 0))
      .filter((rings) => rings.length > 0 && Math.abs(ringArea(rings[0]!)) > 1e-4)
      .map((rings) => rings.map((ring) => ring.map(([x, y]) => [round(x!), round(y!)])));
    if (clipped.length === 0) continue;
    const largest = clipped.reduce((a, b) => (Math.abs(ringArea(b[0]!)) > Math.abs(ringArea(a[0]!)) ? b : a));
    features.push({
      type: 'Feature',
      properties: { id: String(country.id), name: country.properties.name, label: ringCentroid(largest[0]!) },
      geometry: { type: 'MultiPolygon', coordinates: clipped },
    });
  }
  return { type: 'FeatureCollection', features };
}
