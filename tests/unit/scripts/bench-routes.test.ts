import { describe, expect, test } from 'vitest';
import { pageType, readBuildLog } from '../../../scripts/bench/routes.ts';
import { summariseHeap } from '../../../scripts/bench/heap.ts';

describe("reading Astro's build log", () => {
  test('names the page type of a written file by language and first folder', () => {
    expect(pageType('/index.html')).toBe('home');
    expect(pageType('/fa/index.html')).toBe('fa/home');
    expect(pageType('/events/war-begins/index.html')).toBe('events');
    expect(pageType('/az/places/jolfa/2/index.html')).toBe('az/places');
    expect(pageType('/feeds/places/jolfa.xml')).toBe('feeds/places');
    expect(pageType('/feeds/digests.xml')).toBe('feeds');
    expect(pageType('/data/timeline.json')).toBe('data');
  });

  test('splits page generation by type, with pages in flight on one line and reused ones, and reads the phases', () => {
    const log = [
      '10:00:00 [build] Collecting build info...',
      '10:00:12 [build] ✓ Completed in 12.50s.',
      '10:00:15 [vite] ✓ built in 3.20s',
      '10:00:15 [build] Rearranging server assets...',
      '10:00:20   ├─ /articles/a/index.html10:00:20   ├─ /articles/b/index.html (+40ms) ',
      '10:00:24   ├─ /events/x/index.html (+1.50s) ',
      '10:00:30   ├─ /events/y/index.html (+20ms) ',
      '10:00:30   └─ /events/z/index.html (restored)',
      '10:01:15 [build] ✓ Completed in 1m 0s.',
      '10:01:20 [build] 4 page(s) built in 1m 20s',
      'Indexed 2 en, 1 fa, 1 az pages for search in 5000 ms.',
    ].join('\n');
    const { phases, pageTypes } = readBuildLog(log);
    expect(phases).toEqual([
      { name: 'content layer and build info', seconds: 12.5 },
      { name: 'static entrypoints (client bundle)', seconds: 3.2 },
      { name: 'page generation', seconds: 60 },
      { name: 'search index (Pagefind)', seconds: 5 },
      { name: 'whole build', seconds: 80 },
    ]);
    expect(pageTypes).toEqual([
      { type: 'events', files: 3, reused: 1, spanSeconds: 6, renderMs: 1520 },
      { type: 'articles', files: 2, reused: 0, spanSeconds: 4, renderMs: 40 },
    ]);
  });
});

describe('heap profile summary', () => {
  test('adds up live bytes per package, largest first', () => {
    const node = (functionName: string, url: string, selfSize: number, children: never[] = []) => ({
      callFrame: { functionName, url, lineNumber: 0 },
      selfSize,
      children,
    });
    const summary = summariseHeap({
      head: {
        ...node('(root)', '', 0),
        children: [
          node('parse', 'file:///w/node_modules/devalue/parse.js', 300),
          node('set', 'file:///w/node_modules/astro/dist/store.js', 500),
          node('get', 'file:///w/node_modules/astro/dist/store.js', 100),
        ] as never[],
      },
    });
    expect(summary.totalBytes).toBe(900);
    expect(summary.holders.map((h) => [h.owner, h.bytes])).toEqual([
      ['astro', 600],
      ['devalue', 300],
    ]);
  });
});
