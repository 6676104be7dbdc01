import { describe, expect, test } from 'vitest';
import { actorOverview, eventsAndArticles, timelinePageName } from '../../../src/lib/site/sentences.ts';
import { stancesOf, type ActorRole } from '../../../src/lib/timeline/actors.ts';

const withRoles = (...roles: ActorRole[][]) => stancesOf(roles.map((r) => ({ roles: r })));

describe('actorOverview', () => {
  test('counts the events and says nothing of claims when there are none', () => {
    expect(actorOverview('Iran', withRoles(['acts']))).toBe('1 event, in date order.');
    expect(actorOverview('Iran', withRoles())).toBe('0 events, in date order.');
  });

  test('names the claims made and denied, each counted with its plural', () => {
    const events = withRoles(['acts', 'claims'], ['claims'], ['denies']);
    expect(actorOverview('Armenia', events)).toBe(
      '3 events, in date order; Armenia makes 2 claims and denies 1 claim made by others.',
    );
  });
});

describe('eventsAndArticles', () => {
  test('counts events and articles apart, each agreeing with its number', () => {
    expect(eventsAndArticles([{ type: 'event' }, { type: 'article' }])).toBe('1 event and 1 article');
    expect(eventsAndArticles([{ type: 'event' }, { type: 'event' }])).toBe('2 events and 0 articles');
  });
});

describe('timelinePageName', () => {
  const october = { label: 'October 2020' };
  test('names a month on one page by the month alone', () => {
    expect(timelinePageName({ period: october, number: 1, count: 1 })).toBe('October 2020');
  });

  test('names a page of a month on several pages with its number', () => {
    expect(timelinePageName({ period: october, number: 2, count: 3 })).toBe('October 2020, page 2');
  });
});
