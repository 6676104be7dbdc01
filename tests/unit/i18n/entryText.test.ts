import { describe, expect, test } from 'vitest';
import { entryText, indexTranslations } from '../../../src/lib/i18n/entryText.ts';
import { roleKey } from '../../../src/lib/i18n/actorRoles.ts';
import type { TimelineEntry } from '../../../src/lib/timeline/entries.ts';

const index = indexTranslations([
  {
    id: 'fa/a1',
    filePath: 'content/translations/fa/a1.md',
    data: { headline: 'سرخط', summary: 'خلاصهٔ یک مقاله', events: { e1: { summary: 'رویدادی در مرز' } } },
  },
]);
const entry = (type: 'event' | 'article', id: string): TimelineEntry => ({
  anchor: `${type}-${id}`,
  type,
  id,
  when: { date: '2020-10-25', precision: 'day' },
  title: 'English title',
  ...(type === 'article' ? { summary: 'English summary' } : {}),
  places: [],
  actors: [],
  sources: [],
});

describe('an entry’s words in a language', () => {
  test('come from the translation where there is one', () => {
    expect(entryText('fa', entry('article', 'a1'), index)).toEqual({ title: 'سرخط', summary: 'خلاصهٔ یک مقاله' });
    expect(entryText('fa', entry('event', 'e1'), index)).toEqual({ title: 'رویدادی در مرز' });
  });

  test('fall back to English, marked, where there is none', () => {
    expect(entryText('fa', entry('event', 'e2'), index)).toEqual({ title: 'English title', lang: 'en' });
    expect(entryText('az', entry('article', 'a1'), index)).toMatchObject({ title: 'English title', lang: 'en' });
  });

  test('are the English ones on English pages', () => {
    expect(entryText('en', entry('article', 'a1'), index)).toEqual({
      title: 'English title',
      summary: 'English summary',
    });
  });
});

describe('what an actor did, as a message', () => {
  test('names the claim, the denial, or the part taken', () => {
    expect(roleKey(['claims'], true)).toBe('role.claims');
    expect(roleKey(['acts', 'denies'], true)).toBe('role.deniesAndNamed');
    expect(roleKey(['acts'], true)).toBe('role.namedIn');
    expect(roleKey(['acts'], false)).toBe('role.takesPart');
  });
});
