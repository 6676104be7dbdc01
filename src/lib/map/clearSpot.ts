/**
 * Where a name goes on the live map: the first of the spots it may take where it stays whole
 * inside the map and covers nothing already there. Pure arithmetic on screen boxes, so the
 * page measures each name once and never moves it to try a spot.
 */
import { overlaps, type Box } from './geometry.ts';

/**
 * The index of the first of `spots` (the name's anchor, in pixels) where the name's box, `box`
 * placed relative to its anchor, lies inside `frame` and overlaps none of `taken`; undefined
 * where there is none:
 * `firstClearSpot([{ x: 5, y: 5 }, { x: 50, y: 5 }], [-4, -2, 4, 2], [0, 0, 100, 10], [[0, 0, 10, 10]])` is 1.
 */
export function firstClearSpot(
  spots: readonly { x: number; y: number }[],
  box: Box,
  frame: Box,
  taken: readonly Box[],
): number | undefined {
  const index = spots.findIndex(({ x, y }) => {
    const at: Box = [x + box[0], y + box[1], x + box[2], y + box[3]];
    return (
      at[0] >= frame[0] &&
      at[1] >= frame[1] &&
      at[2] <= frame[2] &&
      at[3] <= frame[3] &&
      !taken.some((t) => overlaps(t, at))
    );
  });
  return index === -1 ? undefined : index;
}
