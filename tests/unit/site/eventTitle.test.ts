import { expect, test } from 'vitest';
import { eventTitle, splitSummary } from '../../../src/lib/site/eventTitle.ts';

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

test('an event page leads with the first sentence in full and follows with the rest', () => {
  expect(splitSummary('Iran moved troops to the Aras. Baku said it was told. Yerevan did not.')).toEqual({
    first: 'Iran moved troops to the Aras',
    rest: 'Baku said it was told. Yerevan did not.',
  });
  expect(splitSummary('One sentence only.')).toEqual({ first: 'One sentence only', rest: '' });
});

test('a title or an initial does not end the first sentence', () => {
  expect(splitSummary('Iran’s spokesman, Brig. Gen. Abolfazl Shekarchi, warned both sides. They denied it.')).toEqual({
    first: 'Iran’s spokesman, Brig. Gen. Abolfazl Shekarchi, warned both sides',
    rest: 'They denied it.',
  });
  expect(splitSummary('The U.S. Secretary of State called both leaders.').first).toBe(
    'The U.S. Secretary of State called both leaders',
  );
});

test('ends a Persian sentence at a full stop, which no capital letter follows', () => {
  expect(splitSummary('درگیری‌ها دوباره بالا گرفت. ارمنستان آذربایجان را متهم کرد.')).toEqual({
    first: 'درگیری‌ها دوباره بالا گرفت',
    rest: 'ارمنستان آذربایجان را متهم کرد.',
  });
  expect(splitSummary('سپاه در ۱۳۹۹. گفت.')).toEqual({ first: 'سپاه در ۱۳۹۹', rest: 'گفت.' });
});
