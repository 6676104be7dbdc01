import { describe, expect, test } from 'vitest';
import { taggedPlaces } from '../../../../src/lib/checker/rules/tagged-places.ts';
import { nameIndex } from '../../../../src/lib/model/gazetteer.ts';
import { mentionFinder } from '../../../../src/lib/model/mentions.ts';
import { lint, NO_PLACES } from '../../../support/body-rules.ts';
import { sampleContent } from '../../../support/records.ts';

const { places } = sampleContent();
const context = (tagged: string[]) => ({
  ...NO_PLACES,
  findMentions: mentionFinder(nameIndex(places)),
  tagged: new Set(tagged),
  placeNames: new Map(places.map((p) => [p.id, p.data.name])),
});

describe('taggedPlaces', () => {
  test('warns once about a place the text names but the article does not tag', () => {
    const findings = lint(taggedPlaces, 'Shelling near Julfa.\n\nLater, Julfa again.', context([]));
    expect(findings).toEqual([
      {
        severity: 'warning',
        message: 'The text names "Julfa", the place jolfa (Jolfa), but the article does not tag it.',
        fix: 'Add "jolfa" to places, or to the places of the event that happened there.',
        line: 1,
        column: 15,
      },
    ]);
  });

  test('says nothing about a tagged place', () => {
    expect(lint(taggedPlaces, 'Shelling near Jolfa.', context(['jolfa']))).toEqual([]);
  });
});
