/**
 * A span that lasts into a month with no entry of its own, built in a copy of the project: that
 * month still gets its page in every language, listing the span as continuing, and the front
 * page's months, headings and axis lead to it. (The real archive has no such month today.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { build, makeProject, removeProject } from '../support/project.ts';

const ARTICLE = 'content/articles/2020-10-26-dawn-iran-deploys-troops.md';
const EVENT = 'askeran-martuni-shelling-claim';

let dir: string;
let dist: string;
beforeAll(async () => {
  dir = await makeProject();
  const path = join(dir, ARTICLE);
  const before = readFileSync(path, 'utf8');
  // The night's shelling made to last until mid-December: November has entries, December none.
  const after = before.replace(
    `  - id: ${EVENT}\n    when:\n      date: "2020-10-24"\n      until: "2020-10-25"`,
    `  - id: ${EVENT}\n    when:\n      date: "2020-10-24"\n      until: "2020-12-15"`,
  );
  expect(after, 'the test must change the file').not.toBe(before);
  writeFileSync(path, after);
  const result = build(dir);
  expect(result.status, result.output.slice(-3000)).toBe(0);
  dist = result.dist;
}, 300_000);
afterAll(() => removeProject(dir));

const page = (path: string): HTMLElement =>
  parse(readFileSync(join(dist, path, path === '' || path.endsWith('/') ? 'index.html' : ''), 'utf8'));

describe('a month only a span lasts into', () => {
  test.each(['', 'fa/', 'az/'])(
    'has its page in /%s, listing the span as continuing and nothing as its own',
    (prefix) => {
      const doc = page(`${prefix}timeline/2020-12/`);
      const continuing = doc.querySelectorAll('.period-continuing article.entry-continuing');
      expect(continuing).toHaveLength(1);
      expect(continuing[0]!.querySelector(`a.entry-own-page`)?.getAttribute('href')).toBe(`/${prefix}events/${EVENT}/`);
      expect(doc.querySelectorAll('article.entry[id]')).toHaveLength(0);
      expect(doc.querySelector('figure.axis'), 'its axis').not.toBeNull();
    },
  );

  test('is named in its lede as continuing, not as a month of nothing', () => {
    const lede = page('timeline/2020-12/').querySelector('.page-intro .lede')!.text;
    expect(lede).toContain('No entry is dated to December 2020 itself; 1 entry that began earlier lasts into it.');
  });

  test('is a month of the front page, with a heading listing the span, in every language', () => {
    for (const prefix of ['', 'fa/', 'az/']) {
      const home = page(prefix);
      expect(home.querySelectorAll('#period-2020-12 .period-continuing article.entry-continuing'), prefix).toHaveLength(
        1,
      );
      const axisRows = home.querySelectorAll('figure.axis tbody th a').map((a) => a.getAttribute('href'));
      expect(axisRows, prefix).toContain(`/${prefix}#period-2020-12`);
    }
  });

  test('is linked from the months before and after it', () => {
    const november = page('timeline/2020-11/');
    const links = november.querySelectorAll('nav a').map((a) => a.getAttribute('href'));
    expect(links).toContain('/timeline/2020-12/');
  });
});
