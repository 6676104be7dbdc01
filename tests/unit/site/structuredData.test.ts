import { describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { digestJsonLd, eventJsonLd, serializeJsonLd } from '../../../src/lib/site/structuredData.ts';
import type { Place } from '../../../src/lib/model/schema.ts';

const HOSTILE = '</script><script>alert(1)</script> & <!-- \u2028\u2029';
const publisher = { name: 'Aras Border Timeline', url: 'https://example.org/' };

const jolfa: Place = {
  name: 'Jolfa',
  aliases: ['Julfa'],
  kind: 'city',
  country: 'IR',
  province: 'East Azerbaijan',
  coordinates: { lat: 38.94, lon: 45.63 },
  coordinatesSource: 'GeoNames 418851',
  onBorder: true,
} as Place;

describe('serialising JSON-LD into a page', () => {
  test('a hostile headline cannot close the script element or open another', () => {
    const json = serializeJsonLd(
      digestJsonLd(
        {
          headline: HOSTILE,
          summary: HOSTILE,
          url: 'https://example.org/articles/x/',
          outlet: HOSTILE,
          published: { date: '2020-10-25', precision: 'day' },
          language: 'en',
          inLanguage: 'en',
        },
        publisher,
      ),
    );
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    const html = `<script type="application/ld+json">${json}</script><p>after</p>`;
    const root = parse(html);
    expect(root.querySelectorAll('script')).toHaveLength(1);
    expect(root.querySelector('p')?.text).toBe('after');
    const back = JSON.parse(root.querySelector('script')!.rawText);
    expect(back.isBasedOn.headline).toBe(HOSTILE);
    expect(back.headline).toBe(`Digest: ${HOSTILE}`);
  });

  test('reads back as the same data', () => {
    const data = { a: 'x<y>&z', b: [1, '\u2028'] };
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});

describe('a digest', () => {
  test('is an Article based on the original NewsArticle, crediting its outlet and author', () => {
    const ld = digestJsonLd(
      {
        headline: 'Iran deploys troops',
        summary: 'Iran sent troops to the Aras.',
        url: 'https://example.org/articles/x/',
        outlet: 'Dawn',
        author: 'A. Writer',
        published: { date: '2020-10', precision: 'month' },
        language: 'en',
        inLanguage: 'en',
        originalUrl: 'https://dawn.example/x',
        revised: '2021-01-02',
      },
      publisher,
    ) as unknown as Record<string, unknown>;
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Article');
    expect(ld['isBasedOn']).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Iran deploys troops',
      url: 'https://dawn.example/x',
      datePublished: '2020-10',
      publisher: { '@type': 'Organization', name: 'Dawn' },
      author: { '@type': 'Person', name: 'A. Writer' },
    });
    expect(ld['dateModified']).toBe('2021-01-02');
  });
});

describe('an event', () => {
  test('is an Event at Places with their coordinates, dated as precisely as known', () => {
    const ld = eventJsonLd(
      {
        summary: 'Troops moved to Jolfa.',
        name: 'Troops moved to Jolfa',
        url: 'https://example.org/events/x/',
        when: { date: '2020-10', precision: 'month', until: '2020-11' },
        inLanguage: 'fa',
        places: [{ id: 'jolfa', place: jolfa, url: 'https://example.org/places/jolfa/' }],
        reports: [{ headline: 'Iran deploys troops', url: 'https://example.org/articles/x/' }],
      },
      publisher,
    ) as unknown as Record<string, unknown>;
    expect(ld['@type']).toBe('Event');
    expect(ld['inLanguage']).toBe('fa');
    expect(ld['startDate']).toBe('2020-10');
    expect(ld['endDate']).toBe('2020-11');
    expect(ld['location']).toEqual([
      expect.objectContaining({
        '@type': 'Place',
        name: 'Jolfa',
        geo: { '@type': 'GeoCoordinates', latitude: 38.94, longitude: 45.63 },
      }),
    ]);
    expect((ld['subjectOf'] as unknown[])[0]).toMatchObject({
      '@type': 'Article',
      url: 'https://example.org/articles/x/',
    });
  });
});
