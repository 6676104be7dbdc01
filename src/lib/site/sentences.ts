/** The sentences list pages open with, built from counts so every page words them alike. */
import type { Stances } from '../timeline/actors.ts';
import type { TimelineEntry } from '../timeline/entries.ts';
import { count } from './count.ts';
import { andList } from './labels.ts';

/**
 * What an actor page says before its list: `actorOverview('Armenia', stancesOf(events))` is
 * "12 events, in date order; Armenia makes 2 claims and denies 1 claim made by others."
 */
export function actorOverview(name: string, { events, claims, denials }: Stances): string {
  const stances = [
    ...(claims > 0 ? [`makes ${count(claims, 'claim')}`] : []),
    ...(denials > 0 ? [`denies ${count(denials, 'claim')} made by others`] : []),
  ];
  return (
    `${count(events, 'event')}, in date order` + (stances.length > 0 ? `; ${name} ${andList.format(stances)}.` : '.')
  );
}

/**
 * A page of the timeline as links name it: "October 2020", or "October 2020, page 2" when the
 * month takes several pages.
 */
export const timelinePageName = (page: { period: { label: string }; number: number; count: number }) =>
  page.count > 1 ? `${page.period.label}, page ${page.number}` : page.period.label;

/** How many events and articles a list holds: "3 events and 1 article". */
export function eventsAndArticles(entries: readonly Pick<TimelineEntry, 'type'>[]): string {
  const events = entries.filter((e) => e.type === 'event').length;
  return `${count(events, 'event')} and ${count(entries.length - events, 'article')}`;
}
