import { describe, expect, test } from 'vitest';
import { buildEntries } from '../../../src/lib/timeline/entries.ts';
import { timelineJs, timelineJsSchema, toTimelineJsDate } from '../../../src/lib/exports/timelinejs.ts';
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
