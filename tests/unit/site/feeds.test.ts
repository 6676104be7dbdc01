import { describe, expect, test } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { addedDay, atomFeed, newestDigests, publishedSentence, type FeedDigest } from '../../../src/lib/site/feeds.ts';
import { escapeHtml } from '../../../src/lib/exports/html.ts';

const digest = (id: string, published: FeedDigest['published'], added?: string): FeedDigest => ({
  id,
  headline: `Headline ${id}`,
  outlet: 'Dawn',
  summary: 'The Guards said they had sent ground troops to the border.',
  published,
  added,
  url: `https://example.org/articles/${id}/`,
});
const old = digest('old', { date: '2020-10-26', precision: 'day' }, '2026-12-01');
const recent = digest('recent', { date: '2023-09', precision: 'month' }, '2026-11-21');
const undated = digest('undated', { date: '2020-11', precision: 'month' });

describe('feeds', () => {
  test('order digests by when they joined the site, not by publication', () => {
    expect(newestDigests([recent, undated, old]).map((d) => d.id)).toEqual(['old', 'recent', 'undated']);
  });

  test('count a digest without an added day as added on its publication date', () => {
    expect(addedDay(undated)).toBe('2020-11-01');
  });

  test('say in words when the day of publication is not known', () => {
    expect(publishedSentence({ date: '2020-11', precision: 'month' }, 'bne IntelliNews')).toBe(
      'Published in November 2020 (the day is not known) in bne IntelliNews.',
    );
    expect(publishedSentence({ date: '2020-10-26', precision: 'day' }, 'Dawn')).toBe(
      'Published 26 October 2020 in Dawn.',
    );
  });

  test('write Atom with a published date only where the day is known', () => {
    const xml = atomFeed({
      title: 'T',
      subtitle: 'S',
      selfUrl: 'https://example.org/feeds/digests.xml',
      pageUrl: 'https://example.org/',
      digests: [old, recent],
    });
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed.updated).toBe('2026-12-01T00:00:00.000Z');
    const [first, second] = feed.entry;
    expect(first.published).toBe('2020-10-26T00:00:00.000Z');
    expect(second.published).toBeUndefined();
    expect(second.updated).toBe('2026-11-21T00:00:00.000Z');
  });

  test('say when it was published in the feed’s language and calendar, with a Latin outlet isolated in Persian', () => {
    expect(publishedSentence({ date: '2020-10-26', precision: 'day' }, 'Dawn', 'fa')).toBe(
      'منتشرشده در \u2068Dawn\u2069، ۵ آبان ۱۳۹۹ (۲۶ اکتبر ۲۰۲۰).',
    );
    expect(publishedSentence({ date: '2020-11', precision: 'month' }, 'bne IntelliNews', 'fa')).toBe(
      'منتشرشده در \u2068bne IntelliNews\u2069، آبان و آذر ۱۳۹۹ (نوامبر ۲۰۲۰)؛ روز انتشار معلوم نیست.',
    );
    expect(publishedSentence({ date: '2021', precision: 'year' }, 'Dawn', 'az')).toBe(
      'Dərc olunub: Dawn, 2021 (ayı və günü məlum deyil).',
    );
  });

  test('say their language, and link each entry to the same digest in the other languages', () => {
    const persian = {
      ...old,
      url: 'https://example.org/fa/articles/old/',
      alternates: [
        { hreflang: 'en', url: 'https://example.org/articles/old/' },
        { hreflang: 'az-Latn', url: 'https://example.org/az/articles/old/' },
      ],
    };
    const xml = atomFeed({
      title: 'T',
      subtitle: 'S',
      selfUrl: 'https://example.org/fa/feeds/digests.xml',
      pageUrl: 'https://example.org/fa/',
      digests: [persian],
      locale: 'fa',
    });
    const { feed } = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'link' }).parse(xml);
    expect(feed['@_xml:lang']).toBe('fa');
    expect(feed.entry.link.map((l: Record<string, string>) => [l['@_hreflang'], l['@_href']])).toEqual([
      [undefined, 'https://example.org/fa/articles/old/'],
      ['en', 'https://example.org/articles/old/'],
      ['az-Latn', 'https://example.org/az/articles/old/'],
    ]);
    expect(feed.rights).toContain('CC BY 4.0');
  });

  test('show a headline written as markup as its characters, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)"> ]]><entry>&amp;';
    const xml = atomFeed({
      title: 'T',
      subtitle: 'S',
      selfUrl: 'https://example.org/feeds/digests.xml',
      pageUrl: 'https://example.org/',
      digests: [{ ...old, headline: hostile, summary: `${hostile} and more words to make a summary.` }],
    });
    const { feed } = new XMLParser({ ignoreAttributes: false, cdataPropName: 'cdata' }).parse(xml);
    expect([feed.entry].flat()).toHaveLength(1);
    // What a feed reader shows is the title as HTML: the same characters, escaped once.
    expect(feed.entry.title.cdata).toBe(escapeHtml(hostile));
    expect(feed.entry.title.cdata).not.toMatch(/<|>/);
    expect(feed.entry.summary.cdata).not.toMatch(/<|>/);
  });
});
