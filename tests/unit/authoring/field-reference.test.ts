import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  describeField,
  fieldDocs,
  fieldNames,
  fieldReference,
  replaceFieldReference,
} from '../../../src/lib/authoring/field-reference.ts';
import { actorSchema, articleSchema, placeSchema } from '../../../src/lib/model/schema.ts';

describe('field reference', () => {
  test('CONTRIBUTING.md carries the reference generated from the schema (run `npm run fields` if not)', () => {
    const guide = readFileSync(new URL('../../../CONTRIBUTING.md', import.meta.url), 'utf8');
    expect(replaceFieldReference(guide)).toBe(guide);
  });

  test.each([
    ['article', articleSchema],
    ['place', placeSchema],
    ['actor', actorSchema],
  ] as const)('documents every %s field with a description', (_, schema) => {
    const undocumented = fieldDocs(schema)
      .filter((doc) => doc.description.trim().length < 5)
      .map((doc) => doc.path);
    expect(undocumented).toEqual([]);
  });

  test('lists every field, nested ones and both forms of an event included', () => {
    const paths = fieldDocs(articleSchema).map((doc) => doc.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'headline',
        'published.date',
        'events[].when.note',
        'events[].claim.deniedBy',
        'events[].see',
        'corrections[].note',
      ]),
    );
    expect(fieldReference()).toContain('| `events[].kind` | one of `fighting`, `cross-border-fire`');
  });

  test('finds the description and the sibling fields of any field path', () => {
    expect(describeField(articleSchema, ['events', 3, 'when', 'precision'])).toContain(
      'How precisely the date is known',
    );
    expect(describeField(articleSchema, ['events', 0, 'see'])).toBe(
      'The id of an event written in full in another article.',
    );
    expect(describeField(articleSchema, ['nothing'])).toBeUndefined();
    expect(fieldNames(articleSchema, ['published'])).toEqual(['date', 'precision', 'until', 'sometime', 'note']);
  });

  test('replaces only the text between the markers', () => {
    const doc = 'Before\n<!-- fields:start -->\nold\n<!-- fields:end -->\nAfter\n';
    expect(replaceFieldReference(doc, '<!-- fields:start -->new<!-- fields:end -->')).toBe(
      'Before\n<!-- fields:start -->new<!-- fields:end -->\nAfter\n',
    );
    expect(() => replaceFieldReference('no markers')).toThrow(/fields:start/);
  });
});
