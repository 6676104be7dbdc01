import { describe, expect, test } from 'vitest';
import { partOf } from '../../../scripts/bench/search.ts';

describe('what a first search spends its bytes on', () => {
  test('sorts each file the search page fetches by its part in the search', () => {
    expect(partOf('/search/')).toBe('page');
    expect(partOf('/_astro/SearchView.astro_astro_type_script_index_0_lang.6tlDAZqJ.js')).toBe('page');
    expect(partOf('/pagefind/pagefind.js')).toBe('code');
    expect(partOf('/pagefind/pagefind-entry.json')).toBe('code');
    expect(partOf('/pagefind/wasm.en.pagefind')).toBe('wasm');
    expect(partOf('/pagefind/wasm.unknown.pagefind')).toBe('wasm');
    expect(partOf('/pagefind/pagefind.en_4a4fc8a366.pf_meta')).toBe('pages');
    expect(partOf('/pagefind/index/en_75b35f7.pf_index')).toBe('words');
    expect(partOf('/pagefind/filter/en_1a2b3c4.pf_filter')).toBe('filters');
    expect(partOf('/pagefind/fragment/az-latn_11e4266.pf_fragment')).toBe('results');
  });
});
