/**
 * The map that needs no JavaScript, drawn: the basemap's countries as SVG path data in a
 * projection's box, written as short as one decimal allows. Where names and markers go is
 * `labels.ts` and `markers.ts`; StaticMap.astro lays it all out.
 */
import type { Position } from 'geojson';
import { HOME_COUNTRY_NUMERIC } from '../../consts.ts';
import type { Basemap } from './basemap.ts';
import { clipRing, insideRing, polygonsOf, ringArea, ringCentroid } from './geometry.ts';
import { round1, type Projection } from './projection.ts';

/** A number as short as SVG allows at one decimal: 0.5 is ".5", -0.5 is "-.5", 3.0 is "3". */
function num(n: number): string {
  const s = String(round1(n) || 0);
  return s.replace(/^(-?)0\./, '$1.');
}

/** Joins numbers with the fewest separators: a minus sign, or a second decimal point, separates by itself. */
function numbers(values: readonly number[]): string {
  let out = '';
  let previous = '';
  for (const value of values) {
    const s = num(value);
    const needsSpace = out !== '' && !s.startsWith('-') && !(s.startsWith('.') && previous.includes('.'));
    out += (needsSpace ? ' ' : '') + s;
    previous = s;
  }
  return out;
}

/**
 * A closed ring as path data with relative moves, dropping points closer than `tolerance`
 * units to the last one kept. Differences are taken between rounded points, so the rounding
 * never accumulates along the ring. Returns '' for a ring too small to see.
 */
export function ringPath(ring: readonly Position[], project: Projection['project'], tolerance = 1): string {
  const points: [number, number][] = [];
  for (const [lon, lat] of ring) {
    const p = project(lon!, lat!);
    const last = points.at(-1);
    if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= tolerance) points.push(p);
  }
  // The ring closes itself with `z`; a repeated first point is not needed.
  const first = points[0];
  const end = points.at(-1);
  if (first && end && points.length > 1 && Math.hypot(first[0] - end[0], first[1] - end[1]) < tolerance) points.pop();
  if (points.length < 3) return '';
  const [x0, y0] = points[0]!;
  const steps: number[] = [];
  for (let i = 1; i < points.length; i++) {
    steps.push(round1(points[i]![0] - points[i - 1]![0]), round1(points[i]![1] - points[i - 1]![1]));
  }
  return `M${numbers([x0, y0])}l${numbers(steps)}z`;
}

export interface CountryShape {
  id: string;
  name: string;
  /** True for Iran, drawn lighter as the Leaflet map does. */
  home: boolean;
  /** Path data, every point inside the viewBox. */
  d: string;
  /** Where the name goes: the centre of the country's largest piece in view. */
  labelAt: [number, number];
  /** The area of that piece in square SVG units, to leave out names of slivers. */
  labelArea: number;
  /** Named pieces in view other than that one (the basemap's exclaves), placed the same way. */
  exclaves: { name: string; labelAt: [number, number]; labelArea: number }[];
}

/**
 * The basemap's countries as SVG paths in the projection's box: each ring clipped to the box,
 * projected, thinned to `tolerance` units and written at one decimal.
 */
export function countryShapes(basemap: Basemap, proj: Projection, tolerance = 1): CountryShape[] {
  const shapes: CountryShape[] = [];
  for (const country of basemap.features) {
    let d = '';
    const pieces: { area: number; at: [number, number]; ring: [number, number][] }[] = [];
    for (const rings of polygonsOf(country.geometry)) {
      rings.forEach((ring, i) => {
        const clipped = clipRing(ring, proj.bbox);
        if (clipped.length === 0) return;
        const path = ringPath(clipped, proj.project, tolerance);
        if (!path) return;
        d += path;
        if (i === 0) {
          const projected = clipped.map(([lon, lat]) => proj.project(lon!, lat!));
          const centroid = ringCentroid(projected);
          if (centroid)
            pieces.push({
              area: Math.abs(ringArea(projected)),
              at: [round1(centroid[0]), round1(centroid[1])],
              ring: projected,
            });
        }
      });
    }
    if (!d) continue;
    const named = country.properties.exclaves.flatMap(({ name, label }) => {
      const at = proj.project(label[0], label[1]);
      const piece = pieces.find((p) => insideRing(at, p.ring));
      return piece ? [{ name, piece }] : [];
    });
    const largest = pieces
      .filter((p) => !named.some((n) => n.piece === p))
      .reduce<(typeof pieces)[number] | undefined>((a, b) => (a && a.area >= b.area ? a : b), undefined);
    shapes.push({
      id: country.properties.id,
      name: country.properties.name,
      home: country.properties.id === HOME_COUNTRY_NUMERIC,
      d,
      labelAt: largest?.at ?? [0, 0],
      labelArea: largest?.area ?? 0,
      exclaves: named.map(({ name, piece }) => ({ name, labelAt: piece.at, labelArea: piece.area })),
    });
  }
  return shapes;
}

/**
 * An open line as path data in the projection's box, thinned to `tolerance` units like the
 * rings: only the runs of points inside the box, each with one point beyond either end so that
 * the line runs on to the edge. Returns '' where none of it is in view.
 */
export function linePath(line: readonly Position[], proj: Projection, tolerance = 1): string {
  const [west, south, east, north] = proj.bbox;
  const inside = (p: Position) => p[0]! >= west && p[0]! <= east && p[1]! >= south && p[1]! <= north;
  const keep = line.map(
    (p, i) => inside(p) || (i > 0 && inside(line[i - 1]!)) || (i + 1 < line.length && inside(line[i + 1]!)),
  );
  let d = '';
  let run: [number, number][] = [];
  const flush = () => {
    if (run.length > 1) {
      const steps: number[] = [];
      for (let i = 1; i < run.length; i++)
        steps.push(round1(run[i]![0] - run[i - 1]![0]), round1(run[i]![1] - run[i - 1]![1]));
      d += `M${numbers(run[0]!)}l${numbers(steps)}`;
    }
    run = [];
  };
  line.forEach((point, i) => {
    if (!keep[i]) return flush();
    const p = proj.project(point[0]!, point[1]!);
    const last = run.at(-1);
    if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= tolerance || i + 1 === line.length || !keep[i + 1])
      run.push(p);
  });
  flush();
  return d;
}

/** A line's points in the projection's SVG units, for placing its name. */
export const projectLine = (line: readonly Position[], proj: Projection): [number, number][] =>
  line.map(([lon, lat]) => proj.project(lon!, lat!));
