/**
 * The build refuses bad content with a message that names the file, the field and the fix, and
 * publishes nothing. Each case is one small change to a copy of the real content.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { build, makeProject, removeProject } from '../support/project.ts';

const DIGEST = 'content/articles/2020-10-26-dawn-iran-deploys-troops.md';
let dir: string | undefined;
afterEach(() => {
  if (dir) removeProject(dir);
  dir = undefined;
});

/** Builds a copy of the project after `change` edits its copy of DIGEST. */
async function buildWith(change: (text: string) => string, file = DIGEST) {
  dir = await makeProject();
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, 'the test must change the file').not.toBe(before);
  writeFileSync(path, after);
  return build(dir);
}

function expectRefused(result: ReturnType<typeof build>, ...fragments: string[]) {
  expect(result.status, result.output).not.toBe(0);
  const output = result.output.replace(/\s+/g, ' ');
  for (const fragment of fragments) expect(output).toContain(fragment);
  expect(existsSync(join(result.dist, 'index.html')), 'nothing is published').toBe(false);
}

describe('the build refuses bad content', () => {
  test('a missing field', async () => {
    const result = await buildWith((t) => t.replace(/^outlet: .*\n/m, ''));
    expectRefused(
      result,
      'articles → 2020-10-26-dawn-iran-deploys-troops',
      'outlet: Required',
      'content/articles/2020-10-26-dawn-iran-deploys-troops.md',
    );
  });

  test('a field of the wrong type', async () => {
    const result = await buildWith((t) => t.replace(/^language: en$/m, 'language: [en]'));
    expectRefused(result, '2020-10-26-dawn-iran-deploys-troops', 'language');
  });

  test('an impossible date', async () => {
    const result = await buildWith((t) => t.replace('date: "2020-10-16"', 'date: "2020-02-30"'));
    expectRefused(
      result,
      '2020-10-26-dawn-iran-deploys-troops',
      'events.2.when.date',
      'This date does not exist on the calendar. Check the month and the day.',
    );
  });

  test('a date more precise than its stated precision', async () => {
    const result = await buildWith((t) =>
      t.replace(/date: "2020-10-26"\n  precision: day/, 'date: "2020-10-26"\n  precision: month'),
    );
    expectRefused(
      result,
      'published.date',
      '"2020-10-26" is more precise than precision "month". Write only what is known (e.g. "2020-10")',
    );
  });

  test('a place id that is not in the gazetteer', async () => {
    const result = await buildWith((t) => t.replace(/^  - khoda-afarin$/m, '  - khoda-afrin'));
    expectRefused(
      result,
      'content/articles/2020-10-26-dawn-iran-deploys-troops.md',
      'places[0]: Unknown place "khoda-afrin"',
      'Did you mean "khoda-afarin"?',
    );
  });

  test('two events with the same id', async () => {
    const result = await buildWith((t) =>
      t.replace('id: khatibzadeh-warns-stray-fire', 'id: pakpour-visits-khoda-afarin'),
    );
    expectRefused(
      result,
      'events[2].id: The event "pakpour-visits-khoda-afarin" is already written in full in',
      'replace this one with `- see: pakpour-visits-khoda-afarin`',
    );
  });

  test('a second file for a place, differing only in case', async () => {
    dir = await makeProject();
    writeFileSync(join(dir, 'content/places/Jolfa.yaml'), readFileSync(join(dir, 'content/places/jolfa.yaml')));
    const result = build(dir);
    expectRefused(
      result,
      'content/places/Jolfa.yaml (file name): "Jolfa" is not a valid id',
      'Rename the file to lower-case letters, digits and single hyphens, e.g. "jolfa".',
    );
  });
});
