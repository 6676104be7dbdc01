/**
 * The site is a function of its commit: two builds of the same sources, made at the ends of the
 * world's time zones (UTC−12 and UTC+14, a whole day apart at every instant), are byte for byte
 * the same, and the same as the shared build in dist/, made in the machine's own zone and folder.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { DIST, differences, files } from '../support/dist.ts';
import { build, makeProject, removeProject } from '../support/project.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeProject));

test('builds the same site byte for byte at UTC−12, at UTC+14 and in dist/', async () => {
  const dists: string[] = [];
  for (const TZ of ['Etc/GMT+12', 'Pacific/Kiritimati']) {
    const dir = await makeProject();
    dirs.push(dir);
    const result = build(dir, { TZ });
    expect(result.status, result.output).toBe(0);
    dists.push(result.dist);
  }
  const [west, east] = dists;
  expect(files(west!).length).toBeGreaterThan(0);
  expect(differences(west!, east!)).toEqual([]);
  // The shared build is only comparable when it is this project's own, built from these sources.
  if (resolve(DIST) === resolve('dist'))
    expect(
      differences(west!, DIST),
      'dist/ differs from a fresh build of the same sources: if it is older than them, run `npm run build`',
    ).toEqual([]);
  // And the dates are the ones the content gives, not shifted by a day.
  const home = readFileSync(join(west!, 'index.html'), 'utf8');
  expect(home).toContain('<time datetime="2020-09-27">Sunday 27 September 2020</time>');
  // The Persian pages too: the same day in the Solar Hijri calendar, which ICU also computes in UTC.
  expect(readFileSync(join(west!, 'fa/index.html'), 'utf8')).toContain(
    '<time datetime="2020-09-27">یکشنبه ۶ مهر ۱۳۹۹ (۲۷ سپتامبر ۲۰۲۰)</time>',
  );
});
