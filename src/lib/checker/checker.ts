/**
 * The content checker: every problem in every content file, each with its file, field, line and
 * what to do about it. A pipeline over file texts, never the disk:
 *
 * 1. read each file (`read-file.ts`): its name, YAML (refusing anchors and aliases first,
 *    `yaml-aliases.ts`), schema (`error-map.ts` words zod's issues);
 * 2. placeholders the scaffold left in fields (`placeholders.ts`), direction overrides in them
 *    (`direction-overrides.ts`), internal source numbers (`source-labels.ts`), weekdays the
 *    calendar contradicts (`weekday-dates.ts`);
 * 3. salvage what is sound of an article that failed its schema (`salvage.ts`), so that
 * 4. the cross-file rules (`cross-file.ts`, the model's `integrity.ts`), future dates
 *    (`future-dates.ts`) and places that may be entered twice (`place-identity.ts`) report on it
 *    in the same run;
 * 5. each place's point against its country's shape (`place-countries.ts`);
 * 6. the body rules (`body.ts`, one rule per file in `rules/`).
 */
import { count } from '../site/count.ts';
import type { Actor, Article, Place } from '../model/schema.ts';
import type { Problem } from '../model/problems.ts';
import { readFile, type ContentFiles } from './read-file.ts';
import { placeholderProblems } from './placeholders.ts';
import { directionOverrideProblems } from './direction-overrides.ts';
import { sourceLabelProblems } from './source-labels.ts';
import { weekdayProblems } from './weekday-dates.ts';
import { salvageArticle, whole, type CheckedArticle } from './salvage.ts';
import { integrityProblems, nameCollisions } from './cross-file.ts';
import { futureDates } from './future-dates.ts';
import { bodyProblems } from './body.ts';
import { translationProblems } from './translations.ts';
import { placeCountryProblems } from './place-countries.ts';
import { worldShapes, type CountryShapes } from './country-shapes.ts';
import { placeIdentityProblems } from './place-identity.ts';
import { missingAddedDates } from './added-date.ts';

export { COLLECTIONS, type ContentFiles, type SourceFile } from './read-file.ts';

export interface CheckOptions {
  /** Today as YYYY-MM-DD in UTC; dates after it are errors. Defaults to the real today. */
  today?: string;
  /**
   * Paths of the files a pull request adds or changes, as in `ContentFiles`: a digest that clashes
   * with another is reported on the changed one. The caller works them out (from git), so the
   * checker stays a function of its input.
   */
  changed?: ReadonlySet<string>;
  /** The country shapes places are checked against; defaults to the world atlas, loaded once. */
  countries?: CountryShapes;
  /** Article files (paths as in `files`) that the change under check adds: each must say when it was `added`. */
  newFiles?: ReadonlySet<string>;
}

/** Orders problems by file, then position, so the report reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.field.localeCompare(b.field) ||
      a.message.localeCompare(b.message),
  );
}

/** Today's date in UTC, as YYYY-MM-DD. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Checks a whole content tree and returns every problem, sorted; an empty list means it is clean.
 * `checkContent({ articles: [{ path: 'content/articles/x.md', text }], places: […], actors: […] })`
 */
export function checkContent(files: ContentFiles, options: CheckOptions = {}): Problem[] {
  const today = options.today ?? todayUtc();
  const problems: Problem[] = [];
  const articles = files.articles.map((f) => readFile<Article>(f, 'articles', problems));
  const places = files.places.map((f) => readFile<Place>(f, 'places', problems));
  const actors = files.actors.map((f) => readFile<Actor>(f, 'actors', problems));
  // Lists are added one problem at a time: spreading them into one push() passes each problem as
  // an argument, and a large archive's warnings outgrow the call stack.
  const add = (...lists: readonly Problem[][]) => lists.forEach((list) => list.forEach((p) => problems.push(p)));
  for (const parsed of [...articles, ...places, ...actors])
    if (parsed.raw !== undefined)
      add(placeholderProblems(parsed), directionOverrideProblems(parsed), sourceLabelProblems(parsed));
  for (const parsed of articles) if (parsed.raw !== undefined) add(weekdayProblems(parsed));

  // Articles that failed their schema still take part, through their sound fields and events.
  const checked = articles.flatMap((article): CheckedArticle[] => {
    const salvaged = article.data ? whole(article.data) : salvageArticle(article.raw, article.file.path);
    return salvaged ? [{ article, ...salvaged }] : [];
  });
  add(
    integrityProblems(checked, places, actors, options.changed),
    futureDates(checked, today),
    missingAddedDates(articles, options.newFiles ?? new Set()),
    nameCollisions(places),
    placeCountryProblems(places, options.countries ?? worldShapes()),
    placeIdentityProblems(places),
    bodyProblems(articles, checked, places, actors),
    translationProblems(
      files.translations ?? [],
      checked.map((c) => ({ id: c.article.id, filePath: c.article.file.path, data: c.data })),
    ),
  );
  return sortProblems(problems);
}

/** The closing line: "2 errors and 1 warning in 3 files (5 articles, 13 places, 28 actors)." */
export function summarise(problems: readonly Problem[], files: ContentFiles): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const translations = files.translations?.length ?? 0;
  const counted =
    `${files.articles.length} articles, ${files.places.length} places, ${files.actors.length} actors` +
    (translations > 0 ? `, ${count(translations, 'translation')}` : '');
  if (problems.length === 0) return `No problems in ${counted}.`;
  const fileCount = new Set(problems.map((p) => p.file)).size;
  return `${count(errors, 'error')} and ${count(warnings, 'warning')} in ${count(fileCount, 'file')} (checked ${counted}).`;
}
