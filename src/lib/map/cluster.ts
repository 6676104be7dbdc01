/**
 * Grouping markers that would overlap on screen. Greedy and order-preserving: each point joins
 * the first group whose seed lies within `radius` pixels, else seeds a new group.
 */
export interface ScreenPoint<T> {
  x: number;
  y: number;
  item: T;
}

/** `clusterPoints([{x:0,y:0,item:'a'},{x:5,y:0,item:'b'}], 10)` is `[['a','b']]`. */
export function clusterPoints<T>(points: readonly ScreenPoint<T>[], radius: number): T[][] {
  const groups: { x: number; y: number; items: T[] }[] = [];
  for (const p of points) {
    const group = groups.find((g) => Math.hypot(g.x - p.x, g.y - p.y) <= radius);
    if (group) group.items.push(p.item);
    else groups.push({ x: p.x, y: p.y, items: [p.item] });
  }
  return groups.map((g) => g.items);
}
