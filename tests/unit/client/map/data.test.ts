import { describe, expect, test } from 'vitest';
import { parseEntries, parsePlaces } from '../../../../src/client/map/data.ts';

describe('reading the map data', () => {
  test('reads well-formed places and skips broken ones', () => {
    const places = parsePlaces({
      features: [
        {
          geometry: { coordinates: [45.63, 38.94] },
          properties: {
            id: 'jolfa',
            displayName: 'Jolfa',
            onBorder: true,
            entryCount: 2,
            url: '/places/jolfa/',
            entriesUrl: '/data/places/jolfa.json',
          },
        },
        { geometry: { coordinates: ['x', 1] }, properties: { id: 'broken' } },
        null,
      ],
    });
    expect(places).toEqual([
      {
        id: 'jolfa',
        displayName: 'Jolfa',
        lat: 38.94,
        lon: 45.63,
        onBorder: true,
        entryCount: 2,
        url: '/places/jolfa/',
        entriesUrl: '/data/places/jolfa.json',
      },
    ]);
  });

  test('never follows a link that leaves the site', () => {
    const [entry] = parseEntries({
      entries: [
        {
          id: 'e',
          date: '2020-10-25',
          title: 'T',
          url: 'javascript:alert(1)',
          sources: [{ outlet: 'X', url: '//evil.example/' }],
        },
      ],
    });
    expect(entry?.url).toBe('#');
    expect(entry?.sources[0]?.url).toBe('#');
  });

  test('marks an entry contested only where its claim is denied', () => {
    const entry = (claim: unknown) => ({ id: 'e', date: '2020-10-25', title: 'T', url: '/', sources: [], claim });
    const [denied, undenied, fact] = parseEntries({
      entries: [
        entry({ by: ['armenia'], deniedBy: ['azerbaijan'] }),
        entry({ by: ['azerbaijan'], deniedBy: [] }),
        entry(undefined),
      ],
    });
    expect([denied?.contested, undenied?.contested, fact?.contested]).toEqual([true, false, false]);
  });
});
