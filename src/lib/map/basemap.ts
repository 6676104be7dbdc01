/**
 * The offline basemap: country shapes from Natural Earth (the world-atlas package), clipped to
 * the region and simplified at build time, so the map needs no tile server.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryObject, Objects, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import { clipRing, insideRing, polygonsOf, ringArea, ringCentroid, type BBox } from './geometry.ts';

/** The region the site covers: the South Caucasus and Iran's north-west, with a margin. */
export const REGION: BBox = [43.2, 37.4, 50.6, 41.6];

/** A piece of a country that the maps name as well as the country. */
export interface Exclave {
  /** The country's ISO 3166-1 numeric code, as the basemap has it. */
  country: string;
  /** Its name in English, as the maps show it on English pages. */
  name: string;
  /** A point inside it, which finds the piece among the country's shapes. */
  inside: [number, number];
  /** Its name in the site's other languages, each from `namesSource`. */
  localNames: Partial<Record<'fa' | 'az', string>>;
  namesSource: string;
}

/** Azerbaijan's Nakhchivan, cut off from the rest of it by Armenia. */
export const EXCLAVES: readonly Exclave[] = [
  {
    country: '031',
    name: 'Nakhchivan',
    inside: [45.4, 39.2],
    localNames: { fa: 'نخجوان', az: 'Naxçıvan' },
    namesSource:
      'Persian Wikipedia, article "جمهوری خودمختار نخجوان" (read through its fa.mgwiki.top mirror, ' +
      'December 2026), which also gives the Azerbaijani name, "Naxçıvan Muxtar Respublikası"',
  },
];

/**
 * The basemap's countries by their ISO 3166-1 numeric code (world-atlas's ids) with their
 * alpha-2 code (the content's `country` and the dictionaries' `country.XX`), so that maps can
 * name them in the page's language.
 */
export const COUNTRY_ALPHA2: Readonly<Record<string, string>> = {
  '031': 'AZ',
  '051': 'AM',
  '268': 'GE',
  '364': 'IR',
  '643': 'RU',
  '792': 'TR',
};

export interface CountryProperties {
  /** ISO 3166-1 numeric code, as world-atlas gives it: "364" for Iran. */
  id: string;
  name: string;
  /** Where to put the country's label: inside the largest piece of it in the region. */
  label: [number, number];
  /** Named pieces away from the largest one (EXCLAVES) in the region, each with its label point. */
  exclaves: { name: string; label: [number, number] }[];
}

export type Basemap = FeatureCollection<Polygon | MultiPolygon, CountryProperties>;

const round = (n: number) => Math.round(n * 1000) / 1000;

/** The centroid of an outer ring, to 0.001°; rings with no area were dropped before. */
function labelPoint(ring: Position[]): [number, number] {
  const [x, y] = ringCentroid(ring)!;
  return [round(x), round(y)];
}

const simplified = new WeakMap<Topology, Map<number, Topology>>();

/**
 * The world topology simplified to `minWeight` square degrees, once per topology and weight:
 * the basemap and the river drawn on it (river.ts) come from the same lines, so they meet.
 */
export function simplifyWorld(world: Topology, minWeight = 0.0001): Topology {
  const byWeight = simplified.get(world) ?? new Map<number, Topology>();
  simplified.set(world, byWeight);
  let simple = byWeight.get(minWeight);
  if (!simple) {
    simple = simplify(presimplify(world as Topology<Objects<Record<string, never>>>), minWeight);
    byWeight.set(minWeight, simple);
  }
  return simple;
}

/**
 * Builds the regional basemap from a world-atlas topology: every country that reaches into
 * `bbox`, simplified (`minWeight` in square degrees) and clipped to it, coordinates to 0.001°.
 */
export function buildBasemap(world: Topology, bbox: BBox = REGION, minWeight = 0.0001): Basemap {
  const simple = simplifyWorld(world, minWeight);
  const countries = feature(simple, simple.objects['countries'] as GeometryObject) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const features: Feature<MultiPolygon, CountryProperties>[] = [];
  for (const country of countries.features) {
    const clipped = polygonsOf(country.geometry)
      .map((rings) => rings.map((ring) => clipRing(ring, bbox)).filter((ring) => ring.length > 0))
      .filter((rings) => rings.length > 0 && Math.abs(ringArea(rings[0]!)) > 1e-4)
      .map((rings) => rings.map((ring) => ring.map(([x, y]) => [round(x!), round(y!)])));
    if (clipped.length === 0) continue;
    const largest = clipped.reduce((a, b) => (Math.abs(ringArea(b[0]!)) > Math.abs(ringArea(a[0]!)) ? b : a));
    features.push({
      type: 'Feature',
      properties: {
        id: String(country.id),
        name: country.properties.name,
        label: labelPoint(largest[0]!),
        exclaves: EXCLAVES.filter((e) => e.country === String(country.id)).flatMap(({ name, inside }) => {
          const piece = clipped.find((rings) => rings !== largest && insideRing(inside, rings[0]!));
          return piece ? [{ name, label: labelPoint(piece[0]!) }] : [];
        }),
      },
      geometry: { type: 'MultiPolygon', coordinates: clipped },
    });
  }
  return { type: 'FeatureCollection', features };
}
