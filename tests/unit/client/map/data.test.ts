import { describe, expect, test } from 'vitest';
import { parseEntries, parsePlaces, parseRiver } from '../../../../src/client/map/data.ts';

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

describe('reading the river', () => {
  const line = [
    [44.8, 39.6],
    [45.6, 38.9],
    [46.5, 38.9],
  ];
  const feature = (
    properties: Record<string, unknown>,
    geometry: unknown = { type: 'LineString', coordinates: line },
  ) => ({
    type: 'Feature',
    geometry,
    properties: { id: 'aras', name: 'Aras', displayName: 'Aras', source: 'Natural Earth', ...properties },
  });

  test('turns the line into Leaflet’s [lat, lon] order, with no place while the gazetteer has none', () => {
    const river = parseRiver(feature({ url: null, entriesUrl: null }));
    expect(river).toMatchObject({ id: 'aras', displayName: 'Aras', source: 'Natural Earth', place: undefined });
    expect(river!.line).toEqual([
      [39.6, 44.8],
      [38.9, 45.6],
      [38.9, 46.5],
    ]);
  });

  test('links up with the place once the export names its page, never off the site', () => {
    const river = parseRiver(
      feature({ url: '/places/aras/', entriesUrl: 'https://example.org/x.json', entryCount: 3 }),
    );
    expect(river!.place).toMatchObject({ id: 'aras', url: '/places/aras/', entriesUrl: '#', entryCount: 3, lat: 38.9 });
  });

  test('refuses what is not a line', () => {
    expect(parseRiver(feature({}, { type: 'Point', coordinates: [45, 39] }))).toBeUndefined();
    expect(parseRiver(feature({}, { type: 'LineString', coordinates: [[45, 39]] }))).toBeUndefined();
    expect(parseRiver(null)).toBeUndefined();
  });
});
