import { describe, expect, test } from 'vitest';
import {
  clipRing,
  insideRing,
  interiorPoint,
  overlaps,
  polygonsOf,
  ringArea,
  ringCentroid,
  vertexAlong,
} from '../../../src/lib/map/geometry.ts';

describe('clipping a ring to the region', () => {
  const box: [number, number, number, number] = [0, 0, 10, 10];

  test('keeps a ring that lies inside the box as it is', () => {
    const ring = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ];
    expect(clipRing(ring, box)).toEqual(ring);
  });

  test('cuts a ring that crosses the edge at the edge', () => {
    const ring = [
      [5, 5],
      [15, 5],
      [15, 8],
      [5, 8],
      [5, 5],
    ];
    expect(clipRing(ring, box)).toEqual([
      [5, 5],
      [10, 5],
      [10, 8],
      [5, 8],
      [5, 5],
    ]);
  });

  test('drops a ring wholly outside the box', () => {
    expect(
      clipRing(
        [
          [20, 20],
          [21, 20],
          [21, 21],
          [20, 20],
        ],
        box,
      ),
    ).toEqual([]);
  });
});

describe('measuring a ring', () => {
  // Anticlockwise, 4 × 2, with its first point repeated at the end as GeoJSON writes rings.
  const ring = [
    [0, 0],
    [4, 0],
    [4, 2],
    [0, 2],
    [0, 0],
  ];

  test('gives the area, positive for an anticlockwise ring and negative for a clockwise one', () => {
    expect(ringArea(ring)).toBe(8);
    expect(ringArea([...ring].reverse())).toBe(-8);
  });

  test('finds the centre of a ring whichever way it runs', () => {
    expect(ringCentroid(ring)).toEqual([2, 1]);
    expect(ringCentroid([...ring].reverse())).toEqual([2, 1]);
  });

  test('has no centre for a ring with no area', () => {
    expect(
      ringCentroid([
        [0, 0],
        [1, 1],
        [2, 2],
        [0, 0],
      ]),
    ).toBeUndefined();
  });
});

describe('polygons and boxes', () => {
  const square = [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ];

  test('walks a Polygon and a MultiPolygon alike', () => {
    expect(polygonsOf({ type: 'Polygon', coordinates: square })).toEqual([square]);
    expect(polygonsOf({ type: 'MultiPolygon', coordinates: [square, square] })).toEqual([square, square]);
  });

  test('counts boxes as overlapping only where they share area', () => {
    expect(overlaps([0, 0, 2, 2], [1, 1, 3, 3])).toBe(true);
    expect(overlaps([0, 0, 1, 1], [1, 0, 2, 1])).toBe(false);
  });
});

describe('a point inside a ring', () => {
  const square = [
    [0, 0],
    [2, 0],
    [2, 2],
    [0, 2],
    [0, 0],
  ];
  test('is inside, outside or beyond the ring', () => {
    expect(insideRing([1, 1], square)).toBe(true);
    expect(insideRing([3, 1], square)).toBe(false);
    expect(insideRing([1, -0.5], square)).toBe(false);
  });
});

describe('a vertex part-way along a line', () => {
  const line = [
    [0, 0],
    [1, 0],
    [4, 0],
    [4, 4],
  ];
  test('is the vertex nearest that fraction of the line’s length', () => {
    expect(vertexAlong(line, 0)).toBe(0);
    expect(vertexAlong(line, 0.5)).toBe(2);
    expect(vertexAlong(line, 0.2)).toBe(1);
    expect(vertexAlong(line, 1)).toBe(3);
  });
});

describe('a point well inside a ring', () => {
  test('is the middle of a rectangle', () => {
    const [x, y] = interiorPoint([
      [0, 0],
      [4, 0],
      [4, 2],
      [0, 2],
      [0, 0],
    ])!;
    expect(x).toBeCloseTo(2, 0);
    expect(y).toBeCloseTo(1, 0);
  });

  test('lies inside a crescent whose centroid does not', () => {
    // A U open to the north: its centroid falls in the gap between the arms.
    const u = [
      [0, 0],
      [6, 0],
      [6, 6],
      [4, 6],
      [4, 2],
      [2, 2],
      [2, 6],
      [0, 6],
      [0, 0],
    ];
    expect(insideRing(ringCentroid(u)!, u)).toBe(false);
    expect(insideRing(interiorPoint(u)!, u)).toBe(true);
  });
});
