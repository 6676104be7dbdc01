/**
 * The `#place-<id>` fragment: the id of a place's row in the lists of places, and the hash that
 * opens the map on a place. Links are made with it at build time and read back in the browser,
 * so both sides import this module; it depends on nothing.
 */

/** The element id of a place's row: `placeAnchor('jolfa')` is "place-jolfa". */
export const placeAnchor = (id: string) => `place-${id}`;

/** The URL fragment that points at a place: `placeHash('jolfa')` is "#place-jolfa". */
export const placeHash = (id: string) => `#${placeAnchor(id)}`;

/** The place id in a URL's hash, if it names one: `placeFromHash('#place-jolfa')` is "jolfa". */
export function placeFromHash(hash: string): string | undefined {
  const match = /^#place-([a-z0-9-]+)$/.exec(hash);
  return match?.[1];
}
