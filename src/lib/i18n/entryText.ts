/**
 * The words of a timeline entry in a language: from the translations where they have them, else
 * the English, marked so the page can say so. Pure: the translations arrive as records.
 */
import type { Locale } from '../../i18n/locales.ts';
import { DEFAULT_LOCALE } from '../../i18n/locales.ts';
import type { ContentRecord } from '../model/records.ts';
import type { Translation } from '../model/translation.ts';
import type { TimelineEntry } from '../timeline/entries.ts';

export interface EntryText {
  title: string;
  summary?: string | undefined;
  /** "en" when the entry is not yet translated into the page's language. */
  lang?: 'en';
}

/** Looks up translated words by language and article or event id. */
export interface TranslationIndex {
  digest(locale: Locale, articleId: string): Translation | undefined;
  event(locale: Locale, eventId: string): string | undefined;
}

/** Indexes translation records, whose ids are "<language>/<article id>". */
export function indexTranslations(records: readonly ContentRecord<Translation>[]): TranslationIndex {
  const digests = new Map<string, Translation>();
  const events = new Map<string, string>();
  for (const { id, data } of records) {
    digests.set(id, data);
    const locale = id.split('/')[0]!;
    for (const [eventId, event] of Object.entries(data.events)) events.set(`${locale}/${eventId}`, event.summary);
  }
  return {
    digest: (locale, articleId) => digests.get(`${locale}/${articleId}`),
    event: (locale, eventId) => events.get(`${locale}/${eventId}`),
  };
}

/**
 * `entryText('fa', entry, index)` is the entry's headline and summary (an article) or its
 * summary (an event) in Persian, or in English with `lang: 'en'` where nobody has translated it.
 */
export function entryText(locale: Locale, entry: TimelineEntry, index: TranslationIndex): EntryText {
  const english = { title: entry.title, summary: entry.summary };
  if (locale === DEFAULT_LOCALE) return english;
  if (entry.type === 'article') {
    const digest = index.digest(locale, entry.id);
    return digest ? { title: digest.headline, summary: digest.summary } : { ...english, lang: 'en' };
  }
  const summary = index.event(locale, entry.id);
  return summary ? { title: summary } : { ...english, lang: 'en' };
}
