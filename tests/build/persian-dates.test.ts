/**
 * Persian readers see each date in the Solar Hijri calendar with the Gregorian beside it, only as
 * precisely as it is known: a day as a day, a month as every Persian month it overlaps, a year as
 * every Persian year it overlaps. Checked on the built pages: the day and month entries in dist/,
 * and a year-precision event added to a copy of the content (the articles have none).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DIST } from '../support/dist.ts';
import { build, makeProject, removeProject } from '../support/project.ts';

const readDist = (path: string) => readFileSync(join(DIST, path), 'utf8');
const time = (date: string, precision: string, text: string) =>
  `<time datetime="${date}" data-precision="${precision}">${text}</time>`;

describe('Persian dates on the built pages', () => {
  test('a day-precision event: its Solar Hijri day, the Gregorian beside it', () => {
    const page = readDist('fa/articles/2020-10-26-dawn-iran-deploys-troops/index.html');
    expect(page).toContain(time('2020-10-16', 'day', '۲۵ مهر ۱۳۹۹ (۱۶ اکتبر ۲۰۲۰)'));
    // And its day heading on the timeline, with the weekday.
    expect(readDist('fa/index.html')).toContain('<time datetime="2020-10-16">جمعه ۲۵ مهر ۱۳۹۹ (۱۶ اکتبر ۲۰۲۰)</time>');
  });

  test('a month-precision entry: both Persian months November 2020 overlaps, never one', () => {
    const page = readDist('fa/articles/2020-11-intellinews-armenia-azerbaijan-near-all-out-war/index.html');
    expect(page).toContain(time('2020-11', 'month', 'آبان و آذر ۱۳۹۹ (نوامبر ۲۰۲۰)'));
    expect(page).not.toContain('data-precision="month">آبان ۱۳۹۹');
  });

  describe('a year-precision event', () => {
    let dir: string | undefined;
    afterAll(() => dir && removeProject(dir));

    test('both Persian years 2023 overlaps, with the Gregorian year', async () => {
      dir = await makeProject();
      const article = join(dir, 'content/articles/2023-09-unidentified-iran-denies-border-build-up.md');
      const source = readFileSync(article, 'utf8');
      const withYear = source.replace(
        'events:\n',
        [
          'events:',
          '  - id: test-year-precision-event',
          '    when:',
          '      date: "2023"',
          '      precision: year',
          '      note: A test event known only to the year.',
          '    places:',
          '      - nagorno-karabakh',
          '    kind: statement',
          '    summary: A test event known only to the year, to check how a year is dated.',
          '    actors:',
          '      - iran',
          '',
        ].join('\n'),
      );
      expect(withYear, 'the test must add the event').not.toBe(source);
      writeFileSync(article, withYear);
      const result = build(dir);
      expect(result.status, result.output).toBe(0);
      const page = readFileSync(join(result.dist, 'fa/timeline/2023/index.html'), 'utf8');
      expect(page).toContain(time('2023', 'year', '۱۴۰۱ و ۱۴۰۲ (۲۰۲۳)'));
    });
  });
});
