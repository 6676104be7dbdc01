/**
 * Is a new place file a place the gazetteer already has? Two places whose points lie a few
 * kilometres apart, or whose names are the same but for a qualifier or a letter ("Julfa" and
 * "Jolfa"), are reported as a warning on one of them. Namesakes are told apart by data: two
 * places with different GeoNames ids are different places, and a place is never a duplicate of
 * a place it lies within (a county seat's point standing for its county).
 * Identical names are `nameCollisions`'s error (cross-file.ts), not repeated here.
 */
import type { Place } from '../model/schema.ts';
import type { Problem, PathKey } from '../model/problems.ts';
import { fieldPath } from '../model/problems.ts';
import { foldName } from '../model/names.ts';
import { editDistance } from '../model/editDistance.ts';
import { containment } from '../model/containment.ts';
import type { Parsed } from './read-file.ts';

/** Points closer than this are likely the same place entered twice. */
export const NEAR_KM = 5;

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in kilometres between two WGS84 points. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

interface Named {
  name: string;
  /** The name folded, without a bracketed qualifier: "Julfa (Nakhchivan)" gives "julfa". */
  core: string;
  folded: string;
  path: PathKey[];
}

function namesOf(place: Place): Named[] {
  const names: { name: string; path: PathKey[] }[] = [{ name: place.name, path: ['name'] }];
  if (place.alternateName) names.push({ name: place.alternateName.name, path: ['alternateName', 'name'] });
  place.aliases.forEach((alias, i) => names.push({ name: alias, path: ['aliases', i] }));
  return names.map((n) => ({
    ...n,
    folded: foldName(n.name),
    core: foldName(n.name.replace(/\s*\([^)]*\)\s*/g, ' ')),
  }));
}

/** Same but for a qualifier or one letter in a name of five letters or more: "julfa" and "jolfa". */
function alike(a: Named, b: Named): boolean {
  if (a.folded === b.folded) return false;
  if (a.core === b.core) return true;
  return Math.min(a.core.length, b.core.length) >= 5 && editDistance(a.core, b.core) <= 1;
}

const FIX =
  'If it is the same place, keep one file and move the other’s spellings into its `aliases`. If they are two places (namesakes, or a town and its neighbour), give both files their `geonamesId` from GeoNames: places with different GeoNames ids are not duplicates, and this warning goes.';

/**
 * Warnings for pairs of places that may be one place: points within NEAR_KM, or names alike.
 * Each pair is reported once, on the file that has no `geonamesId` (else the later id).
 */
export function placeIdentityProblems(places: readonly Parsed<Place>[]): Problem[] {
  const valid = places.filter((p): p is Parsed<Place> & { data: Place } => p.data !== undefined);
  const { ancestors } = containment(valid);
  const problems: Problem[] = [];
  for (let i = 0; i < valid.length; i++)
    for (let j = i + 1; j < valid.length; j++) {
      const [a, b] = [valid[i]!, valid[j]!];
      const ga = a.data.geonamesId;
      const gb = b.data.geonamesId;
      if (ga !== undefined && gb !== undefined && ga !== gb) continue;
      if (ancestors(a.id).includes(b.id) || ancestors(b.id).includes(a.id)) continue;
      // Report on the file that lacks an id: the likelier newcomer, and the one that can fix it.
      const [here, there] = ga === undefined && gb !== undefined ? [a, b] : [b, a];
      const report = (path: PathKey[], message: string) =>
        problems.push({
          file: here.file.path,
          field: fieldPath(path),
          message,
          fix: FIX,
          severity: 'warning',
          ...(here.yaml?.locate(path) ?? { line: 1, column: 1 }),
        });

      const pa = here.data.coordinates;
      const pb = there.data.coordinates;
      if (pa && pb) {
        const km = distanceKm(pa, pb);
        if (km < NEAR_KM)
          report(
            ['coordinates'],
            `${here.id} lies ${km.toFixed(1)} km from ${there.id} (${there.file.path}): it may be the same place entered twice.`,
          );
      }
      const pair = namesOf(here.data).flatMap((n) => namesOf(there.data).map((m) => [n, m] as const));
      // An equal name under a qualifier says more than a one-letter difference: name it first.
      const match =
        pair.find(([n, m]) => n.folded !== m.folded && n.core === m.core) ?? pair.find(([n, m]) => alike(n, m));
      if (match)
        report(
          match[0].path,
          `"${match[0].name}" is nearly "${match[1].name}", a name of ${there.id} (${there.file.path}): it may be the same place entered twice.`,
        );
    }
  return problems;
}
