/**
 * Who does what on the timeline: the people, organisations and states, and the entries in
 * which each one acts, claims something or denies a claim.
 */
import { andList } from '../site/labels.ts';
import type { Actor } from '../model/schema.ts';
import type { TimelineEntry } from './entries.ts';
import type { ContentRecord } from '../model/records.ts';

/** How an actor figures in an event: taking part in it, claiming it, or denying the claim. */
export type ActorRole = 'acts' | 'claims' | 'denies';

/** Headings for the actor index, in the order it lists them. */
export const ACTOR_KIND_HEADINGS: { [K in Actor['kind']]: string } = {
  state: 'States',
  organisation: 'Organisations',
  person: 'People',
};

/** Actors under their kind (states, organisations, people), each list by name; empty kinds are left out. */
export function actorsByKind<T extends Pick<ContentRecord<Actor>, 'id' | 'data'>>(actors: readonly T[]) {
  const order: Actor['kind'][] = ['state', 'organisation', 'person'];
  return order
    .map((kind) => ({
      kind,
      heading: ACTOR_KIND_HEADINGS[kind],
      actors: actors.filter((a) => a.data.kind === kind).sort((a, b) => a.data.name.localeCompare(b.data.name)),
    }))
    .filter((group) => group.actors.length > 0);
}

/** The roles `actorId` has in an entry, in the order acts, claims, denies; [] if none. */
export function rolesIn(entry: TimelineEntry, actorId: string): ActorRole[] {
  const roles: ActorRole[] = [];
  if (entry.actors.includes(actorId)) roles.push('acts');
  if (entry.claim?.by.includes(actorId)) roles.push('claims');
  if (entry.claim?.deniedBy.includes(actorId)) roles.push('denies');
  return roles;
}

/**
 * The events an actor acts in, claims or denies, each with its roles, in the entries' (date) order.
 * Digests are not events: the articles that name an actor are `articlesNaming`.
 */
export function actorEvents(entries: readonly TimelineEntry[], actorId: string) {
  return entries
    .filter((e) => e.type === 'event')
    .map((entry) => ({ entry, roles: rolesIn(entry, actorId) }))
    .filter(({ roles }) => roles.length > 0);
}

/** How many events an actor has, and in how many it claims or denies: what its page's overview says. */
export interface Stances {
  events: number;
  claims: number;
  denials: number;
}

/** Counts `events` (each with what the actor does in it) into `Stances`. */
export function stancesOf(events: readonly { roles: readonly ActorRole[] }[]): Stances {
  return {
    events: events.length,
    claims: events.filter((e) => e.roles.includes('claims')).length,
    denials: events.filter((e) => e.roles.includes('denies')).length,
  };
}

/** The digests whose article names the actor, in the entries' order: that of publication. */
export function articlesNaming(entries: readonly TimelineEntry[], actorId: string): TimelineEntry[] {
  return entries.filter((e) => e.type === 'article' && e.actors.includes(actorId));
}

/**
 * A line for readers saying what the actor does in an entry. In a contested event, taking part
 * is what is claimed, so the actor is only "named in" the claim: the site never states a claim
 * as fact. `roleSentence('Armenia', ['claims'], true)` is "Armenia makes this claim";
 * `roleSentence('Azerbaijan', ['acts', 'denies'], true)` is "Azerbaijan denies this claim and is named in it".
 */
export function roleSentence(name: string, roles: readonly ActorRole[], contested: boolean): string {
  const phrases: string[] = [];
  let claimNamed = false;
  const claim = () => (claimNamed ? 'it' : ((claimNamed = true), 'this claim'));
  if (roles.includes('claims')) phrases.push(`makes ${claim()}`);
  if (roles.includes('denies')) phrases.push(`denies ${claim()}`);
  if (roles.includes('acts')) phrases.push(contested ? `is named in ${claim()}` : 'takes part');
  return `${name} ${andList.format(phrases)}`;
}
