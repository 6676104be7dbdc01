import { describe, expect, test } from 'vitest';
import { actorEvents, actorsByKind, articlesNaming, roleSentence, rolesIn } from '../../../src/lib/timeline/actors.ts';
import { actorSchema } from '../../../src/lib/model/schema.ts';
import { buildEntries } from '../../../src/lib/timeline/entries.ts';
import { article, sampleContent } from '../../support/records.ts';

const content = sampleContent();
const entries = buildEntries([
  ...content.articles,
  article('2020-10-27-named', {
    published: { date: '2020-10-27', precision: 'day' },
    actors: ['armenia'],
    events: [
      {
        id: 'both-sides',
        when: { date: '2020-10-27', precision: 'day' },
        kind: 'statement',
        summary: 'Armenia said it had struck back, and also denied an earlier report.',
        actors: ['armenia'],
        claim: { by: ['armenia'], deniedBy: ['azerbaijan'] },
      },
    ],
  }),
]);

describe('an actor’s part in the timeline', () => {
  test('lists the events an actor claims or denies, in date order, saying which', () => {
    expect(actorEvents(entries, 'azerbaijan').map(({ entry, roles }) => [entry.id, roles])).toEqual([
      ['shelling-claim', ['denies']],
      ['both-sides', ['denies']],
    ]);
    expect(actorEvents(entries, 'armenia').map(({ entry, roles }) => [entry.id, roles])).toEqual([
      ['shelling-claim', ['claims']],
      ['both-sides', ['acts', 'claims']],
    ]);
  });

  test('lists the events an actor acts in', () => {
    expect(actorEvents(entries, 'irgc').map(({ entry }) => entry.id)).toEqual(['deployment']);
    expect(
      rolesIn(
        entries.find((e) => e.id === 'deployment')!,
        'irgc',
      ),
    ).toEqual(['acts']);
  });

  test('keeps the digests that name an actor apart from the events', () => {
    expect(articlesNaming(entries, 'armenia').map((e) => e.id)).toEqual(['2020-10-27-named']);
    expect(actorEvents(entries, 'armenia').every(({ entry }) => entry.type === 'event')).toBe(true);
  });

  test('says in words what the actor does', () => {
    expect(roleSentence('IRGC', ['acts'], false)).toBe('IRGC takes part');
    expect(roleSentence('Armenia', ['claims'], true)).toBe('Armenia makes this claim');
    expect(roleSentence('Azerbaijan', ['denies'], true)).toBe('Azerbaijan denies this claim');
  });

  test('never says an actor took part in what is only claimed', () => {
    expect(roleSentence('Azerbaijan', ['acts', 'denies'], true)).toBe(
      'Azerbaijan denies this claim and is named in it',
    );
    expect(roleSentence('Armenia', ['acts', 'claims'], true)).toBe('Armenia makes this claim and is named in it');
    expect(roleSentence('Azerbaijan', ['acts'], true)).toBe('Azerbaijan is named in this claim');
  });
});

describe('the actor index', () => {
  test('lists states, then organisations, then people, each by name, leaving out empty kinds', () => {
    const actors = [
      { id: 'b', data: actorSchema.parse({ name: 'Beta', kind: 'state' }) },
      { id: 'a', data: actorSchema.parse({ name: 'Alpha', kind: 'state' }) },
      { id: 'p', data: actorSchema.parse({ name: 'Person', kind: 'person' }) },
    ];
    expect(actorsByKind(actors).map((g) => [g.heading, g.actors.map((a) => a.id)])).toEqual([
      ['States', ['a', 'b']],
      ['People', ['p']],
    ]);
  });
});
