import { expect, test } from 'vitest';
import {
  entryUrl,
  localeUrl,
  mapUrl,
  pageUrl,
  placesDataUrl,
  placeUrl,
  timelinePageUrl,
} from '../../../src/site/urls.ts';

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

test('a page in another language sits under its prefix; data files are the same for every language', () => {
  expect(localeUrl('fa', placeUrl('jolfa'))).toBe('/fa/places/jolfa/');
  expect(localeUrl('az', mapUrl('jolfa'))).toBe('/az/map/#place-jolfa');
  expect(localeUrl('en', placeUrl('jolfa'))).toBe('/places/jolfa/');
  expect(localeUrl('fa', placesDataUrl())).toBe('/data/places.geojson');
});
