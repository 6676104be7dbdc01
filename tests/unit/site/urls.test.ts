import { expect, test } from 'vitest';
import { entryUrl, pageUrl, timelinePageUrl } from '../../../src/site/urls.ts';

test('numbers the pages after the first', () => {
  expect(pageUrl('/places/jolfa/', 1)).toBe('/places/jolfa/');
  expect(pageUrl('/places/jolfa/', 2)).toBe('/places/jolfa/2/');
  expect(timelinePageUrl('2020-10', 1)).toBe('/timeline/2020-10/');
  expect(timelinePageUrl('2020-10', 3)).toBe('/timeline/2020-10/3/');
});

test('links an entry where the timeline carries it', () => {
  expect(entryUrl({ anchor: 'event-x' }, 'home')).toBe('/#event-x');
  expect(entryUrl({ anchor: 'event-x' }, { key: '2020-10', number: 2 })).toBe('/timeline/2020-10/2/#event-x');
});
