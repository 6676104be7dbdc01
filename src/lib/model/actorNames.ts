/**
 * Actors by name: every spelling an actor is known by, for finding them in running text and for
 * "did you mean" when an id or a name is mistyped. The actors' counterpart of `gazetteer.ts`.
 */
import type { Actor } from './schema.ts';
import { closestIds } from './editDistance.ts';
import { foldName } from './names.ts';

export interface ActorRecord {
  id: string;
  data: Actor;
}

/** Every name an actor is known by, its name first: ['Mohammad Pakpour', 'Pakpour', …]. */
export function actorNames(actor: Actor): string[] {
  return [...new Set([actor.name, ...actor.aliases])];
}

/** Maps every folded name and alias to the ids of the actors that carry it, as `nameIndex` does for places. */
export function actorNameIndex(actors: readonly ActorRecord[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const { id, data } of actors)
    for (const name of actorNames(data)) {
      const key = foldName(name);
      const ids = index.get(key) ?? [];
      if (!ids.includes(id)) ids.push(id);
      index.set(key, ids);
    }
  return index;
}

/** Actor ids a mistyped id or a name probably meant: `suggestActors('pakpoor', actors)` is ['mohammad-pakpour']. */
export function suggestActors(wanted: string, actors: readonly ActorRecord[]): string[] {
  return closestIds(
    wanted,
    actors.map(({ id, data }) => ({ id, names: actorNames(data) })),
  );
}
