import { describe, expect, test } from 'vitest';
import { REGION } from '../../../src/lib/map/basemap.ts';
import { boxAround, projection } from '../../../src/lib/map/projection.ts';

describe('the projection', () => {
  const proj = projection(REGION, 640);
  const [west, south, east, north] = REGION;

  test('puts the north-west corner at the origin and the south-east corner at the far corner', () => {
    expect(proj.project(west, north)).toEqual([0, 0]);
    expect(proj.project(east, south)).toEqual([640, proj.height]);
  });

  test('shrinks longitude by the cosine of the middle latitude, so shapes keep their proportions', () => {
    const [x1, y1] = proj.project(46, 39);
    const [x2] = proj.project(47, 39);
    const [, y2] = proj.project(46, 38);
    expect((x2 - x1) / (y2 - y1)).toBeCloseTo(Math.cos((39.5 * Math.PI) / 180), 2);
  });

  test('writes coordinates to one decimal', () => {
    for (const value of proj.project(46.123456, 39.987654)) expect(Math.round(value * 10) / 10).toBe(value);
  });
});

describe('a box around a place', () => {
  test('centres the box on the place', () => {
    const [w, s, e, n] = boxAround(46, 39.5, REGION, 0.9, 0.55);
    expect((w + e) / 2).toBeCloseTo(46);
    expect((s + n) / 2).toBeCloseTo(39.5);
    expect(e - w).toBeCloseTo(1.8);
  });

  test('moves the box, without shrinking it, to keep it inside the region', () => {
    const box = boxAround(43.3, 41.5, REGION, 0.9, 0.55);
    expect(box[0]).toBe(REGION[0]);
    expect(box[3]).toBe(REGION[3]);
    expect(box[2] - box[0]).toBeCloseTo(1.8);
    expect(box[3] - box[1]).toBeCloseTo(1.1);
  });
});
