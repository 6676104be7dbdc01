/**
 * Where a point lies among the world's countries, for checking a place's coordinates against the
 * country it names: the same Natural Earth shapes as the basemap (world-atlas), at 1:50m, which
 * is precise to a kilometre or two and parses in a fraction of the 1:10m file's time. Built once
 * per process, on first use, so a checker run pays for it once however many places it checks.
 */
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import { polygonsOf, type BBox } from '../map/geometry.ts';

/** A point in WGS84 degrees, as places write it. */
export interface LatLon {
  lat: number;
  lon: number;
}

interface Country {
  name: string;
  polygons: Position[][][];
  bbox: BBox;
}

/** The atlas's countries by ISO 3166-1 numeric code, and how near a point lies to each. */
export interface CountryShapes {
  /** The country's name in the atlas, or undefined if the atlas has no such code. */
  nameOf(numeric: string): string | undefined;
  /** Kilometres from the point to the country: 0 inside it; undefined if the atlas lacks it. */
  distanceKm(point: LatLon, numeric: string): number | undefined;
  /** The name of the country the point lies in, or undefined at sea or off the atlas. */
  countryAt(point: LatLon): string | undefined;
}

const KM_PER_DEGREE = 111.32;

/** True if the point is inside the polygon's outer ring and outside its holes (even–odd rule). */
function inside([x, y]: [number, number], rings: readonly Position[][]): boolean {
  let odd = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  return odd;
}

/** Kilometres from a point to the nearest edge, on a plane scaled for the point's latitude. */
function edgeKm([x, y]: [number, number], polygons: readonly Position[][][]): number {
  const kx = KM_PER_DEGREE * Math.cos((y * Math.PI) / 180);
  let best = Infinity;
  for (const rings of polygons)
    for (const ring of rings)
      for (let i = 1; i < ring.length; i++) {
        const [ax = 0, ay = 0] = ring[i - 1] ?? [];
        const [bx = 0, by = 0] = ring[i] ?? [];
        const [px, py, qx, qy] = [(ax - x) * kx, (ay - y) * KM_PER_DEGREE, (bx - x) * kx, (by - y) * KM_PER_DEGREE];
        const dx = qx - px;
        const dy = qy - py;
        const length = dx * dx + dy * dy;
        const t = length === 0 ? 0 : Math.max(0, Math.min(1, -(px * dx + py * dy) / length));
        best = Math.min(best, Math.hypot(px + t * dx, py + t * dy));
      }
  return best;
}

function boxOf(polygons: readonly Position[][][]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons)
    for (const [x = 0, y = 0] of rings[0] ?? []) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  return box;
}

/** The shapes of a world-atlas topology's `countries`, for `CountryShapes`. */
export function countryShapes(topology: Topology): CountryShapes {
  const collection = feature(topology, topology.objects['countries'] as GeometryObject) as FeatureCollection<
    Polygon | MultiPolygon | null,
    { name: string }
  >;
  const countries = new Map<string, Country>();
  for (const f of collection.features) {
    if (!f.geometry || f.id === undefined) continue;
    const polygons = polygonsOf(f.geometry);
    countries.set(String(f.id), { name: f.properties.name, polygons, bbox: boxOf(polygons) });
  }
  const within = ({ lat, lon }: LatLon, c: Country) =>
    lon >= c.bbox[0] &&
    lon <= c.bbox[2] &&
    lat >= c.bbox[1] &&
    lat <= c.bbox[3] &&
    c.polygons.some((rings) => inside([lon, lat], rings));
  return {
    nameOf: (numeric) => countries.get(numeric)?.name,
    distanceKm(point, numeric) {
      const country = countries.get(numeric);
      if (!country) return undefined;
      return within(point, country) ? 0 : edgeKm([point.lon, point.lat], country.polygons);
    },
    countryAt(point) {
      for (const country of countries.values()) if (within(point, country)) return country.name;
      return undefined;
    },
  };
}

let shared: CountryShapes | undefined;

/** The world's country shapes at 1:50m, built on first use and shared afterwards. */
export function worldShapes(): CountryShapes {
  shared ??= countryShapes(world as unknown as Topology);
  return shared;
}
