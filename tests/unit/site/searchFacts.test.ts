import { describe, expect, test } from 'vitest';
import { searchAttributes } from '../../../src/lib/site/searchFacts.ts';

describe('searchAttributes', () => {
  test('gives a digest its kind, event kinds, places and years as filters', () => {
    const { filters } = searchAttributes({
      page: 'Digest',
      eventKinds: ['Deployment', 'Visit', 'Deployment'],
      places: ['Khoda Afarin', 'Khojavend (Martuni)'],
      years: [2020, 2020],
    });
    expect(filters).toEqual([
      'page:Digest',
      'event:Deployment',
      'event:Visit',
      'place:Khoda Afarin',
      'place:Khojavend (Martuni)',
      'year:2020',
    ]);
  });

  test('shows the kind, date and places in the result', () => {
    const { meta } = searchAttributes({ page: 'Digest', date: '26 October 2020', places: ['Jolfa', 'Parsabad'] });
    expect(meta).toEqual(['kind:Digest', 'date:26 October 2020', 'place:Jolfa · Parsabad']);
  });

  test('never lets a comma split one value into two', () => {
    const { filters, meta } = searchAttributes({ page: 'Place', places: ['Syunik, Armenia'] });
    expect(filters).toContain('place:Syunik Armenia');
    expect(meta.join('')).not.toContain(',');
  });

  test('leaves out what a page does not have', () => {
    expect(searchAttributes({ page: 'Actor' })).toEqual({ filters: ['page:Actor'], meta: ['kind:Actor'] });
  });
});
