import { expect, test } from 'vitest';
import { citation } from '../../../src/lib/site/citation.ts';
import { eventTitle } from '../../../src/lib/site/eventTitle.ts';

test('a citation names the page, its kind, the site and the permanent address', () => {
  expect(
    citation({ title: 'Drone crashes.', site: 'Aras Border Timeline', url: 'https://x.org/events/d/', kind: 'event' }),
  ).toBe('“Drone crashes” (event). Aras Border Timeline. https://x.org/events/d/.');
  expect(citation({ title: 'Iran deploys troops', site: 'S', url: 'https://x.org/a/' })).toBe(
    '“Iran deploys troops”. S. https://x.org/a/.',
  );
});

test('an event is called by its summary’s first sentence', () => {
  expect(eventTitle({ title: 'Iran moved troops to the Aras. Baku said it was told in advance.' })).toBe(
    'Iran moved troops to the Aras',
  );
  expect(eventTitle({ title: 'Talks began in Moscow on 9 Oct. and ended at 3 a.m.' })).toBe(
    'Talks began in Moscow on 9 Oct. and ended at 3 a.m',
  );
});

test('a long first sentence is cut at a word, with an ellipsis', () => {
  const long = `${'word '.repeat(40)}end.`;
  const title = eventTitle({ title: long }, 30);
  expect(title.length).toBeLessThanOrEqual(30);
  expect(title).toMatch(/^word( word)*…$/);
});
