import { expect, test } from 'vitest';
import { REGION } from '../../../src/lib/map/basemap.ts';
import { boxAround, boxAroundAll } from '../../../src/lib/map/projection.ts';

const jolfa = { lon: 45.63, lat: 38.94 };
const parsabad = { lon: 47.92, lat: 39.65 };

test('one point gets the same close-up as boxAround gives it', () => {
  expect(boxAroundAll([jolfa], REGION)).toEqual(boxAround(jolfa.lon, jolfa.lat, REGION));
});

test('several points all fit, with a margin, inside the region', () => {
  const [w, s, e, n] = boxAroundAll([jolfa, parsabad], REGION, 0.35);
  expect(w).toBeCloseTo(jolfa.lon - 0.35, 5);
  expect(e).toBeCloseTo(parsabad.lon + 0.35, 5);
  expect(s).toBeLessThan(jolfa.lat);
  expect(n).toBeGreaterThan(parsabad.lat);
  expect(w).toBeGreaterThanOrEqual(REGION[0]);
  expect(n).toBeLessThanOrEqual(REGION[3]);
});

test('points spread wider than the region get the whole region', () => {
  expect(
    boxAroundAll(
      [
        { lon: 40, lat: 36 },
        { lon: 52, lat: 43 },
      ],
      REGION,
    ),
  ).toEqual(REGION);
  expect(boxAroundAll([], REGION)).toEqual(REGION);
});
