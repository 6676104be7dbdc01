import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/checker/checker.ts';
import { contributedContent, contributionFiles } from '../../support/contribution.ts';

const ARTICLE = 'content/articles/2020-10-03-example-daily-mortar-rounds-wound-child.md';
const PLACE = 'content/places/parviz-khanlu.yaml';

describe("the contributor's attempt of issue 13", () => {
  test('reports the duplicate on the new digest, the swapped point and the untagged agency', () => {
    const problems = checkContent(contributedContent('attempt'), { changed: contributionFiles('attempt') });
    expect(problems.map((p) => [p.file, p.field, p.severity, p.message])).toEqual([
      [
        ARTICLE,
        'events[0].id',
        'error',
        'The event "stray-mortar-fire-first-week" is already written in full in content/articles/2020-10-26-dawn-iran-deploys-troops.md.',
      ],
      [ARTICLE, 'body', 'warning', 'The text names "AFP", the actor afp (AFP), but the article does not tag it.'],
      [
        PLACE,
        'coordinates',
        'error',
        expect.stringMatching(/^The point \(lat 46\.95, lon 39\.1\) lies in Russia, \d+ km from Iran/),
      ],
    ]);
    expect(problems.find((p) => p.file === PLACE)?.fix).toContain('Write "lat: 39.1" and "lon: 46.95"');
  });

  test('passes once done as the common cases say', () => {
    expect(checkContent(contributedContent('fixed'), { changed: contributionFiles('fixed') })).toEqual([]);
  });
});
