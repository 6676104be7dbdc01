import { describe, expect, test } from 'vitest';
import { articleSchema, datingSchema, placeSchema } from '../../../src/lib/model/schema.ts';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('dates with a precision', () => {
  test('accepts a date written exactly as precisely as stated', () => {
    expect(datingSchema.safeParse({ date: '2020-10-25', precision: 'day' }).success).toBe(true);
    expect(datingSchema.safeParse({ date: '2020-11', precision: 'month' }).success).toBe(true);
    expect(datingSchema.safeParse({ date: 2023, precision: 'year' }).success).toBe(true);
  });

  test('reads an unquoted YAML date as the day it names', () => {
    const parsed = datingSchema.parse({ date: new Date('2020-10-25T00:00:00Z'), precision: 'day' });
    expect(parsed.date).toBe('2020-10-25');
  });

  test('rejects a date more precise than its precision, and says what to write', () => {
    const result = datingSchema.safeParse({ date: '2020-10-25', precision: 'month' });
    expect(messages(result)).toEqual([
      'date: "2020-10-25" is more precise than precision "month". Write only what is known (e.g. "2020-10"), or set precision to "day" if the day is established.',
    ]);
  });

  test('rejects an impossible date', () => {
    const result = datingSchema.safeParse({ date: '2021-02-29', precision: 'day' });
    expect(messages(result)[0]).toMatch(/^date: This date does not exist on the calendar/);
  });

  test('rejects a span that ends before it starts', () => {
    const result = datingSchema.safeParse({ date: '2020-10-03', until: '2020-09-27', precision: 'day' });
    expect(messages(result)[0]).toMatch(/^until: "until" \(2020-09-27\) must come after "date"/);
  });

  test('accepts a window it happened sometime within, and refuses "sometime" without one', () => {
    const window = { date: '2020-09-27', until: '2020-10-03', precision: 'day', sometime: true };
    expect(datingSchema.parse(window)).toEqual(window);
    expect(messages(datingSchema.safeParse({ date: '2020-09-27', precision: 'day', sometime: true }))).toEqual([
      'sometime: "sometime" needs a window: add "until" with the last day it could have happened, or remove "sometime" for a single date.',
    ]);
    expect(datingSchema.safeParse({ ...window, sometime: false }).success).toBe(true);
  });
});

describe('articles and places', () => {
  const article = {
    headline: 'Iran deploys troops on Azerbaijan border',
    outlet: 'Dawn',
    published: { date: '2020-10-26', precision: 'day' },
    language: 'en',
    places: ['khoda-afarin'],
    summary: 'Iran’s Revolutionary Guards said they had sent ground forces to the border.',
    events: [{ see: 'war-begins' }],
  };

  test('accepts a complete article', () => {
    expect(articleSchema.safeParse(article).success).toBe(true);
  });

  test('names a missing field', () => {
    const { outlet: _, ...rest } = article;
    expect(messages(articleSchema.safeParse(rest))).toEqual([
      'outlet: Invalid input: expected string, received undefined',
    ]);
  });

  test('refuses an unknown field, so a typo is not silently ignored', () => {
    const result = articleSchema.safeParse({ ...article, headlin: 'x' });
    expect(result.success).toBe(false);
  });

  test('refuses a source URL that is not http(s)', () => {
    const result = articleSchema.safeParse({ ...article, url: 'javascript:alert(1)' });
    expect(messages(result)).toEqual(['url: Give the full http(s) address of the original article.']);
  });

  test('requires a place to say where its coordinates come from', () => {
    const result = placeSchema.safeParse({
      name: 'Jolfa',
      kind: 'city',
      country: 'IR',
      province: 'East Azerbaijan',
      coordinates: { lat: 38.9379, lon: 45.6333 },
      onBorder: true,
    });
    expect(messages(result)).toEqual([
      'coordinatesSource: Say where the coordinates come from in `coordinatesSource` (e.g. the GeoNames record `npm run new:place` finds), or remove `coordinates` if no source gives them.',
    ]);
  });
});
