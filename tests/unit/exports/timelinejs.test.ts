import { describe, expect, test } from 'vitest';
import { buildEntries } from '../../../src/lib/timeline/entries.ts';
import {
  timelineJs,
  timelineJsIndex,
  timelineJsSchema,
  toTimelineJsDate,
} from '../../../src/lib/exports/timelinejs.ts';
import { article, sampleContent } from '../../support/records.ts';
import { testUrls } from '../../support/site-urls.ts';

const names = { urls: testUrls, placeName: (id: string) => id, actorName: (id: string) => id };

describe('TimelineJS dates', () => {
  test('are given only as precisely as they are known', () => {
    expect(toTimelineJsDate('2020-10-25')).toEqual({ year: 2020, month: 10, day: 25 });
    expect(toTimelineJsDate('2020-11')).toEqual({ year: 2020, month: 11 });
    expect(toTimelineJsDate('2023')).toEqual({ year: 2023 });
  });
});

describe('the TimelineJS file', () => {
  const entries = buildEntries(sampleContent().articles);
  const data = timelineJs(entries, names);

  test('has one slide per event and follows its schema', () => {
    expect(data.events.map((e) => e.unique_id)).toEqual(entries.filter((e) => e.type === 'event').map((e) => e.anchor));
    expect(timelineJsSchema.safeParse(data).success).toBe(true);
  });

  test('lists the digests that report an event as its sources, with full addresses', () => {
    const deployment = data.events.find((e) => e.unique_id === 'event-deployment')!;
    expect(deployment.text.text.match(/<li>/g)).toHaveLength(3);
    expect(deployment.text.text).toContain('href="https://example.org/articles/2020-10-26-first/"');
  });

  test('escapes every piece of content, so no markup from a digest reaches the page', () => {
    const set = sampleContent();
    const hostile = article('2020-10-27-hostile', {
      headline: '<img src=x onerror=alert(1)>',
      outlet: 'Evil & Co "quoted"',
      published: { date: '2020-10-27', precision: 'day' },
      events: [
        {
          id: 'hostile-event',
          when: { date: '2020-10-27', precision: 'day' },
          kind: 'statement',
          summary: '<script>alert(1)</script> said something about the border.',
        },
      ],
    });
    const slide = timelineJs(buildEntries([...set.articles, hostile]), names).events.find(
      (e) => e.unique_id === 'event-hostile-event',
    )!;
    expect(slide.text.headline).toBe('&lt;script&gt;alert(1)&lt;/script&gt; said something about the border.');
    expect(slide.text.text).toContain('Evil &amp; Co &quot;quoted&quot;: &lt;img src=x onerror=alert(1)&gt;');
    expect(slide.text.text).not.toMatch(/<(img|script)/);
  });

  test('gives a span an end date', () => {
    const set = sampleContent();
    const span = article('2020-10-28-span', {
      published: { date: '2020-10-28', precision: 'day' },
      events: [
        {
          id: 'autumn',
          when: { date: '2020-10', until: '2020-11', precision: 'month' },
          kind: 'fighting',
          summary: 'Fighting went on through October and November.',
        },
      ],
    });
    const slide = timelineJs(buildEntries([...set.articles, span]), names).events.find(
      (e) => e.unique_id === 'event-autumn',
    )!;
    expect([slide.start_date, slide.end_date]).toEqual([
      { year: 2020, month: 10 },
      { year: 2020, month: 11 },
    ]);
  });
});

describe('a timeline cut into parts', () => {
  const entries = buildEntries(sampleContent().articles);

  test('makes each part a whole TimelineJS file whose title slide says which part it is', () => {
    const part = timelineJs(entries, names, { label: 'October 2020', number: 3, count: 60 });
    expect(timelineJsSchema.safeParse(part).success).toBe(true);
    expect(part.title.text.headline).toBe('Aras Border Timeline: October 2020');
    expect(part.title.text.text).toContain('Part 3 of 60: the events that begin in October 2020.');
    expect(part.title.text.text).toContain('href="https://example.org/data/"');
    expect(part.events).toHaveLength(entries.filter((e) => e.type === 'event').length);
  });

  test('keeps timelinejs.json loadable as their index: one slide per part, linking its file', () => {
    const index = timelineJsIndex(
      [
        { key: '2020-10', label: 'October 2020', eventCount: 120, path: 'timelinejs/2020-10.json' },
        { key: '2023', label: '2023', eventCount: 1, path: 'timelinejs/2023.json' },
      ],
      names,
    );
    expect(timelineJsSchema.safeParse(index).success).toBe(true);
    expect(index.events.map((e) => [e.start_date, e.text.headline])).toEqual([
      [{ year: 2020, month: 10 }, 'October 2020: 120 events'],
      [{ year: 2023 }, '2023: 1 event'],
    ]);
    expect(index.events[0]!.text.text).toContain('href="https://example.org/data/timelinejs/2020-10.json"');
  });
});
