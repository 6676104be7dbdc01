import { describe, expect, test } from 'vitest';
import { buildEntries } from '../../../src/lib/timeline/entries.ts';
import { escapeText, foldLine, icalendar, nextDay } from '../../../src/lib/exports/icalendar.ts';
import { article, sampleContent } from '../../support/records.ts';
import { testUrls } from '../../support/site-urls.ts';

const names = { urls: testUrls, placeName: (id: string) => id, actorName: (id: string) => id };
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('iCalendar text', () => {
  test('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b; c, d\ne')).toBe('a\\\\b\\; c\\, d\\ne');
  });

  test('folds a long line into lines of at most 75 octets that unfold to the original', () => {
    const line = `SUMMARY:${'x'.repeat(200)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(line);
  });

  test('never splits a multi-byte character', () => {
    const line = `LOCATION:${'جلفا '.repeat(30)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) {
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(unfold(folded)).toBe(line);
  });

  test('gives an all-day event its exclusive end, across a month end', () => {
    expect(nextDay('2020-10-31')).toBe('2020-11-01');
    expect(nextDay('2020-02-28')).toBe('2020-02-29');
  });
});

describe('the calendar', () => {
  const entries = buildEntries(sampleContent().articles);
  const ics = icalendar(entries, { ...names, stamp: '2020-11-10' });

  test('holds the events known to the day as all-day events, and only those', () => {
    const dayEvents = entries.filter((e) => e.type === 'event' && e.when.precision === 'day');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(dayEvents.length);
    expect(ics).toContain('DTSTART;VALUE=DATE:20201025\r\nDTEND;VALUE=DATE:20201026');
    expect(ics).not.toContain('peace-deal');
  });

  test('says in its description how many events it leaves out', () => {
    expect(unfold(ics)).toMatch(/DESCRIPTION:[^\r]*1 event is known only to the month or the year and left out/);
  });

  test('makes a span one event over all its days', () => {
    const set = sampleContent();
    const span = article('2020-10-28-span', {
      published: { date: '2020-10-28', precision: 'day' },
      events: [
        {
          id: 'first-week',
          when: { date: '2020-09-27', until: '2020-10-03', precision: 'day' },
          kind: 'cross-border-fire',
          summary: 'Mortar rounds crossed into Iran during the first week.',
        },
      ],
    });
    const out = unfold(icalendar(buildEntries([...set.articles, span]), { ...names, stamp: '2020-11-10' }));
    expect(out).toContain(
      'UID:event-first-week@aras-border-timeline\r\nDTSTAMP:20201110T000000Z\r\nDTSTART;VALUE=DATE:20200927\r\nDTEND;VALUE=DATE:20201004',
    );
  });

  test('uses CRLF line ends and escapes the content', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    expect(unfold(ics)).toMatch(/^URL:https:\/\/example\.org\/#event-deployment$/m);
  });
});

describe('a calendar cut into parts', () => {
  test('names its part and points to the others', () => {
    const entries = buildEntries(sampleContent().articles);
    const ics = unfold(
      icalendar(entries, { ...names, stamp: '2020-11-01' }, { label: 'October 2020', number: 2, count: 5 }),
    );
    expect(ics).toContain('X-WR-CALNAME:Aras Border Timeline: October 2020\r\n');
    expect(ics).toContain(
      "Part 2 of 5 of the Aras Border Timeline's calendar: the events known to the day that begin in October 2020",
    );
    expect(ics).toContain('are listed at https://example.org/data/.');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(
      entries.filter((e) => e.type === 'event' && e.when.precision === 'day').length,
    );
  });
});
