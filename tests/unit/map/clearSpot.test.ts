import { describe, expect, test } from 'vitest';
import { firstClearSpot } from '../../../src/lib/map/clearSpot.ts';
import type { Box } from '../../../src/lib/map/geometry.ts';

// A name 40 px wide and 10 px high, centred on its anchor, in a map 200 × 100 px.
const name: Box = [-20, -5, 20, 5];
const frame: Box = [0, 0, 200, 100];

describe('choosing where a country name goes on the live map', () => {
  test('takes the first spot when nothing is in the way', () => {
    expect(
      firstClearSpot(
        [
          { x: 100, y: 50 },
          { x: 50, y: 50 },
        ],
        name,
        frame,
        [],
      ),
    ).toBe(0);
  });

  test('moves off a place name that the first spot would cover', () => {
    // Parsabad's name beside its dot, where the country's name would first go.
    const placeName: Box = [90, 45, 150, 60];
    expect(
      firstClearSpot(
        [
          { x: 100, y: 50 },
          { x: 100, y: 80 },
        ],
        name,
        frame,
        [placeName],
      ),
    ).toBe(1);
  });

  test('keeps the name whole inside the map', () => {
    // At x = 10 the name would run 10 px off the left edge ("EORGIA").
    expect(
      firstClearSpot(
        [
          { x: 10, y: 50 },
          { x: 30, y: 50 },
        ],
        name,
        frame,
        [],
      ),
    ).toBe(1);
    expect(firstClearSpot([{ x: 100, y: 2 }], name, frame, [])).toBeUndefined();
  });

  test('lets a name touch an obstacle edge to edge, but not overlap it', () => {
    expect(firstClearSpot([{ x: 100, y: 50 }], name, frame, [[120, 40, 130, 60]])).toBe(0);
    expect(firstClearSpot([{ x: 100, y: 50 }], name, frame, [[119, 40, 130, 60]])).toBeUndefined();
  });

  test('finds no spot where every one is covered', () => {
    expect(
      firstClearSpot(
        [
          { x: 100, y: 50 },
          { x: 60, y: 50 },
        ],
        name,
        frame,
        [[0, 0, 200, 100]],
      ),
    ).toBeUndefined();
    expect(firstClearSpot([], name, frame, [])).toBeUndefined();
  });
});
