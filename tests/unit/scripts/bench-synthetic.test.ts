import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { contentFiles, makeContent, seededRandom } from '../../../scripts/bench/synthetic.ts';
import { actorSchema, articleSchema, placeSchema } from '../../../src/lib/model/schema.ts';
import { checkIntegrity } from '../../../src/lib/model/integrity.ts';
import { worldShapes } from '../../../src/lib/checker/country-shapes.ts';
import { ATLAS_CODES } from '../../../src/lib/checker/place-countries.ts';

/** Reads the files back the way the build does: YAML, then the site's schemas. */
function readBack(files: { path: string; text: string }[]) {
  const records = <T>(dir: string, read: (text: string) => T) =>
    files
      .filter((f) => f.path.startsWith(`${dir}/`))
      .map((f) => ({ id: f.path.replace(/^.*\/|\.\w+$/g, ''), filePath: `content/${f.path}`, data: read(f.text) }));
  return {
    places: records('places', (text) => placeSchema.parse(parse(text))),
    actors: records('actors', (text) => actorSchema.parse(parse(text))),
    articles: records('articles', (text) => articleSchema.parse(parse(text.split(/^---$/m)[1]!))),
  };
}

describe('synthetic benchmark content', () => {
  const content = makeContent({ articles: 400 });
  const files = contentFiles(content);

  // Parsing 740 YAML files through the schemas takes seconds on a busy two-core machine.
  test('passes the site schemas and cross-entry checks', { timeout: 30_000 }, () => {
    expect(checkIntegrity(readBack(files))).toEqual([]);
  });

  test('has the requested gazetteer, actors and articles', () => {
    expect(content.places).toHaveLength(300);
    expect(content.actors).toHaveLength(40);
    expect(content.articles).toHaveLength(400);
    for (const { data } of content.places) {
      expect(data.coordinates).toBeDefined();
      if (data.coordinates === undefined) continue;
      expect(data.coordinates.lon).toBeGreaterThanOrEqual(44);
      expect(data.coordinates.lon).toBeLessThanOrEqual(49);
      expect(data.coordinates.lat).toBeGreaterThanOrEqual(37.5);
      expect(data.coordinates.lat).toBeLessThanOrEqual(41);
    }
  });

  test('puts every place inside the country it names, as the checker requires', () => {
    const shapes = worldShapes();
    const outside = content.places.filter(
      ({ data }) => shapes.distanceKm(data.coordinates!, ATLAS_CODES[data.country]!) !== 0,
    );
    expect(outside.map((p) => p.id)).toEqual([]);
    expect(new Set(content.places.map((p) => p.data.country))).toEqual(new Set(['IR', 'AZ', 'AM']));
  });

  test('reads like real digests: several events, shared events, month dates, 200–400 word bodies', () => {
    const events = content.articles.flatMap((a) => a.data.events);
    expect(content.articles.every((a) => a.data.events.length >= 1 && a.data.events.length <= 5)).toBe(true);
    expect(events.some((e) => 'see' in e)).toBe(true);
    expect(content.articles.some((a) => a.data.published.precision === 'month')).toBe(true);
    const years = new Set(content.articles.map((a) => a.data.published.date.slice(0, 4)));
    expect([...years].sort()).toEqual(['2020', '2021', '2022', '2023', '2024']);
    for (const { body } of content.articles) {
      const words = body.split(/\s+/).length;
      expect(words).toBeGreaterThanOrEqual(200);
      expect(words).toBeLessThan(500);
    }
  });

  test('names in a body only the places its digest tags, so the checker has nothing to warn of there', () => {
    const names = content.places.map((p) => ({ id: p.id, word: new RegExp(`\\b${p.data.name}\\b`) }));
    const untagged = content.articles.flatMap(({ id, data, body }) =>
      names.filter((n) => n.word.test(body) && !data.places.includes(n.id)).map((n) => `${id}: ${n.id}`),
    );
    expect(untagged).toEqual([]);
    expect(
      content.articles.filter(({ data, body }) => names.some((n) => data.places.includes(n.id) && n.word.test(body)))
        .length,
    ).toBeGreaterThan(300);
  });

  test('is the same for the same seed', () => {
    expect(contentFiles(makeContent({ articles: 20, seed: 7 }))).toEqual(
      contentFiles(makeContent({ articles: 20, seed: 7 })),
    );
    expect(seededRandom(1)()).not.toEqual(seededRandom(2)());
  });
});
