/**
 * The build refuses a translation that states a fact of its own or translates nothing that
 * exists, naming the file, the field and the fix, and publishes nothing.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { build, makeProject, removeProject } from '../support/project.ts';

const TRANSLATION = 'content/translations/fa/2020-10-26-dawn-iran-deploys-troops.md';
let dir: string | undefined;
afterEach(() => {
  if (dir) removeProject(dir);
  dir = undefined;
});

function expectRefused(result: ReturnType<typeof build>, ...fragments: string[]) {
  expect(result.status, result.output).not.toBe(0);
  const output = result.output.replace(/\s+/g, ' ');
  for (const fragment of fragments) expect(output).toContain(fragment);
  expect(existsSync(join(result.dist, 'index.html')), 'nothing is published').toBe(false);
}

describe('the build refuses a bad translation', () => {
  test('one that changes an event’s date, saying what the original says', async () => {
    dir = await makeProject();
    const path = join(dir, TRANSLATION);
    const before = readFileSync(path, 'utf8');
    const after = before.replace(
      '  khatibzadeh-warns-stray-fire:\n',
      '  khatibzadeh-warns-stray-fire:\n    when:\n      date: "2020-10-17"\n      precision: day\n',
    );
    expect(after, 'the test must change the file').not.toBe(before);
    writeFileSync(path, after);
    expectRefused(
      build(dir),
      TRANSLATION,
      'events.khatibzadeh-warns-stray-fire.when',
      'it says 2020-10-17, where the original content/articles/2020-10-26-dawn-iran-deploys-troops.md says 2020-10-16',
      'Delete `when` here',
    );
  });

  test('one of a digest that does not exist', async () => {
    dir = await makeProject();
    const misnamed = 'content/translations/fa/2020-10-26-dawn-iran-deploys-troop.md';
    renameSync(join(dir, TRANSLATION), join(dir, misnamed));
    expectRefused(
      build(dir),
      misnamed,
      'There is no digest content/articles/2020-10-26-dawn-iran-deploys-troop.md for this file to translate.',
    );
  });
});
