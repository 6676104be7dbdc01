import { describe, expect, test } from 'vitest';
import { taggedActors } from '../../../../src/lib/checker/rules/tagged-actors.ts';
import { actorNameIndex } from '../../../../src/lib/model/actorNames.ts';
import { mentionFinder } from '../../../../src/lib/model/mentions.ts';
import { actorSchema } from '../../../../src/lib/model/schema.ts';
import { lint, NO_PLACES } from '../../../support/body-rules.ts';

const actors = [
  {
    id: 'mohammad-pakpour',
    data: actorSchema.parse({ name: 'Mohammad Pakpour', aliases: ['Pakpour', 'Pakpoor'], kind: 'person' }),
  },
  { id: 'irgc', data: actorSchema.parse({ name: 'IRGC', aliases: ['Revolutionary Guards'], kind: 'organisation' }) },
];
const context = (tagged: string[]) => ({
  ...NO_PLACES,
  findActors: mentionFinder(actorNameIndex(actors)),
  taggedActors: new Set(tagged),
  actorNames: new Map(actors.map((a) => [a.id, a.data.name])),
});

describe('taggedActors', () => {
  test('warns once, at the first mention, about an actor the text names but the article does not tag', () => {
    const findings = lint(taggedActors, 'Troops moved.\n\nGeneral Pakpoor said so; Pakpour added more.', context([]));
    expect(findings).toEqual([
      {
        severity: 'warning',
        message:
          'The text names "Pakpoor", the actor mohammad-pakpour (Mohammad Pakpour), but the article does not tag it.',
        fix: 'Add "mohammad-pakpour" to actors, or to the actors (or claim.by, claim.deniedBy) of the event it took part in.',
        line: 3,
        column: 9,
      },
    ]);
  });

  test('says nothing about a tagged actor', () => {
    expect(lint(taggedActors, 'The Revolutionary Guards moved.', context(['irgc']))).toEqual([]);
  });
});
