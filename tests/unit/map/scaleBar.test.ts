import { describe, expect, test } from 'vitest';
import { REGION } from '../../../src/lib/map/basemap.ts';
import { projection } from '../../../src/lib/map/projection.ts';
import { KM_PER_DEGREE, roundDistance, scaleBar, unitsPerKm } from '../../../src/lib/map/scaleBar.ts';

describe('the static map’s scale bar', () => {
  test('rounds down to 1, 2 or 5 times a power of ten', () => {
    expect([340, 200, 199, 99, 51, 5, 4.9, 0.7, 1].map(roundDistance)).toEqual([200, 200, 100, 50, 50, 5, 2, 0.5, 1]);
    expect(() => roundDistance(0)).toThrow(/positive distance/);
  });

  test('measures a degree of latitude as about 111 km', () => {
    expect(KM_PER_DEGREE).toBeCloseTo(111.19, 2);
    const proj = projection([45, 38, 47, 40], 600);
    // Two degrees of latitude, top to bottom.
    expect(proj.height / unitsPerKm(proj)).toBeCloseTo(2 * KM_PER_DEGREE, 6);
  });

  test('is as long on the map as its distance along the middle parallel', () => {
    const proj = projection(REGION, 640);
    const bar = scaleBar(proj, 160);
    expect(bar).toMatchObject({ km: 100, label: '100 km' });
    // 100 km east along the middle latitude is the bar's length.
    const mid = (REGION[1] + REGION[3]) / 2;
    const degrees = 100 / (KM_PER_DEGREE * Math.cos((mid * Math.PI) / 180));
    const [x0] = proj.project(REGION[0], mid);
    const [x1] = proj.project(REGION[0] + degrees, mid);
    expect(bar.length).toBeCloseTo(x1 - x0, 0);
    expect(bar.length).toBeLessThanOrEqual(160);
  });

  test('picks a shorter distance on a map zoomed in on one place', () => {
    const bar = scaleBar(projection([45.2, 38.4, 46.8, 39.5], 640), 160);
    expect(bar.km).toBe(20);
    expect(bar.length).toBeGreaterThan(80);
  });
});
