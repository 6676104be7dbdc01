import { describe, expect, test } from 'vitest';
import { clusterPoints } from '../../../src/lib/map/cluster.ts';

describe('clustering markers', () => {
  test('groups points within the radius and keeps far ones apart', () => {
    const points = [
      { x: 0, y: 0, item: 'a' },
      { x: 30, y: 0, item: 'far' },
      { x: 6, y: 8, item: 'b' },
    ];
    expect(clusterPoints(points, 10)).toEqual([['a', 'b'], ['far']]);
    expect(clusterPoints(points, 40)).toEqual([['a', 'far', 'b']]);
  });
});
