/**
 * Checks translated digests against the digests they translate: each must translate a digest that
 * exists, in a language the site has, and only events that digest writes in full; and it must not
 * state a date, place, actor, claim or kind, which come from the original (see translation.ts).
 * Pure: it takes parsed records and returns problems, like integrity.ts, which calls it.
 */
import type { ContentRecord } from './records.ts';
import type { Article, ArticleEvent } from './schema.ts';
import { ORIGINAL_ONLY, type Translation } from './translation.ts';
import type { Problem } from './problems.ts';
import { DEFAULT_LOCALE, TRANSLATION_LOCALES, isLocale } from '../../i18n/locales.ts';

/** Where a translation lives: `translationFile('fa', 'x')` is "content/translations/fa/x.md". */
export const translationFile = (locale: string, articleId: string) => `content/translations/${locale}/${articleId}.md`;

/** A value as a reader of the message recognises it: a dating by its date, a list by its items. */
function shown(value: unknown): string {
  if (value !== null && typeof value === 'object' && 'date' in value) {
    const { date, until } = value as { date?: unknown; until?: unknown };
    return until === undefined ? String(date) : `${String(date)} until ${String(until)}`;
  }
  if (Array.isArray(value)) return value.map(String).join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** What the original says for a field the translation may not state, for the message. */
function originalValue(field: string, article: Article, event: ArticleEvent | undefined): string {
  const source: Record<string, unknown> = event ?? article;
  const value = field === 'published' ? article.published : source[field];
  return value === undefined || (Array.isArray(value) && value.length === 0) ? 'nothing' : shown(value);
}

/**
 * Every problem in the translations; an empty list means each translates a real digest and
 * states no fact of its own. `translations` ids are "<language>/<article id>".
 */
export function checkTranslations(
  translations: readonly ContentRecord<Translation>[],
  articles: readonly ContentRecord<Article>[],
): Problem[] {
  const problems: Problem[] = [];
  const error = (file: string, field: string, message: string, fix: string) =>
    problems.push({ file, field, message, fix, severity: 'error' });
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const writtenIn = new Map<string, string>();
  for (const { id, data } of articles)
    for (const event of data.events) if ('id' in event && !writtenIn.has(event.id)) writtenIn.set(event.id, id);
  const languages = TRANSLATION_LOCALES.map((l) => `"${l}"`).join(' or ');

  for (const { id, filePath, data } of translations) {
    const [locale = '', articleId = '', ...deeper] = id.split('/');
    if (deeper.length > 0 || articleId === '') {
      error(
        filePath,
        '(file path)',
        `A translation must sit directly in a language folder: content/translations/<language>/<article id>.md.`,
        `Move it to ${translationFile(TRANSLATION_LOCALES[0] ?? 'fa', id.split('/').at(-1) ?? id)}, or the folder of its language.`,
      );
      continue;
    }
    if (!isLocale(locale) || locale === DEFAULT_LOCALE) {
      error(
        filePath,
        '(file path)',
        locale === DEFAULT_LOCALE
          ? `"${locale}" is the language the digests are written in: an English digest is edited in content/articles, not translated.`
          : `"${locale}" is not a language the site is translated into.`,
        `Put the translation in the folder of its language: ${languages}. A new language is added in src/i18n/locales.ts first.`,
      );
      continue;
    }
    const original = articleById.get(articleId);
    if (!original) {
      error(
        filePath,
        '(file path)',
        `There is no digest content/articles/${articleId}.md for this file to translate.`,
        'Name the translation exactly as the digest it translates (its file name is the digest’s id), or add the digest first.',
      );
      continue;
    }

    const refuseFacts = (fields: readonly string[], given: object, prefix: string, event?: ArticleEvent) => {
      for (const field of fields) {
        const value = (given as Record<string, unknown>)[field];
        if (value === undefined) continue;
        const was = originalValue(field, original.data, event);
        const same = shown(value) === was;
        error(
          filePath,
          `${prefix}${field}`,
          same
            ? `A translation does not state ${field}: it repeats the original's (${was}), and would go wrong when the original is corrected.`
            : `A translation does not state ${field}: it says ${shown(value)}, where the original ${original.filePath} says ${was}.`,
          `Delete \`${field}\` here: the translated page takes it from ${original.filePath}. If the original is wrong, correct it there.`,
        );
      }
    };
    refuseFacts(ORIGINAL_ONLY.digest, data, '');

    // Each event the digest reports, with its full text where the digest writes it; `see:` gives none.
    const reported = new Map<string, ArticleEvent | undefined>(
      original.data.events.map((e) => ('id' in e ? [e.id, e] : [e.see, undefined])),
    );
    for (const [eventId, translated] of Object.entries(data.events)) {
      const field = `events.${eventId}`;
      const owner = writtenIn.get(eventId);
      if (!reported.has(eventId)) {
        error(
          filePath,
          field,
          owner === undefined
            ? `No digest writes an event "${eventId}".`
            : `The digest ${original.filePath} does not report the event "${eventId}".`,
          `Translate only the events the digest writes in full, under their ids: ${
            [...reported].flatMap(([reportedId, e]) => (e ? [`"${reportedId}"`] : [])).join(', ') || 'it writes none'
          }.`,
        );
        continue;
      }
      const event = reported.get(eventId);
      if (!event) {
        error(
          filePath,
          field,
          `The digest refers to "${eventId}" with \`see:\`; its text belongs to ${owner ?? 'another digest'}.`,
          `Translate the event in ${translationFile(locale, articleById.get(owner ?? '')?.id ?? '<that digest>')} instead, so it has one translation.`,
        );
        continue;
      }
      refuseFacts(ORIGINAL_ONLY.event, translated, `${field}.`, event);
    }
  }
  return problems;
}
