/**
 * The translations in content/ against the digests they translate, read from disk as the build
 * reads them: each passes the check, and the Persian edition translates every digest and every
 * event written in full, so no Persian page of these five falls back to English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { load, CORE_SCHEMA } from 'js-yaml';
import { articleSchema, type Article } from '../../../src/lib/model/schema.ts';
import { translationSchema, type Translation } from '../../../src/lib/model/translation.ts';
import { checkTranslations } from '../../../src/lib/model/translationCheck.ts';
import type { ContentRecord } from '../../../src/lib/model/records.ts';

const CONTENT = new URL('../../../content/', import.meta.url);
const frontmatter = (path: string) =>
  load(readFileSync(new URL(path, CONTENT), 'utf8').split('---\n')[1] ?? '', { schema: CORE_SCHEMA });
const ids = (folder: string) =>
  readdirSync(new URL(folder, CONTENT))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3))
    .sort();

const articles: ContentRecord<Article>[] = ids('articles/').map((id) => ({
  id,
  filePath: `content/articles/${id}.md`,
  data: articleSchema.parse(frontmatter(`articles/${id}.md`)),
}));
const persian: ContentRecord<Translation>[] = ids('translations/fa/').map((id) => ({
  id: `fa/${id}`,
  filePath: `content/translations/fa/${id}.md`,
  data: translationSchema.parse(frontmatter(`translations/fa/${id}.md`)),
}));

describe('the Persian translations', () => {
  test('pass the translation check', () => {
    expect(checkTranslations(persian, articles)).toEqual([]);
  });

  test('translate every digest', () => {
    expect(persian.map((t) => t.id.slice('fa/'.length))).toEqual(articles.map((a) => a.id));
  });

  test('translate every event their digest writes in full', () => {
    for (const { id, data } of articles) {
      const written = data.events.flatMap((e) => ('id' in e ? [e.id] : [])).sort();
      const translated = Object.keys(persian.find((t) => t.id === `fa/${id}`)?.data.events ?? {}).sort();
      expect(translated, id).toEqual(written);
    }
  });

  test('are written in Persian, with Persian digits in the text', () => {
    for (const { id, data } of persian) {
      const texts = [data.headline, data.summary, ...Object.values(data.events).map((e) => e.summary)];
      for (const text of texts) expect(text, id).toMatch(/\p{Script=Arabic}/u);
      for (const text of texts) expect(text, `${id}: use Persian digits`).not.toMatch(/[0-9]/);
    }
  });
});
