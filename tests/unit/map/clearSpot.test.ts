import { describe, expect, test } from 'vitest';
import { firstClearSpot } from '../../../src/lib/map/clearSpot.ts';
import type { Box } from '../../../src/lib/map/geometry.ts';

// A name 40 px wide and 10 px high, centred on its anchor, in a map 200 × 100 px.
const name: Box = [-20, -5, 20, 5];
const frame: Box = [0, 0, 200, 100];

/** The first of the spots (x, y) where that name is clear of `obstacles` and inside the map. */
const pick = (spots: [number, number][], obstacles: Box[] = []) =>
  firstClearSpot(
    spots.map(([x, y]) => ({ x, y })),
    name,
    frame,
    obstacles,
  );

describe('choosing where a country name goes on the live map', () => {
  test('takes the first spot when nothing is in the way', () => {
    expect(
      pick([
        [100, 50],
        [50, 50],
      ]),
    ).toBe(0);
  });

  test('moves off a place name that the first spot would cover', () => {
    // Parsabad's name beside its dot, where the country's name would first go.
    const placeName: Box = [90, 45, 150, 60];
    expect(
      pick(
        [
          [100, 50],
          [100, 80],
        ],
        [placeName],
      ),
    ).toBe(1);
  });

  test('keeps the name whole inside the map', () => {
    // At x = 10 the name would run 10 px off the left edge ("EORGIA").
    expect(
      pick([
        [10, 50],
        [30, 50],
      ]),
    ).toBe(1);
    expect(pick([[100, 2]])).toBeUndefined();
  });

  test('lets a name touch an obstacle edge to edge, but not overlap it', () => {
    expect(pick([[100, 50]], [[120, 40, 130, 60]])).toBe(0);
    expect(pick([[100, 50]], [[119, 40, 130, 60]])).toBeUndefined();
  });

  test('finds no spot where every one is covered', () => {
    expect(
      pick(
        [
          [100, 50],
          [60, 50],
        ],
        [[0, 0, 200, 100]],
      ),
    ).toBeUndefined();
    expect(pick([])).toBeUndefined();
  });
});
