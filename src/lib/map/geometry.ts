/**
 * Plane geometry on rings and boxes, in whatever units the caller works in (degrees for the
 * basemap, SVG units for the static map). Pure arithmetic: no projection, no drawing.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** An axis-aligned box on screen or in SVG units: [x1, y1, x2, y2]. */
export type Box = [number, number, number, number];

/** True where two boxes share some area; touching edges do not count. */
export const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** A Polygon's or a MultiPolygon's coordinates as a list of polygons, so both are walked alike. */
export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Clips a closed ring to a box (Sutherland–Hodgman); returns [] if nothing is left. */
export function clipRing(ring: readonly Position[], [west, south, east, north]: BBox): Position[] {
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

/** Twice the signed area of a closed ring (its last point repeats its first): the shoelace sum. */
function shoelace(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum;
}

/** Signed area of a closed ring: `ringArea([[0,0],[1,0],[1,1],[0,1],[0,0]])` is 1 (anticlockwise is positive). */
export const ringArea = (ring: readonly Position[]) => shoelace(ring) / 2;

/**
 * The centroid of a closed ring, unrounded, or undefined for a ring with no area:
 * `ringCentroid([[0,0],[2,0],[2,2],[0,2],[0,0]])` is [1, 1].
 */
export function ringCentroid(ring: readonly Position[]): [number, number] | undefined {
  const a = shoelace(ring);
  if (a === 0) return undefined;
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const cross = ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
    x += (ring[i]![0]! + ring[i + 1]![0]!) * cross;
    y += (ring[i]![1]! + ring[i + 1]![1]!) * cross;
  }
  return [x / (3 * a), y / (3 * a)];
}

/** True where a point lies inside a closed ring (even–odd rule): `insideRing([1,1], square)`. */
export function insideRing([x, y]: readonly number[], ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

/**
 * The index of the vertex of a line nearest to `fraction` of its length from its start, in
 * whatever units the line is in: `vertexAlong([[0,0],[1,0],[4,0]], 0.5)` is 1 (2 of 4 units lies
 * nearer the vertex at 1 than the one at 4).
 */
export function vertexAlong(line: readonly Position[], fraction: number): number {
  const lengths = [0];
  for (let i = 1; i < line.length; i++)
    lengths.push(lengths[i - 1]! + Math.hypot(line[i]![0]! - line[i - 1]![0]!, line[i]![1]! - line[i - 1]![1]!));
  const target = lengths.at(-1)! * fraction;
  let best = 0;
  lengths.forEach((l, i) => {
    if (Math.abs(l - target) < Math.abs(lengths[best]! - target)) best = i;
  });
  return best;
}

/**
 * The squared distance from (x, y) to the segment from `a` to `b`: squared, since only the
 * order of distances matters to its caller, which calls it for every edge of a ring many times.
 */
function segmentDistance2(x: number, y: number, a: Position, b: Position): number {
  const ax = a[0]!;
  const ay = a[1]!;
  const dx = b[0]! - ax;
  const dy = b[1]! - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
  const ex = x - (ax + t * dx);
  const ey = y - (ay + t * dy);
  return ex * ex + ey * ey;
}

/**
 * Points well inside a closed ring, where a name can go even in a crescent whose centroid lies
 * outside it: the points of a `steps` × `steps` grid over the ring's box that lie inside the
 * ring, those farthest from its edges first (nearest the box's middle among equals).
 */
export function interiorPoints(ring: readonly Position[], steps = 16): [number, number][] {
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const points: { at: [number, number]; room: number; off: number }[] = [];
  for (let i = 0; i < steps; i++)
    for (let j = 0; j < steps; j++) {
      const at: [number, number] = [x0 + ((i + 0.5) * (x1 - x0)) / steps, y0 + ((j + 0.5) * (y1 - y0)) / steps];
      if (!insideRing(at, ring)) continue;
      let room = Infinity;
      for (let k = 0; k + 1 < ring.length; k++)
        room = Math.min(room, segmentDistance2(at[0], at[1], ring[k]!, ring[k + 1]!));
      points.push({ at, room, off: (at[0] - (x0 + x1) / 2) ** 2 + (at[1] - (y0 + y1) / 2) ** 2 });
    }
  return points.sort((a, b) => b.room - a.room || a.off - b.off).map((p) => p.at);
}

/** The first of `interiorPoints`: `interiorPoint([[0,0],[4,0],[4,2],[0,2],[0,0]])` is near [2, 1]. */
export const interiorPoint = (ring: readonly Position[], steps = 16): [number, number] | undefined =>
  interiorPoints(ring, steps)[0];
