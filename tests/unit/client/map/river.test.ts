import { describe, expect, test } from 'vitest';
import { buttonCandidates, chooseButtonPoint } from '../../../../src/client/map/river.ts';

describe('where the river’s button goes on the Leaflet map', () => {
  const button = { width: 64, height: 28 };
  const frame = { x: 800, y: 400 };

  test('tries the middle of the line first, then points further out', () => {
    const line = Array.from({ length: 11 }, (_, i): [number, number] => [39, 45 + i / 10]);
    const [first, second, third] = buttonCandidates(line);
    expect(first).toEqual([39, 45.5]);
    expect(Math.abs(second![1] - 45.5)).toBeLessThan(0.11);
    expect(Math.sign(second![1] - 45.5)).toBe(-Math.sign(third![1] - 45.5));
  });

  test('keeps clear of a place’s dot and of its name to the right of it', () => {
    const candidates = [
      { x: 100, y: 100 },
      { x: 300, y: 100 },
      { x: 500, y: 100 },
    ];
    expect(chooseButtonPoint(candidates, [], button, frame)).toBe(0);
    // The dot at 100 covers the first; the name of the place at 200 runs over the second.
    const places = [
      { x: 100, y: 110, name: 'Jolfa' },
      { x: 200, y: 100, name: 'Khoda Afarin' },
    ];
    expect(chooseButtonPoint(candidates, places, button, frame)).toBe(2);
    // Where every point covers something, the one that covers least.
    const crowded = [...places, { x: 80, y: 100, name: 'Asgaran' }];
    expect(chooseButtonPoint(candidates.slice(0, 2), crowded, button, frame)).toBe(1);
  });

  test('would rather cover two names than one dot', () => {
    const candidates = [
      { x: 100, y: 100 },
      { x: 400, y: 100 },
    ];
    const places = [
      { x: 110, y: 100, name: 'Jolfa' },
      { x: 330, y: 95, name: 'Khoda Afarin' },
      { x: 340, y: 105, name: 'Parsabad' },
    ];
    expect(chooseButtonPoint(candidates, places, button, frame)).toBe(1);
  });

  test('stays inside the map', () => {
    const candidates = [
      { x: 10, y: 100 },
      { x: 300, y: 390 },
      { x: 300, y: 200 },
    ];
    expect(chooseButtonPoint(candidates, [], button, frame)).toBe(2);
    // Where only a covered point is inside, it is still better than one off the map.
    expect(chooseButtonPoint(candidates, [{ x: 300, y: 200, name: 'Jolfa' }], button, frame)).toBe(2);
  });
});
