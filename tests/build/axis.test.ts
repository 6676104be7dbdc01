/**
 * The time axis as built: on the front page and each month page, every mark a named link to an
 * element that exists, and its table of counts agreeing with the timeline beside it.
 */
import { describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { files, page, text } from '../support/dist.ts';

const monthPages = files().filter((f) => /^timeline\/[^/]+\/index\.html$/.test(f));
const otherLanguages = files().filter((f) => /^(fa|az)\/(index\.html|timeline\/[^/]+\/index\.html)$/.test(f));

/** The page and the element a site-relative link names, or undefined where either is missing. */
function target(href: string): HTMLElement | undefined | null {
  const [path, fragment] = href.split('#') as [string, string | undefined];
  const doc = page(path!.replace(/^\//, ''));
  return fragment ? doc.getElementById(fragment) : doc;
}

describe.each(['index.html', ...monthPages])('the time axis on %s', (path) => {
  const doc = page(path);
  const axis = doc.querySelector('figure.axis');

  test('is drawn as SVG with a key and a table', () => {
    expect(axis).not.toBeNull();
    expect(axis!.querySelector('svg.axis-svg')).not.toBeNull();
    expect(axis!.querySelectorAll('.axis-legend li').length).toBeGreaterThan(0);
    expect(axis!.querySelector('details.axis-table table')).not.toBeNull();
  });

  test('makes every mark and band a named link to an element that exists', () => {
    const links = axis!.querySelectorAll('svg a');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      const href = a.getAttribute('href')!;
      expect(a.getAttribute('aria-label'), href).toMatch(/^.+: \d+ entr(y|ies)$|^.+\d+ entr(y|ies)$/);
      expect(target(href), href).toBeTruthy();
    }
  });
});

describe.each(otherLanguages)('the time axis on %s', (path) => {
  const doc = page(path);
  const axis = doc.querySelector('figure.axis');
  const prefix = `/${path.slice(0, 2)}/`;

  test('links every mark, band and row to an element that exists in the same language', () => {
    expect(axis).not.toBeNull();
    const links = axis!.querySelectorAll('svg a, tbody a');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      const href = a.getAttribute('href')!;
      expect(href.startsWith(prefix), href).toBe(true);
      expect(target(href), href).toBeTruthy();
    }
  });

  test('has not a word of English in its names, key and table', () => {
    const words = [
      ...axis!.querySelectorAll('[aria-label]').map((el) => el.getAttribute('aria-label')!),
      text(axis!.querySelector('.axis-legend')),
      text(axis!.querySelector('.axis-table')),
    ].join(' ');
    expect(words).not.toMatch(/\b(entry|entries|October|Known|Sometime|Nothing|Month|Day)\b/);
  });
});

describe('the Persian front page’s axis', () => {
  const home = page('fa/');
  const english = page('').querySelector('figure.axis')!;
  const axis = home.querySelector('figure.axis')!;
  const persianDigits = (n: number) => n.toLocaleString('fa-IR');

  test('names a day in both calendars with its count in Persian digits', () => {
    const mark = axis.querySelector('a[href="/fa/#day-2020-10-25"]');
    const shown = home.getElementById('day-2020-10-25')!.querySelectorAll('article.entry[id]').length;
    expect(mark?.getAttribute('aria-label')).toBe(`۴ آبان ۱۳۹۹ (۲۵ اکتبر ۲۰۲۰): ${persianDigits(shown)} مورد`);
    expect(text(axis.querySelector('.axis-legend'))).toContain('تنها ماه معلوم است');
  });

  test('runs from the right, the earliest time at the right edge, mirroring the English drawing', () => {
    const xOf = (figure: HTMLElement, href: string) => {
      const rect = figure.querySelector(`a[href="${href}"] rect`)!;
      return { x: parseFloat(rect.getAttribute('x')!), width: parseFloat(rect.getAttribute('width')!) };
    };
    const en = xOf(english, '/#day-2020-10-25');
    const fa = xOf(axis, '/fa/#day-2020-10-25');
    expect(fa.x).toBeCloseTo(100 - en.x - en.width, 1);
    const marks = axis.querySelectorAll('svg > a:not(.axis-band) rect:not(.b)');
    const xs = marks.map((r) => parseFloat(r.getAttribute('x')!));
    expect(xs.length).toBeGreaterThan(3);
    expect(xs[0]!, 'the first (earliest) mark is right of the last').toBeGreaterThan(xs.at(-1)!);
    expect(axis.querySelector('aras-axis')?.getAttribute('data-segments')).toBe(
      english.querySelector('aras-axis')?.getAttribute('data-segments'),
    );
  });

  test('counts the same entries per month as the timeline lists, in Persian digits', () => {
    const rows = axis.querySelectorAll('tbody tr');
    expect(rows.length).toBeGreaterThan(0);
    for (const tr of rows) {
      const href = tr.querySelector('a')!.getAttribute('href')!;
      const count = target(href)!.querySelectorAll('article.entry[id]').length;
      expect(text(tr.querySelector('td')), href).toBe(persianDigits(count));
    }
  });
});

describe('the front page’s axis', () => {
  const home = page('');
  const axis = home.querySelector('figure.axis')!;

  test('names each day by its date and its count, as the timeline shows it', () => {
    const mark = axis.querySelector('a[href="/#day-2020-10-25"]');
    const day = home.getElementById('day-2020-10-25')!;
    const shown = day.querySelectorAll('article.entry[id]').length;
    expect(mark?.getAttribute('aria-label')).toBe(`25 October 2020: ${shown} ${shown === 1 ? 'entry' : 'entries'}`);
  });

  test('shows the quiet years between 2020 and 2023 as a break', () => {
    const breaks = axis.querySelectorAll('.axis-break[aria-label]');
    expect(breaks.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Nothing from 30 November 2020 to 1 September 2023',
    ]);
  });

  test('draws the month-only entries and the spans as bands a key names', () => {
    expect(axis.querySelectorAll('.axis-band-month').length).toBeGreaterThan(0);
    expect(axis.querySelectorAll('.axis-band-span').length).toBeGreaterThan(0);
    expect(text(axis.querySelector('.axis-legend'))).toContain('Known only to the month');
  });

  test('counts the same entries per month as the timeline lists', () => {
    const rows = axis.querySelectorAll('tbody tr').map((tr) => ({
      href: tr.querySelector('a')!.getAttribute('href')!,
      count: Number(text(tr.querySelector('td'))),
    }));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const section = target(row.href)!;
      expect(section.querySelectorAll('article.entry[id]').length, row.href).toBe(row.count);
    }
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(home.querySelectorAll('article.entry[id]').length);
  });
});

describe('a month page’s axis', () => {
  test('draws the month’s days and counts them as its timeline does', () => {
    const doc = page('timeline/2020-10/');
    const axis = doc.querySelector('figure.axis')!;
    expect(axis.querySelectorAll('.axis-tick-day').length).toBeGreaterThanOrEqual(4);
    const total = axis.querySelectorAll('tbody td').reduce((n, td) => n + Number(text(td)), 0);
    expect(total).toBe(doc.querySelectorAll('article.entry[id]').length);
  });
});

describe('spans across months', () => {
  test('shows a span under each later month it lasts into, marked as continuing', () => {
    const doc = page('timeline/2020-10/');
    const continuing = doc.querySelectorAll('.period-continuing article.entry-continuing');
    expect(continuing.length).toBeGreaterThan(0);
    for (const entry of continuing) {
      expect(entry.getAttribute('id')).toBeUndefined();
      expect(text(entry.querySelector('.badge-continuing'))).toMatch(/^Continuing: began \d+ September 2020$/);
    }
    expect(page('').querySelectorAll('#period-2020-10 .period-continuing article.entry').length).toBe(
      continuing.length,
    );
  });
});
