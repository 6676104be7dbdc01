/**
 * Rules that span entries, which a per-file schema cannot see: references into the gazetteer
 * and the actor list, event ids and `see:` references, dates against publication, duplicates.
 * Astro only logs a broken reference, so the site refuses to build while any of these fail.
 */
import { idSchema, type ArticleEvent } from './schema.ts';
import { formatDating } from './dateFormat.ts';
import { isFullEvent, type ContentSet } from './records.ts';
import { suggestId } from './names.ts';
import { isCertainlyAfter } from './dates.ts';
import { suggestPlaces } from './gazetteer.ts';
import { containmentProblems } from './containment.ts';
import { suggestActors } from './actorNames.ts';
import type { Problem } from './problems.ts';
import { checkTranslations } from './translationCheck.ts';

export interface IntegrityOptions {
  /**
   * Files a pull request adds or changes. A clash between two digests (an event id written twice,
   * a url or an identity shared) is reported on the changed file and names the established one;
   * without this, on the file whose name sorts later (names begin with the publication date).
   */
  changed?: ReadonlySet<string> | undefined;
}

/**
 * The order in which digests claim ids and urls: established files first, then changed ones, each
 * by name, so that the first claimant is the file already merged.
 * `claimOrder([b, a], new Set([a.filePath]))` is [b, a].
 */
export function claimOrder<T extends { filePath: string }>(articles: readonly T[], changed?: ReadonlySet<string>): T[] {
  const rank = (a: T) => (changed?.has(a.filePath) ? 1 : 0);
  return [...articles].sort(
    (a, b) => rank(a) - rank(b) || (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0),
  );
}

/** Every cross-entry problem in the content; an empty list means the content is sound. */
export function checkIntegrity(
  { articles: unordered, places, actors, translations = [] }: ContentSet,
  { changed }: IntegrityOptions = {},
): Problem[] {
  const articles = claimOrder(unordered, changed);
  const problems: Problem[] = [];
  const placeIds = new Set(places.map((p) => p.id));
  const actorIds = new Set(actors.map((a) => a.id));
  const error = (file: string, field: string, message: string, fix: string) =>
    problems.push({ file, field, message, fix, severity: 'error' });

  for (const { id, filePath } of [...articles, ...places, ...actors]) {
    if (!idSchema.safeParse(id).success)
      error(
        filePath,
        '(file name)',
        `"${id}" is not a valid id: the file name is the entry's id and its URL.`,
        `Rename the file to lower-case letters, digits and single hyphens, e.g. "${suggestId(id)}".`,
      );
  }

  const checkPlaces = (file: string, field: string, ids: readonly string[]) =>
    ids.forEach((id, i) => {
      if (placeIds.has(id)) return;
      const guesses = suggestPlaces(id, places);
      error(
        file,
        `${field}[${i}]`,
        `Unknown place "${id}": there is no content/places/${id}.yaml.`,
        guesses.length > 0
          ? `Did you mean ${guesses.map((g) => `"${g}"`).join(' or ')}? Otherwise add the place with \`npm run new:place\`.`
          : 'Use the id of a place in content/places, or add the place with `npm run new:place`.',
      );
    });

  const checkActors = (file: string, field: string, ids: readonly string[]) =>
    ids.forEach((id, i) => {
      if (actorIds.has(id)) return;
      const guesses = suggestActors(id, actors);
      error(
        file,
        `${field}[${i}]`,
        `Unknown actor "${id}": there is no content/actors/${id}.yaml.`,
        guesses.length > 0
          ? `Did you mean ${guesses.map((g) => `"${g}"`).join(' or ')}? Otherwise add the actor with \`npm run new:actor\`.`
          : 'Use the id of a file in content/actors, or add the person, organisation or state with `npm run new:actor`.',
      );
    });

  problems.push(...containmentProblems(places));

  const definedIn = new Map<string, string>();
  const fullEvents = new Map<string, ArticleEvent>();
  for (const { filePath, data } of articles) {
    data.events.forEach((event, i) => {
      if (!isFullEvent(event)) return;
      const earlier = definedIn.get(event.id);
      if (earlier === undefined) {
        definedIn.set(event.id, filePath);
        fullEvents.set(event.id, event);
      } else
        error(
          filePath,
          `events[${i}].id`,
          `The event "${event.id}" is already written in full in ${earlier}.`,
          `If it is the same event, replace this one with \`- see: ${event.id}\`; if not, give it another id.`,
        );
    });
  }

  const byUrl = new Map<string, string>();
  const byIdentity = new Map<string, string>();
  for (const { filePath, data } of articles) {
    checkPlaces(filePath, 'places', data.places);
    checkActors(filePath, 'actors', data.actors);

    if (data.url !== undefined) {
      const url = data.url.replace(/\/+$/, '');
      const other = byUrl.get(url);
      if (other)
        error(
          filePath,
          'url',
          `Another digest, ${other}, already has this url.`,
          'Each article has one digest: edit the existing file instead.',
        );
      else byUrl.set(url, filePath);
    }
    const identity = [data.outlet, data.headline, data.published.date].map((s) => s.toLowerCase()).join('|');
    const twin = byIdentity.get(identity);
    if (twin)
      error(
        filePath,
        'headline',
        `${twin} has the same outlet, headline and date.`,
        'Each article has one digest: edit the existing file instead.',
      );
    else byIdentity.set(identity, filePath);

    data.events.forEach((event, i) => {
      const field = `events[${i}]`;
      if (!isFullEvent(event)) {
        if (!definedIn.has(event.see))
          error(
            filePath,
            `${field}.see`,
            `No article writes the event "${event.see}" in full.`,
            'Use the id of an event written in another article, or write this event in full here.',
          );
        return;
      }
      checkPlaces(filePath, `${field}.places`, event.places);
      checkActors(filePath, `${field}.actors`, event.actors);
      if (event.claim) {
        checkActors(filePath, `${field}.claim.by`, event.claim.by);
        checkActors(filePath, `${field}.claim.deniedBy`, event.claim.deniedBy);
      }
      if (event.partOf !== undefined) {
        const problem = partOfProblem(event, fullEvents);
        if (problem) error(filePath, `${field}.partOf`, problem.message, problem.fix);
      }
      if (isCertainlyAfter(event.when.date, data.published.date))
        error(
          filePath,
          `${field}.when.date`,
          `The event (${event.when.date}) is dated after the article was published (${data.published.date}).`,
          'Check the date: an article reports what has already happened. Resolve "on Sunday" from the publication date.',
        );
    });
  }
  problems.push(...checkTranslations(translations, articles));
  return problems;
}

/**
 * What is wrong with an event's `partOf`, if anything: a whole no digest writes, a loop of wholes,
 * or a part dated outside its whole (compared only as precisely as both are known).
 */
export function partOfProblem(
  event: ArticleEvent,
  events: ReadonlyMap<string, ArticleEvent>,
): { message: string; fix: string } | undefined {
  const wholeId = event.partOf;
  if (wholeId === undefined) return undefined;
  const whole = events.get(wholeId);
  if (!whole)
    return {
      message: `No article writes the event "${wholeId}" in full, so this event cannot be part of it.`,
      fix: 'Use the id of an event written in full in a digest (see its `id:` line), or remove partOf.',
    };
  const chain = [event.id];
  for (let id: string | undefined = wholeId; id !== undefined; id = events.get(id)?.partOf) {
    chain.push(id);
    if (id === event.id)
      return {
        message: `partOf goes round in a loop: ${chain.join(' → ')}.`,
        fix: 'An event can only be part of a larger one: remove partOf from the larger event.',
      };
    if (chain.indexOf(id) !== chain.length - 1) break;
  }
  const { when } = event;
  const end = (w: ArticleEvent['when']) => w.until ?? w.date;
  if (isCertainlyAfter(whole.when.date, when.date) || isCertainlyAfter(end(when), end(whole.when)))
    return {
      message: `The event is dated ${formatDating(when)}, outside the event it is part of, "${wholeId}" (${formatDating(whole.when)}).`,
      fix: 'Check both dates: a part happens within its whole. If it does not, it is a separate event: remove partOf (and use `see:` or a new id).',
    };
  return undefined;
}
