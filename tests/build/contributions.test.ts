/**
 * What a contributor's pull request meets at build time: every bad file in the matrix stops the
 * build (Astro's own schema and integrity checks, with the message the matrix gives, or the
 * content checker that `npm run build` runs beside it); markup smuggled into a digest never runs
 * even with the checker skipped; and the guide's worked example ends up on the timeline and the
 * map. Each bad file is built once.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { BAD_CASES } from '../support/bad-cases.ts';
import { followWorkedExample } from '../support/contributing-example.ts';
import { build, makeProject, removeProject } from '../support/project.ts';

const BAD = resolve('tests/fixtures/bad');
let dir: string | undefined;
afterEach(() => {
  if (dir) removeProject(dir);
  dir = undefined;
});

/** A project copy whose content has one bad file added (or put in place of a good one). */
async function projectWith(file: string) {
  dir = await makeProject();
  copyFileSync(join(BAD, file), join(dir, 'content', file));
  return dir;
}

const stem = (file: string) => basename(file).replace(/\.[a-z]+$/, '');

describe('astro build refuses each bad file the schema and integrity rules cover', () => {
  test.each(BAD_CASES.filter((c) => c.build === 'fails').map((c) => [c.fault, c] as const))('%s', async (_, c) => {
    const result = build(await projectWith(c.file));
    // 1, not null: a build that hangs (billion laughs) is killed at the timeout with no status.
    expect(result.status, result.output).toBe(1);
    const output = result.output.replace(/\s+/g, ' ');
    for (const fragment of [stem(c.file), ...(c.buildSays ?? [])]) expect(output).toContain(fragment);
    expect(existsSync(join(result.dist, 'index.html')), 'nothing is published').toBe(false);
  });
});

describe('npm run build refuses what only the content checker catches', () => {
  test.each(BAD_CASES.filter((c) => c.build === 'checker').map((c) => [c.fault, c.file] as const))(
    '%s',
    async (_, file) => {
      const cwd = await projectWith(file);
      const result = spawnSync('npm', ['run', 'build', '--silent'], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(result.status, result.stdout + result.stderr).not.toBe(0);
      expect(result.stdout + result.stderr).toContain(stem(file));
      // The checker runs beside `astro build` (scripts/build.ts); its failure stops the build.
      expect(result.stderr).toContain('The site was not built: the content checker found errors.');
      expect(existsSync(join(cwd, 'dist', 'index.html')), 'nothing is published').toBe(false);
    },
  );
});

describe('markup in a digest never runs, even when the checker is skipped', () => {
  test.each([
    ['<script>', 'articles/2020-10-27-raw-script.md'],
    ['an onerror= attribute', 'articles/2020-10-27-onerror-attribute.md'],
    ['a javascript: link', 'articles/2020-10-27-javascript-link.md'],
    ['an <iframe>', 'articles/2020-10-27-iframe.md'],
  ])('%s', async (_, file) => {
    const result = build(await projectWith(file));
    expect(result.status, result.output).toBe(0);
    const html = readFileSync(join(result.dist, 'articles', stem(file), 'index.html'), 'utf8');
    const body = parse(html).querySelector('.digest-body')!;
    expect(body.text.length).toBeGreaterThan(20);
    expect(body.querySelectorAll('script, iframe, object, embed')).toHaveLength(0);
    for (const el of body.querySelectorAll('*')) {
      for (const [name, value] of Object.entries(el.attributes)) {
        expect(name, el.toString()).not.toMatch(/^on/i);
        expect(value, el.toString()).not.toMatch(/^\s*(javascript|vbscript|data):/i);
      }
    }
    // The only scripts are the site's own bundles and its JSON-LD data block, which browsers never run.
    expect(html).not.toMatch(/<script(?![^>]*(type="module" src="\/_astro\/|type="application\/ld\+json"))/);
  });
});

test('an image in a digest becomes its description, so the page asks no other site for it', async () => {
  const file = 'articles/2020-10-27-image.md';
  const result = build(await projectWith(file));
  expect(result.status, result.output).toBe(0);
  const page = parse(readFileSync(join(result.dist, 'articles', stem(file), 'index.html'), 'utf8'));
  const body = page.querySelector('.digest-body')!;
  expect(body.querySelectorAll('img')).toHaveLength(0);
  expect(body.text).toContain('Guards at the bridge');
  expect(page.toString()).not.toContain('example.org/bridge.jpg');
});

test('the guide’s worked example reaches the timeline and the map', async () => {
  dir = await makeProject();
  const { written } = followWorkedExample(join(dir, 'content'));
  const article = written.find((f) => f.startsWith('articles/'))!;
  const place = written.find((f) => f.startsWith('places/'))!;
  const result = build(dir);
  expect(result.status, result.output).toBe(0);

  const id = stem(article);
  const placeId = stem(place);
  const home = parse(readFileSync(join(result.dist, 'index.html'), 'utf8'));
  const entry = home.querySelector(`[id="article-${id}"]`);
  expect(entry, `article-${id} on the timeline`).not.toBeNull();
  expect(entry!.querySelector('a.place-link')?.getAttribute('href')).toBe(`/map/#place-${placeId}`);

  const geojson = JSON.parse(readFileSync(join(result.dist, 'data/places.geojson'), 'utf8'));
  const feature = geojson.features.find((f: { properties: { id: string } }) => f.properties.id === placeId);
  expect(feature?.properties.entryCount).toBeGreaterThan(0);
  const map = parse(readFileSync(join(result.dist, 'map/index.html'), 'utf8'));
  expect(map.querySelector(`#place-${placeId} a`)?.getAttribute('href')).toBe(`/places/${placeId}/`);
});
