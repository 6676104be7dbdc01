import { expect, test } from 'vitest';
import { actorKindLabel, countryName, kindLabel, placeKindLabel } from '../../../src/lib/site/labels.ts';

test('words the content model’s codes for readers', () => {
  expect(kindLabel('cross-border-fire')).toBe('Cross-border fire');
  expect(kindLabel(undefined)).toBe('Event');
  expect(placeKindLabel('border-crossing')).toBe('Border crossing');
  expect(actorKindLabel('organisation')).toBe('Organisation');
  expect(countryName('IR')).toBe('Iran');
});
