import { describe, expect, test } from 'vitest';
import { owner, summariseProfile, type CpuProfile } from '../../../scripts/bench/profile.ts';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });

describe('CPU profile summary', () => {
  test('names the package a script belongs to', () => {
    expect(owner('file:///w/node_modules/@astrojs/markdown-remark/dist/index.js')).toBe('@astrojs/markdown-remark');
    expect(owner('file:///w/node_modules/.pnpm/x/node_modules/zod/v4/core.js')).toBe('zod');
    expect(owner('file:///tmp/site/src/lib/timeline.ts')).toBe('(site) src/lib/');
    expect(owner('node:internal/fs/promises')).toBe('(node)');
    expect(owner('file:///tmp/site/dist/.prerender/chunks/content_D6AkpvJQ.mjs')).toBe('(site, bundled) content');
    expect(owner('file:///tmp/site/dist/.prerender/chunks/_id__ChrB3lVE.mjs')).toBe('(site, bundled) _id_');
    expect(owner('')).toBe('(native / V8)');
  });

  test('adds up self time per function and per package, largest first', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)'), children: [2, 3, 4] },
        { id: 2, callFrame: frame('parse', 'file:///w/node_modules/yaml/dist/parse.js', 9) },
        { id: 3, callFrame: frame('render', 'file:///w/node_modules/astro/dist/render.js', 41) },
        { id: 4, callFrame: frame('(garbage collector)') },
      ],
      startTime: 0,
      endTime: 10_000,
      samples: [2, 3, 3, 4, 3],
      timeDeltas: [1000, 2000, 2000, 1000, 4000],
    };
    const summary = summariseProfile(profile);
    expect(summary.totalMs).toBe(10);
    expect(summary.packages.map((p) => [p.name, p.ms])).toEqual([
      ['astro', 8],
      ['yaml', 1],
      ['(garbage collector)', 1],
    ]);
    expect(summary.functions[0]).toEqual({
      name: 'render astro/dist/render.js:42',
      ms: 8,
      share: 0.8,
      caller: '(root)',
    });
  });
});
