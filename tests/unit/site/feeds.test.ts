import { describe, expect, test } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { addedDay, atomFeed, newestDigests, publishedSentence, type FeedDigest } from '../../../src/lib/site/feeds.ts';

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
});
