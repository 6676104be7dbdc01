/**
 * The "done when" of issue 13 at build time: the contributor's article, done as the guide's
 * common cases say (tests/fixtures/contribution/fixed), builds, and the injury it dates is shown
 * once on the timeline, as a part of the first-week event, linked both ways. One build serves
 * every test here.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { FIXTURES } from '../support/content-files.ts';
import { build, makeProject, removeProject, type BuildResult } from '../support/project.ts';

const PART = 'event-parviz-khanlu-child-wounded';
const WHOLE = 'event-stray-mortar-fire-first-week';
let result: BuildResult;
let home: HTMLElement;

beforeAll(async () => {
  const dir = await makeProject();
  cpSync(join(FIXTURES, 'contribution', 'fixed'), join(dir, 'content'), { recursive: true });
  result = build(dir);
  home = parse(readFileSync(join(result.dist, 'index.html'), 'utf8'));
});
afterAll(() => removeProject(result.dir));

describe("the contributor's article of issue 13, done as the guide says", () => {
  test('builds', () => {
    expect(result.status, result.output).toBe(0);
  });

  test('shows the injury once, in its own place on the timeline', () => {
    expect(home.querySelectorAll(`[id="${PART}"]`)).toHaveLength(1);
    expect(home.querySelectorAll('p.entry-title').filter((e) => e.text.includes('Parviz Khanlu'))).toHaveLength(1);
  });

  test('links the injury to the first-week event and back', () => {
    const part = home.querySelector(`[id="${PART}"]`)!;
    const whole = home.querySelector(`[id="${WHOLE}"]`)!;
    expect(part.querySelector('.entry-part-of a')?.getAttribute('href')).toMatch(new RegExp(`#${WHOLE}$`));
    expect(whole.querySelector('.entry-parts a')?.getAttribute('href')).toMatch(new RegExp(`#${PART}$`));
  });

  test('carries the relation in the export', () => {
    const timeline = JSON.parse(readFileSync(join(result.dist, 'data/timeline.json'), 'utf8')) as {
      entries: { id: string; partOf?: string; parts?: string[] }[];
    };
    expect(timeline.entries.find((e) => e.id === PART)?.partOf).toBe(WHOLE);
    expect(timeline.entries.find((e) => e.id === WHOLE)?.parts).toEqual([PART]);
  });
});
