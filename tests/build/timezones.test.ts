import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { files } from '../support/dist.ts';
import { build, makeProject, removeProject } from '../support/project.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeProject));

test('builds the same site byte for byte in Los Angeles and in Tehran', async () => {
  const dists: string[] = [];
  for (const TZ of ['America/Los_Angeles', 'Asia/Tehran']) {
    const dir = await makeProject();
    dirs.push(dir);
    const result = build(dir, { TZ });
    expect(result.status, result.output).toBe(0);
    dists.push(result.dist);
  }
  const [west, east] = dists;
  const names = files(west!);
  expect(files(east!)).toEqual(names);
  const differing = names.filter((name) => !readFileSync(join(west!, name)).equals(readFileSync(join(east!, name))));
  expect(differing).toEqual([]);
  // And the dates are the ones the content gives, not shifted by a day.
  const home = readFileSync(join(west!, 'index.html'), 'utf8');
  expect(home).toContain('<time datetime="2020-09-27">Sunday 27 September 2020</time>');
});
