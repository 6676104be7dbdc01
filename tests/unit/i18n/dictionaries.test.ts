import { describe, expect, test } from 'vitest';
import { DICTIONARIES, messages, splitAt, type Message } from '../../../src/i18n/messages.ts';
import { LOCALES, LOCALE_CODES, type Locale } from '../../../src/i18n/locales.ts';
import { EVENT_KINDS, PLACE_KINDS, ACTOR_KINDS } from '../../../src/lib/model/schema.ts';
import { countryName, kindLabel, placeKindLabel } from '../../../src/lib/site/labels.ts';
import { ACTOR_KIND_HEADINGS } from '../../../src/lib/timeline/actors.ts';

const english = DICTIONARIES.en;
const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const otherForm = (message: Message) => (typeof message === 'string' ? message : message.other);
const texts = (message: Message) => (typeof message === 'string' ? [message] : Object.values(message));

/** Messages a language may leave as they are in English: the same word in both. */
const SAME_AS_ENGLISH: { [L in Locale]?: string[] } = { az: ['placeKind.region'] };

/** A string with words in it, not only placeholders and punctuation ("{date}: {count}" has none to translate). */
const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\{\w+\}/g, ''));

describe.each(LOCALE_CODES.filter((l) => l !== 'en'))('the %s dictionary', (locale) => {
  const dictionary: Record<string, Message> = DICTIONARIES[locale];

  test('has every English string and no other', () => {
    expect(Object.keys(dictionary).sort()).toEqual(Object.keys(english).sort());
  });

  test('counts where English counts, with the slots English fills', () => {
    for (const [key, source] of Object.entries(english)) {
      const message = dictionary[key]!;
      expect(typeof message, key).toBe(typeof source);
      expect(slots(otherForm(message)), key).toEqual(slots(otherForm(source)));
    }
  });

  test('uses only the plural categories the language has, and always "other"', () => {
    const categories = new Intl.PluralRules(LOCALES[locale].intl).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(dictionary)) {
      if (typeof message === 'string') continue;
      expect(message.other, key).toBeTruthy();
      for (const category of Object.keys(message)) expect(categories, `${key}.${category}`).toContain(category);
    }
  });

  test('translates every string rather than copying the English', () => {
    for (const [key, message] of Object.entries(dictionary)) {
      for (const text of texts(message)) expect(text.trim(), key).not.toBe('');
      if (SAME_AS_ENGLISH[locale]?.includes(key) || !texts(message).some(hasWords)) continue;
      expect(message, key).not.toEqual(english[key as keyof typeof english]);
    }
  });
});

describe('scripts', () => {
  test('every Persian string is written in Persian script', () => {
    for (const [key, message] of Object.entries(DICTIONARIES.fa))
      for (const text of texts(message).filter(hasWords)) expect(text, key).toMatch(/\p{Script=Arabic}/u);
  });

  // A Latin run that opens a bracket and ends on its closing one ("GeoNames (CC BY 4.0)") needs
  // isolating in a right-to-left string: the closing bracket takes the line's direction and shows
  // at the far end, turned round. Isolates are U+2066 (or U+2068) … U+2069.
  test('right-to-left strings isolate a Latin parenthetical', () => {
    const rtl = LOCALE_CODES.filter((l) => LOCALES[l].dir === 'rtl');
    expect(rtl).toContain('fa');
    for (const locale of rtl)
      for (const [key, message] of Object.entries(DICTIONARIES[locale]))
        for (const text of texts(message)) {
          const outside = text.replace(/\{\w+\}/g, '').replace(/[\u2066-\u2068][^\u2069]*\u2069/g, '');
          expect(outside, `${locale}: ${key}`).not.toMatch(
            /\p{Script=Latin}[^\p{Script=Arabic}]*\([^\p{Script=Arabic}]*\)/u,
          );
        }
  });

  test('Azerbaijani strings use Latin letters only, never a Cyrillic or Arabic look-alike', () => {
    for (const [key, message] of Object.entries(DICTIONARIES.az))
      for (const text of texts(message)) expect(text, key).not.toMatch(/[\p{Script=Cyrillic}\p{Script=Arabic}]/u);
  });
});

describe('messages', () => {
  test('fills slots and counts in the plural form and digits of the language', () => {
    expect(messages('en').count('count.entries', 1)).toBe('1 entry');
    expect(messages('en').count('count.entries', 12)).toBe('12 entries');
    expect(messages('fa').count('count.entries', 12)).toBe('۱۲ مورد');
    expect(messages('az').count('count.events', 3)).toBe('3 hadisə');
    expect(messages('fa').text('pager.status', { page: '۲', pages: '۳' })).toBe('صفحهٔ ۲ از ۳');
  });

  test('leaves a slot it was given no value for, so the gap shows', () => {
    expect(messages('en').text('place.pagesOf')).toBe('Pages of entries at {place}');
  });

  test('labels every event kind, place kind and actor kind in every language', () => {
    for (const locale of LOCALE_CODES) {
      const m = messages(locale);
      for (const kind of EVENT_KINDS) expect(m.eventKind(kind)).toBeTruthy();
      for (const kind of PLACE_KINDS) expect(m.placeKind(kind)).toBeTruthy();
      for (const kind of ACTOR_KINDS) expect(m.actorKindHeading(kind)).toBeTruthy();
    }
  });

  test('names a country the dictionary lacks through Intl, in the language', () => {
    expect(messages('fa').country('IR')).toBe('ایران');
    expect(messages('en').country('FR')).toBe('France');
    expect(messages('fa').country('FR')).toBe('فرانسه');
  });

  test('says in English exactly what the current labels say, so the pages can switch to it unchanged', () => {
    const m = messages('en');
    for (const kind of EVENT_KINDS) expect(m.eventKind(kind)).toBe(kindLabel(kind));
    expect(m.eventKind(undefined)).toBe(kindLabel(undefined));
    for (const kind of PLACE_KINDS) expect(m.placeKind(kind)).toBe(placeKindLabel(kind));
    for (const kind of ACTOR_KINDS) expect(m.actorKindHeading(kind)).toBe(ACTOR_KIND_HEADINGS[kind]);
    for (const code of ['IR', 'AZ', 'AM', 'GE', 'TR', 'RU', 'US', 'CH'])
      expect(m.country(code)).toBe(countryName(code));
  });

  test('splits a message at the slot where a page puts a link', () => {
    expect(splitAt(messages('fa').text('period.wholeOnOnePage'), 'link')).toEqual([
      '',
      ' همهٔ ماه‌ها را در یک صفحه دارد.',
    ]);
  });
});
