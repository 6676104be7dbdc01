/**
 * What lies within what in the gazetteer: a place names the place it lies in with `within`
 * (village in county, county in province), and everything else follows transitively.
 * Pure: it reads place records and nothing else, so the checker, the build and the tests share it.
 */
import type { Place } from './schema.ts';
import type { Problem } from './problems.ts';

export interface ContainedPlace {
  id: string;
  /** The file the place came from, for problems: "content/places/aqa-alilou.yaml". */
  filePath?: string;
  data: Pick<Place, 'within'>;
}

/** The containment of a set of places, built once and asked many times. */
export interface Containment {
  /**
   * The places `id` lies in, nearest first, not including `id`:
   * `ancestors('aqa-alilou')` is `['heris', 'east-azerbaijan']`.
   */
  ancestors(id: string): string[];
  /**
   * `id` and every place that lies within it, however deep, `id` first:
   * `placesWithin('heris')` is `['heris', 'aqa-alilou']`.
   */
  placesWithin(id: string): string[];
}

const fileOf = (place: ContainedPlace) => place.filePath ?? `content/places/${place.id}.yaml`;

/**
 * Every broken `within`: one naming a place that does not exist, naming the place itself, or
 * closing a loop (a within b within a). Each problem is reported on the file that can fix it.
 */
export function containmentProblems(places: readonly ContainedPlace[]): Problem[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const problems: Problem[] = [];
  const inCycle = new Set<string>();

  for (const place of places) {
    const parent = place.data.within;
    if (parent === undefined) continue;
    if (parent === place.id) {
      problems.push({
        file: fileOf(place),
        field: 'within',
        message: `"${place.id}" is said to lie within itself.`,
        fix: 'Name the place that contains it (a county, a province), or remove `within`.',
        severity: 'error',
      });
      inCycle.add(place.id);
      continue;
    }
    if (!byId.has(parent)) {
      problems.push({
        file: fileOf(place),
        field: 'within',
        message: `Unknown place "${parent}": there is no content/places/${parent}.yaml.`,
        fix: 'Use the id of a place in content/places, add that place first, or remove `within`.',
        severity: 'error',
      });
      continue;
    }
    // Follow the chain up; coming back to this place means a loop. Each loop is reported once,
    // on the first of its places in the order given.
    const seen = [place.id];
    let current = byId.get(parent);
    while (current !== undefined && !inCycle.has(current.id)) {
      if (current.id === place.id) {
        seen.forEach((id) => inCycle.add(id));
        problems.push({
          file: fileOf(place),
          field: 'within',
          message: `"within" goes round in a loop: ${[...seen, place.id].join(' → ')}.`,
          fix: 'A place cannot lie within a place that lies within it: remove `within` from one of these files or point it at the larger place.',
          severity: 'error',
        });
        break;
      }
      if (seen.includes(current.id)) break; // a loop further up, reported on its own places
      seen.push(current.id);
      const next = current.data.within;
      current = next === undefined ? undefined : byId.get(next);
    }
  }
  return problems;
}

/**
 * Builds the containment of `places`. Broken links (see `containmentProblems`) are ignored here
 * rather than thrown on, so a page can still be built while the checker reports them.
 */
export function containment(places: readonly ContainedPlace[]): Containment {
  const parentOf = new Map<string, string>();
  const ids = new Set(places.map((p) => p.id));
  for (const { id, data } of places)
    if (data.within !== undefined && data.within !== id && ids.has(data.within)) parentOf.set(id, data.within);

  const childrenOf = new Map<string, string[]>();
  for (const [child, parent] of parentOf) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), child]);

  return {
    ancestors(id) {
      const chain: string[] = [];
      let next = parentOf.get(id);
      while (next !== undefined && next !== id && !chain.includes(next)) {
        chain.push(next);
        next = parentOf.get(next);
      }
      return chain;
    },
    placesWithin(id) {
      const found = [id];
      for (let i = 0; i < found.length; i++)
        for (const child of childrenOf.get(found[i]!) ?? []) if (!found.includes(child)) found.push(child);
      return found;
    },
  };
}
