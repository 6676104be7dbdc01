/**
 * Rules across files: the model's integrity rules (`model/integrity.ts`) placed on the lines of
 * the files they concern, and place names that two gazetteer entries claim.
 */
import type { Actor, Article, Place } from '../model/schema.ts';
import { checkIntegrity } from '../model/integrity.ts';
import type { ContentRecord } from '../model/records.ts';
import { foldName } from '../model/names.ts';
import { fieldPath, parseFieldPath, valueAt, type PathKey, type Problem } from '../model/problems.ts';
import type { Parsed } from './read-file.ts';
import { locateIn, pathInFile, writesEvent, type CheckedArticle } from './salvage.ts';

/** The entries that passed their schema, as the model's records. */
export function validRecords<T>(list: readonly Parsed<T>[]): ContentRecord<T>[] {
  return list.flatMap((p) => (p.data === undefined ? [] : [{ id: p.id, filePath: p.file.path, data: p.data }]));
}

/**
 * The integrity problems of everything that could be read, minus those another problem already
 * explains: a reference to a place or actor whose own file is broken, a `see:` of an event in a
 * broken article.
 */
export function integrityProblems(
  checked: readonly CheckedArticle[],
  places: readonly Parsed<Place>[],
  actors: readonly Parsed<Actor>[],
  changed?: ReadonlySet<string>,
): Problem[] {
  const byFile = new Map(checked.map((c) => [c.article.file.path, c]));
  const placeByFile = new Map(places.map((p) => [p.file.path, p]));
  const invalid = (list: readonly Parsed<unknown>[]) =>
    new Set(list.filter((p) => p.data === undefined).map((p) => p.id));
  const invalidPlaces = invalid(places);
  const invalidActors = invalid(actors);
  const integrity = checkIntegrity(
    {
      articles: checked.map((c): ContentRecord<Article> => ({
        id: c.article.id,
        filePath: c.article.file.path,
        data: c.data,
      })),
      places: validRecords(places),
      actors: validRecords(actors),
    },
    { changed },
  );
  const problems: Problem[] = [];
  for (const problem of integrity) {
    // File names are checked for every file as it is read, sound or not.
    if (problem.field === '(file name)') continue;
    const owner = byFile.get(problem.file);
    const path = pathInFile(owner, parseFieldPath(problem.field));
    const value = valueAt(owner?.article.raw, path);
    if (typeof value === 'string') {
      const last = path.at(-2);
      if (last === 'places' && invalidPlaces.has(value)) continue;
      if ((last === 'actors' || last === 'by' || last === 'deniedBy') && invalidActors.has(value)) continue;
    }
    // An event dropped from a broken article is not "written in full" anywhere; say nothing more.
    if (
      path.at(-1) === 'see' &&
      typeof value === 'string' &&
      checked.some((c) => c.data !== c.article.data && writesEvent(c.article.raw, value))
    )
      continue;
    // Cross-entry problems are mostly in articles; a broken `within` is in a place file.
    const place = owner ? undefined : placeByFile.get(problem.file);
    const position = place?.yaml?.locate(path) ?? locateIn(owner, path);
    problems.push({ ...problem, field: fieldPath(path), ...position });
  }
  return problems;
}

const NAME_RANK = ['canonical name', 'other name', 'alias'] as const;

/** Places sharing a name, reported on the place whose claim to the name is weaker. */
export function nameCollisions(places: readonly Parsed<Place>[]): Problem[] {
  const holders = new Map<string, { place: Parsed<Place>; name: string; rank: number; path: PathKey[] }[]>();
  for (const place of places) {
    const data = place.data;
    if (!data) continue;
    const claims: { name: string; rank: number; path: PathKey[] }[] = [{ name: data.name, rank: 0, path: ['name'] }];
    if (data.alternateName) claims.push({ name: data.alternateName.name, rank: 1, path: ['alternateName', 'name'] });
    data.aliases.forEach((alias, i) => claims.push({ name: alias, rank: 2, path: ['aliases', i] }));
    const seen = new Set<string>();
    for (const claim of claims) {
      const key = foldName(claim.name);
      if (seen.has(key)) continue;
      seen.add(key);
      holders.set(key, [...(holders.get(key) ?? []), { place, ...claim }]);
    }
  }
  const problems: Problem[] = [];
  for (const claims of holders.values()) {
    if (claims.length < 2) continue;
    const strongest = Math.min(...claims.map((c) => c.rank));
    const owners = claims.filter((c) => c.rank === strongest);
    for (const claim of claims) {
      // A name held by one place as its strongest claim belongs to that place; the others yield.
      if (owners.length === 1 && claim === owners[0]) continue;
      const other = owners.find((c) => c.place !== claim.place);
      if (!other) continue;
      problems.push({
        file: claim.place.file.path,
        field: fieldPath(claim.path),
        message: `"${claim.name}" is already the ${NAME_RANK[other.rank as 0 | 1 | 2]} of ${other.place.id} (${other.place.file.path}).`,
        fix: 'Two places cannot share a name, or mentions of it could not be told apart. If it is the same place, use that id; if not, remove this alias or qualify the name, e.g. "Julfa (Nakhchivan)".',
        severity: 'error',
        ...(claim.place.yaml?.locate(claim.path) ?? { line: 1, column: 1 }),
      });
    }
  }
  return problems;
}
