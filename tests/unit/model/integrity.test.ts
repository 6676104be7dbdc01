import { describe, expect, test } from 'vitest';
import { checkIntegrity } from '../../../src/lib/model/integrity.ts';
import { formatProblem } from '../../../src/lib/model/problems.ts';
import { article, sampleContent } from '../../support/records.ts';

describe('cross-entry checks', () => {
  test('finds nothing wrong with sound content', () => {
    expect(checkIntegrity(sampleContent())).toEqual([]);
  });

  test('names the file and field of an unknown place, and suggests the one meant', () => {
    const content = sampleContent();
    const bad = article('2020-10-27-typo', {
      published: { date: '2020-10-27', precision: 'day' },
      places: ['khoda-afrin'],
    });
    const problems = checkIntegrity({ ...content, articles: [...content.articles, bad] });
    expect(problems.map(formatProblem)).toEqual([
      'content/articles/2020-10-27-typo.md  places[0]: Unknown place "khoda-afrin": there is no content/places/khoda-afrin.yaml.  (Did you mean "khoda-afarin"? Otherwise add the place with `npm run new:place`.)',
    ]);
  });

  test('refuses an event id written in full twice', () => {
    const content = sampleContent();
    const twice = article('2020-10-27-twice', {
      published: { date: '2020-10-27', precision: 'day' },
      events: [
        {
          id: 'deployment',
          when: { date: '2020-10-25', precision: 'day' },
          kind: 'deployment',
          summary: 'The same deployment, written again.',
        },
      ],
    });
    const [problem] = checkIntegrity({ ...content, articles: [...content.articles, twice] });
    expect(problem).toMatchObject({
      file: 'content/articles/2020-10-27-twice.md',
      field: 'events[0].id',
      message: 'The event "deployment" is already written in full in content/articles/2020-10-26-first.md.',
    });
    expect(problem?.fix).toContain('- see: deployment');
  });

  test('refuses a reference to an event nobody wrote', () => {
    const content = sampleContent();
    const dangling = article('2020-10-27-dangling', {
      published: { date: '2020-10-27', precision: 'day' },
      events: [{ see: 'nothing-here' }],
    });
    const [problem] = checkIntegrity({ ...content, articles: [...content.articles, dangling] });
    expect(problem).toMatchObject({
      field: 'events[0].see',
      message: 'No article writes the event "nothing-here" in full.',
    });
  });

  test('refuses an event dated after the article that reports it', () => {
    const content = sampleContent();
    const early = article('2020-10-20-early', {
      published: { date: '2020-10-20', precision: 'day' },
      events: [
        {
          id: 'later',
          when: { date: '2020-10-22', precision: 'day' },
          kind: 'statement',
          summary: 'Something said two days later.',
        },
      ],
    });
    const [problem] = checkIntegrity({ ...content, articles: [...content.articles, early] });
    expect(problem).toMatchObject({ field: 'events[0].when.date' });
    expect(problem?.message).toBe('The event (2020-10-22) is dated after the article was published (2020-10-20).');
  });

  test('refuses an unknown actor in a claim', () => {
    const content = sampleContent();
    const claim = article('2020-10-27-claim', {
      published: { date: '2020-10-27', precision: 'day' },
      events: [
        {
          id: 'claimed',
          when: { date: '2020-10-27', precision: 'day' },
          kind: 'fighting',
          summary: 'Someone claimed something.',
          claim: { by: ['nobody'] },
        },
      ],
    });
    const [problem] = checkIntegrity({ ...content, articles: [...content.articles, claim] });
    expect(problem).toMatchObject({
      field: 'events[0].claim.by[0]',
      message: 'Unknown actor "nobody": there is no content/actors/nobody.yaml.',
    });
  });

  test('refuses a second digest of the same article', () => {
    const content = sampleContent();
    const first = article('a', {
      url: 'https://example.org/story',
      published: { date: '2020-10-27', precision: 'day' },
    });
    const second = article('b', {
      url: 'https://example.org/story/',
      published: { date: '2020-10-27', precision: 'day' },
      headline: 'Other',
    });
    const problems = checkIntegrity({ ...content, articles: [...content.articles, first, second] });
    expect(problems.map((p) => [p.file, p.field])).toEqual([['content/articles/b.md', 'url']]);
  });

  describe('a clash between two digests', () => {
    // A contributor's new digest, dated before the digest already merged that writes "deployment".
    const content = sampleContent();
    const earlier = article('2020-10-20-new', {
      published: { date: '2020-10-20', precision: 'day' },
      events: [
        {
          id: 'deployment',
          when: { date: '2020-10-19', precision: 'day' },
          kind: 'deployment',
          summary: 'The same deployment, written again.',
        },
      ],
    });
    const set = { ...content, articles: [earlier, ...content.articles] };

    test('is reported on the file the pull request adds, naming the established one', () => {
      const problems = checkIntegrity(set, { changed: new Set([earlier.filePath]) });
      expect(problems.map((p) => [p.file, p.field, p.message])).toEqual([
        [
          'content/articles/2020-10-20-new.md',
          'events[0].id',
          'The event "deployment" is already written in full in content/articles/2020-10-26-first.md.',
        ],
      ]);
    });

    test('is reported on the file whose name sorts later when nothing says which is new', () => {
      const problems = checkIntegrity(set);
      expect(problems.map((p) => [p.file, p.field])).toEqual([
        ['content/articles/2020-10-26-first.md', 'events[0].id'],
      ]);
    });

    test('is reported on the changed file for a shared url too', () => {
      const url = 'https://example.org/story';
      const old = article('2020-10-27-old', { url, published: { date: '2020-10-27', precision: 'day' } });
      const added = article('2020-10-01-added', { url, published: { date: '2020-10-01', precision: 'day' } });
      const problems = checkIntegrity({ ...content, articles: [added, old] }, { changed: new Set([added.filePath]) });
      expect(problems.map((p) => [p.file, p.message])).toEqual([
        [
          'content/articles/2020-10-01-added.md',
          'Another digest, content/articles/2020-10-27-old.md, already has this url.',
        ],
      ]);
    });
  });

  describe('partOf', () => {
    const content = sampleContent();
    const part = (id: string, date: string, partOf: string, until?: string) => ({
      id,
      when: { date, precision: 'day', ...(until ? { until } : {}) },
      kind: 'cross-border-fire',
      summary: 'A detail of a larger event, dated and placed.',
      partOf,
    });
    const withEvents = (...events: object[]) =>
      checkIntegrity({
        ...content,
        articles: [
          ...content.articles,
          article('2020-10-30-parts', { published: { date: '2020-10-30', precision: 'day' }, events }),
        ],
      }).map((p) => [p.field, p.message]);

    test('accepts a part dated within its whole', () => {
      expect(withEvents(part('one-village', '2020-10-25', 'deployment'))).toEqual([]);
    });

    test('refuses a whole that no digest writes', () => {
      expect(withEvents(part('one-village', '2020-10-25', 'no-such-event'))).toEqual([
        [
          'events[0].partOf',
          'No article writes the event "no-such-event" in full, so this event cannot be part of it.',
        ],
      ]);
    });

    test('refuses a part dated outside its whole', () => {
      expect(withEvents(part('one-village', '2020-10-20', 'deployment'))).toEqual([
        [
          'events[0].partOf',
          'The event is dated 20 October 2020, outside the event it is part of, "deployment" (25 October 2020).',
        ],
      ]);
    });

    test('refuses a loop of wholes', () => {
      const problems = withEvents(
        part('a', '2020-10-25', 'b', '2020-10-26'),
        part('b', '2020-10-25', 'a', '2020-10-26'),
      );
      expect(problems).toEqual([
        ['events[0].partOf', 'partOf goes round in a loop: a → b → a.'],
        ['events[1].partOf', 'partOf goes round in a loop: b → a → b.'],
      ]);
    });
  });
});
