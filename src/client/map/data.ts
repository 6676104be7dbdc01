/**
 * Reading the map's data defensively: it comes over the network and is shown to readers, so
 * every field is checked and every string ends up in `textContent`, never in markup.
 */
import { vertexAlong } from '../../lib/map/geometry.ts';
import { isContested } from '../../lib/timeline/claims.ts';

export interface MapPlace {
  id: string;
  displayName: string;
  lat: number;
  lon: number;
  onBorder: boolean;
  entryCount: number;
  url: string;
  entriesUrl: string;
}

export interface MapEntry {
  id: string;
  date: string;
  dateLabel: string;
  title: string;
  url: string;
  contested: boolean;
  sources: { outlet: string; url: string }[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
/** Only same-site paths are followed: anything else becomes a dead link. */
const sitePath = (v: unknown): string => {
  const s = text(v);
  return s.startsWith('/') && !s.startsWith('//') ? s : '#';
};

/** Places from `/data/places.geojson`; features that are not well-formed are skipped. */
export function parsePlaces(json: unknown): MapPlace[] {
  if (!isRecord(json) || !Array.isArray(json['features'])) return [];
  return json['features'].flatMap((f: unknown): MapPlace[] => {
    if (!isRecord(f) || !isRecord(f['geometry']) || !isRecord(f['properties'])) return [];
    const [lon, lat] = Array.isArray(f['geometry']['coordinates']) ? f['geometry']['coordinates'] : [];
    const p = f['properties'];
    if (typeof lat !== 'number' || typeof lon !== 'number' || !text(p['id'])) return [];
    return [
      {
        id: text(p['id']),
        displayName: text(p['displayName']) || text(p['name']) || text(p['id']),
        lat,
        lon,
        onBorder: p['onBorder'] === true,
        entryCount: typeof p['entryCount'] === 'number' ? p['entryCount'] : 0,
        url: sitePath(p['url']),
        entriesUrl: sitePath(p['entriesUrl']),
      },
    ];
  });
}

/** Entries from `/data/places/<id>.json`. */
export function parseEntries(json: unknown): MapEntry[] {
  if (!isRecord(json) || !Array.isArray(json['entries'])) return [];
  return json['entries'].flatMap((e: unknown): MapEntry[] => {
    if (!isRecord(e) || !text(e['id'])) return [];
    const sources = Array.isArray(e['sources']) ? e['sources'].filter(isRecord) : [];
    return [
      {
        id: text(e['id']),
        date: text(e['date']),
        dateLabel: text(e['dateLabel']) || text(e['date']),
        title: text(e['title']),
        url: sitePath(e['url']),
        contested:
          isRecord(e['claim']) && isContested({ by: ids(e['claim']['by']), deniedBy: ids(e['claim']['deniedBy']) }),
        sources: sources.map((s) => ({ outlet: text(s['outlet']), url: sitePath(s['url']) })),
      },
    ];
  });
}

/** A river from `/data/aras.geojson`: its line, and the place it links to once the gazetteer has it. */
export interface MapRiver {
  id: string;
  displayName: string;
  /** [lat, lon] pairs, as Leaflet takes them. */
  line: [number, number][];
  source: string;
  /** The place's page and entries, or undefined while there is no such place. */
  place: MapPlace | undefined;
}

/** The river line, or undefined if the file is not a LineString feature with an id. */
export function parseRiver(json: unknown): MapRiver | undefined {
  if (!isRecord(json) || !isRecord(json['geometry']) || !isRecord(json['properties'])) return undefined;
  const coordinates = json['geometry']['coordinates'];
  const p = json['properties'];
  if (json['geometry']['type'] !== 'LineString' || !Array.isArray(coordinates) || !text(p['id'])) return undefined;
  const line = coordinates.flatMap((c: unknown): [number, number][] =>
    Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number' ? [[c[1], c[0]]] : [],
  );
  if (line.length < 2) return undefined;
  const id = text(p['id']);
  const displayName = text(p['displayName']) || text(p['name']) || id;
  // The place stands at the middle of its line, for whatever wants it as a point.
  const [lat, lon] = line[vertexAlong(line, 0.5)]!;
  return {
    id,
    displayName,
    line,
    source: text(p['source']),
    place:
      typeof p['url'] === 'string' && typeof p['entriesUrl'] === 'string'
        ? {
            id,
            displayName,
            lat,
            lon,
            onBorder: true,
            entryCount: typeof p['entryCount'] === 'number' ? p['entryCount'] : 0,
            url: sitePath(p['url']),
            entriesUrl: sitePath(p['entriesUrl']),
          }
        : undefined,
  };
}
