import { describe, expect, test } from 'vitest';
import { foldName, ID_PATTERN, slugify, suggestId } from '../../../src/lib/model/names.ts';
import { idSchema } from '../../../src/lib/model/schema.ts';
import { isNearMiss } from '../../../src/lib/model/editDistance.ts';

describe('names and ids', () => {
  test.each([
    ['Khoda Afarin', 'khoda-afarin'],
    ['Xocavənd', 'xocavend'],
    ['Qubadlı', 'qubadli'],
    ['Khodā-Āfarin', 'khoda-afarin'],
    ['  Tehran Times: 2020!  ', 'tehran-times-2020'],
    ["Nakhchivan's border", 'nakhchivans-border'],
  ])('suggests an id for %j that the id pattern accepts', (text, id) => {
    expect(suggestId(text)).toBe(id);
    expect(ID_PATTERN.test(id)).toBe(true);
    expect(idSchema.safeParse(id).success).toBe(true);
  });

  test('keeps small words in an id, drops them from a slug', () => {
    expect(suggestId('The Bridge of Khoda Afarin')).toBe('the-bridge-of-khoda-afarin');
    expect(slugify('The Bridge of Khoda Afarin')).toBe('bridge-khoda-afarin');
  });

  test('folds names for matching, keeping word breaks', () => {
    expect(foldName('Khodā-Āfarin')).toBe('khoda afarin');
    expect(foldName('Ordubad’s')).toBe('ordubad s');
  });

  test.each(['Khoda_Afarin', 'khoda--afarin', '-jolfa', 'jolfa-', ''])('refuses %j as an id', (id) => {
    expect(ID_PATTERN.test(id)).toBe(false);
  });
});

describe('the "did you mean" threshold', () => {
  test('allows two edits in a short word and one in three in a long one', () => {
    expect(isNearMiss('url', 2)).toBe(true);
    expect(isNearMiss('url', 3)).toBe(false);
    expect(isNearMiss('khoda-afarin', 4)).toBe(true);
    expect(isNearMiss('khoda-afarin', 5)).toBe(false);
  });
});
