import { expect, test } from 'vitest';
import { LOCALES, TRANSLATION_LOCALES, localePath, splitLocalePath } from '../../../src/i18n/locales.ts';

test('Persian reads right to left and the other languages left to right', () => {
  expect(LOCALES.fa.dir).toBe('rtl');
  expect(LOCALES.en.dir).toBe('ltr');
  expect(LOCALES.az.dir).toBe('ltr');
});

test('a digest can be translated into every language but English', () => {
  expect(TRANSLATION_LOCALES).toEqual(['fa', 'az']);
});

test('puts a path under its language prefix, the default language at the root', () => {
  expect(localePath('fa', '/timeline/2020-10/')).toBe('/fa/timeline/2020-10/');
  expect(localePath('az', 'map/')).toBe('/az/map/');
  expect(localePath('en', '/map/')).toBe('/map/');
  expect(localePath('fa', '/')).toBe('/fa/');
});

test('reads the language back from a path', () => {
  expect(splitLocalePath('/fa/places/jolfa/')).toEqual({ locale: 'fa', path: '/places/jolfa/' });
  expect(splitLocalePath('/fa/')).toEqual({ locale: 'fa', path: '/' });
  expect(splitLocalePath('/az')).toEqual({ locale: 'az', path: '/' });
  expect(splitLocalePath('/places/fa/')).toEqual({ locale: 'en', path: '/places/fa/' });
  expect(splitLocalePath('/fast/')).toEqual({ locale: 'en', path: '/fast/' });
});
