/** Reading the Pagefind index the build wrote to dist/pagefind/: what each indexed page holds. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST } from './dist.ts';

/** One indexed page as Pagefind stores it: the text it searches and shows excerpts of, and its facts. */
export interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Pagefind gzips each file and opens it with a signature before the JSON. */
const SIGNATURE = 'pagefind_dcd';

/** Every page in the index, from its fragment files. */
export function fragments(dist = DIST): Fragment[] {
  const dir = join(dist, 'pagefind/fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`${join(dir, name)} does not start with Pagefind's signature`);
    return JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
  });
}
