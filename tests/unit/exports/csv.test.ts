import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { buildEntries } from '../../../src/lib/timeline/entries.ts';
import { cellText, contentCsv, neutralise, tableCsv } from '../../../src/lib/exports/csv.ts';
import { WHOLE_EXPORT_LIMIT } from '../../../src/lib/exports/parts.ts';
import { TABLES, articlesTable, eventsTable, placesTable } from '../../../src/lib/exports/tables.ts';
import { article, place, sampleContent } from '../../support/records.ts';
import { testUrls } from '../../support/site-urls.ts';

const content = () => {
  const set = sampleContent();
  return { ...set, urls: testUrls, entries: buildEntries(set.articles) };
};
const read = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];

describe('neutralising formulas', () => {
  test.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('prefixes %j with an apostrophe', (cell) => {
    expect(neutralise(cell)).toBe(`'${cell}`);
  });

  test('leaves ordinary text alone, including a sign inside it', () => {
    expect(neutralise('Iran says 2+2 = 4')).toBe('Iran says 2+2 = 4');
  });

  test('a hostile headline reaches the CSV as text a spreadsheet will not run', () => {
    const set = sampleContent();
    const hostile = '=HYPERLINK("http://evil","x")';
    const articles = [
      ...set.articles,
      article('2020-10-27-hostile', { headline: hostile, published: { date: '2020-10-27', precision: 'day' } }),
    ];
    const csv = contentCsv(articlesTable, { ...set, urls: testUrls, articles, entries: buildEntries(articles) });
    const row = read(csv).find((r) => r['id'] === '2020-10-27-hostile')!;
    expect(row['headline']).toBe(`'${hostile}`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  test('writes a negative number as a number, not as text', () => {
    const lon = placesTable.fields.find((f) => f.name === 'lon')!;
    expect(cellText(lon, -45.5)).toBe('-45.5');
  });
});

describe('the CSV tables', () => {
  test('start with a byte-order mark and a header row naming every column', () => {
    for (const table of TABLES) {
      const csv = contentCsv(table, content());
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv.slice(1).split('\r\n')[0]).toBe(table.fields.map((f) => f.name).join(','));
    }
  });

  test('have one events row per event, with the date as written and its precision beside it', () => {
    const rows = read(contentCsv(eventsTable, content()));
    const events = content().entries.filter((e) => e.type === 'event');
    expect(rows.map((r) => r['id'])).toEqual(events.map((e) => e.id));
    const peace = rows.find((r) => r['id'] === 'peace-deal')!;
    expect([peace['date'], peace['precision']]).toEqual(['2020-11', 'month']);
  });

  test('join lists with "|", and write a "|" inside an item as "/"', () => {
    const set = sampleContent();
    const places = [place('jolfa', 'Jolfa', { aliases: ['Julfa', 'Culfa | Djulfa'] }), ...set.places.slice(1)];
    const rows = read(contentCsv(placesTable, { ...set, urls: testUrls, places, entries: buildEntries(set.articles) }));
    expect(rows.find((r) => r['id'] === 'jolfa')!['aliases']).toBe('Julfa|Culfa / Djulfa');
    const shelling = read(contentCsv(eventsTable, content())).find((r) => r['id'] === 'shelling-claim')!;
    expect(shelling['claimedBy']).toBe('armenia');
    expect(shelling['deniedBy']).toBe('azerbaijan');
  });

  test('quote a cell holding a comma, a quote or a line break, so it stays one cell', () => {
    const set = sampleContent();
    const headline = 'Iran, "Armenia"\nand Azerbaijan';
    const articles = [article('2020-10-27-quoted', { headline, published: { date: '2020-10-27', precision: 'day' } })];
    const rows = read(contentCsv(articlesTable, { ...set, urls: testUrls, articles, entries: buildEntries(articles) }));
    expect(rows).toHaveLength(1);
    expect(rows[0]!['headline']).toBe(headline);
  });

  test('spell booleans true and false', () => {
    const rows = read(contentCsv(placesTable, content()));
    expect(rows.map((r) => r['onBorder']).sort()).toEqual(['false', 'true', 'true']);
  });
});

describe('tables that grow with the archive', () => {
  // One more event than a file holds, spread over twelve months: the events table is cut by month.
  const base = content();
  const event = base.entries.find((e) => e.type === 'event')!;
  const many = Array.from({ length: WHOLE_EXPORT_LIMIT + 1 }, (_, i) => ({
    ...event,
    id: `event-${i}`,
    anchor: `event-event-${i}`,
    when: { date: `2021-${String((i % 12) + 1).padStart(2, '0')}-01`, precision: 'day' as const },
  }));

  test('are written whole while one file holds them', () => {
    expect(eventsTable.parts(base)).toBeUndefined();
    expect(articlesTable.parts(base)).toBeUndefined();
  });

  test('are cut into one part per period past the limit, every row in one part under one header', () => {
    const parts = eventsTable.parts({ ...base, entries: many })!;
    expect(parts.map((p) => p.key)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2021-${String(i + 1).padStart(2, '0')}`),
    );
    const rows = parts.flatMap((p) => read(tableCsv(eventsTable, p.records)));
    expect(rows.map((r) => r['id']).sort()).toEqual(many.map((e) => e.id).sort());
    expect(read(tableCsv(eventsTable, parts[0]!.records)).every((r) => r['date']!.startsWith('2021-01'))).toBe(true);
  });

  test('never cut the gazetteer or the actors, which grow with places and people, not with digests', () => {
    expect(
      TABLES.filter((t) => t.name === 'actors' || t.name === 'places').every(
        (t) => t.parts({ ...base, entries: many }) === undefined,
      ),
    ).toBe(true);
  });
});
