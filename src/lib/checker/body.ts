/**
 * Lints every digest's Markdown body with the rules in `rules/`, one file each, in the order
 * they are listed here; the checker sorts the problems by position afterwards.
 */
import type { Actor, Article, ArticleEvent, Place } from '../model/schema.ts';
import { isFullEvent } from '../model/records.ts';
import { nameIndex } from '../model/gazetteer.ts';
import { mentionFinder } from '../model/mentions.ts';
import { actorNameIndex } from '../model/actorNames.ts';
import type { Problem } from '../model/problems.ts';
import type { Parsed } from './read-file.ts';
import type { CheckedArticle } from './salvage.ts';
import { validRecords } from './cross-file.ts';
import type { BodyContext, BodyRule } from './rules/rule.ts';
import { noHtml } from './rules/no-html.ts';
import { noImages } from './rules/no-images.ts';
import { safeLinks } from './rules/safe-links.ts';
import { noBareAddresses } from './rules/no-bare-addresses.ts';
import { noPlaceholder } from './rules/no-placeholder.ts';
import { taggedPlaces } from './rules/tagged-places.ts';
import { taggedActors } from './rules/tagged-actors.ts';
import { hasText } from './rules/has-text.ts';
import { noDirectionOverrides } from './rules/no-direction-overrides.ts';
import { weekdayDates } from './rules/weekday-dates.ts';
import { publicationYear } from './weekday-dates.ts';
import { noSourceNumbers } from './rules/no-source-numbers.ts';

export const BODY_RULES: readonly BodyRule[] = [
  noHtml,
  noImages,
  safeLinks,
  noBareAddresses,
  noPlaceholder,
  noDirectionOverrides,
  noSourceNumbers,
  taggedPlaces,
  taggedActors,
  weekdayDates,
  hasText,
];

/** The actors an event involves: who acts, who claims, who denies. */
const eventActors = (event: ArticleEvent) => [
  ...event.actors,
  ...(event.claim ? [...event.claim.by, ...event.claim.deniedBy] : []),
];

/**
 * The body problems of every digest that has a body. A place or actor counts as tagged when the
 * article or one of its events lists it; a `see:` event counts with the places and actors of the
 * article that writes it in full (the first, as in `model/integrity.ts`). States are left out of
 * the actor warning: a digest names Iran or Armenia as places and as parties far more often than
 * as actors.
 */
export function bodyProblems(
  articles: readonly Parsed<Article>[],
  checked: readonly CheckedArticle[],
  places: readonly Parsed<Place>[],
  actors: readonly Parsed<Actor>[],
): Problem[] {
  const valid = validRecords(places);
  const findMentions = mentionFinder(nameIndex(valid));
  const placeNames = new Map(valid.map((p) => [p.id, p.data.name]));
  const named = validRecords(actors).filter((a) => a.data.kind !== 'state');
  const findActors = mentionFinder(actorNameIndex(named));
  const actorNames = new Map(named.map((a) => [a.id, a.data.name]));
  const eventPlaces = new Map<string, string[]>();
  const eventActorIds = new Map<string, string[]>();
  for (const { data } of checked)
    for (const e of data.events)
      if (isFullEvent(e) && !eventPlaces.has(e.id)) {
        eventPlaces.set(e.id, e.places);
        eventActorIds.set(e.id, eventActors(e));
      }

  return articles.flatMap(({ file, data, raw, body }) => {
    if (!body) return [];
    const tagged = new Set<string>(data?.places ?? []);
    const taggedActorIds = new Set<string>(data?.actors ?? []);
    for (const event of data?.events ?? []) {
      for (const id of isFullEvent(event) ? event.places : (eventPlaces.get(event.see) ?? [])) tagged.add(id);
      for (const id of isFullEvent(event) ? eventActors(event) : (eventActorIds.get(event.see) ?? []))
        taggedActorIds.add(id);
    }
    const context: BodyContext = {
      // Untagged names are only worth a warning once the frontmatter itself is sound.
      findMentions: data ? findMentions : () => [],
      tagged,
      placeNames,
      findActors: data ? findActors : () => [],
      taggedActors: taggedActorIds,
      actorNames,
      year: publicationYear(raw),
    };
    return BODY_RULES.flatMap((rule) =>
      rule(body, context).map((finding): Problem => ({ file: file.path, field: 'body', ...finding })),
    );
  });
}
