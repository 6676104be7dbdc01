import { expect, test } from 'vitest';
import { ownPageOf } from '../../../src/site/ownPage.ts';

test('an old link to an entry names its own page', () => {
  expect(ownPageOf('#event-drone-crash')).toBe('/events/drone-crash/');
  expect(ownPageOf('#article-2020-10-26-dawn-iran-deploys-troops')).toBe(
    '/articles/2020-10-26-dawn-iran-deploys-troops/',
  );
  expect(ownPageOf('event-x')).toBe('/events/x/');
});

test('whatever follows the prefix stays inside the events folder, as one path segment', () => {
  expect(ownPageOf('#event-a/../../b')).toBe('/events/a%2F..%2F..%2Fb/');
  expect(ownPageOf('#event-%3Cb%3E')).toBe('/events/%3Cb%3E/');
});

test('a fragment that names no entry names no page', () => {
  for (const hash of ['', '#', '#period-2020-10', '#place-jolfa', '#event-', '#article-', '#%E0%A4%A'])
    expect(ownPageOf(hash), hash).toBeUndefined();
});
