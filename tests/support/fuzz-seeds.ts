/** The files the fuzz tests mutate: the real content, the good fixtures, and each bad fixture among them. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BAD_CASES } from './bad-cases.ts';
import { FIXTURES, readContent, withFile } from './content-files.ts';
import { seedsOf, type Seed } from './fuzz-inputs.ts';

/** Every file of the real content tree and of the good fixtures, and every bad fixture in the good tree. */
export function fuzzSeeds(root = resolve('.')): Seed[] {
  const real = readContent(join(root, 'content'));
  const good = readContent(join(FIXTURES, 'good'));
  const bad = BAD_CASES.map((c): Seed => {
    const tree = withFile(good, c.file, readFileSync(join(FIXTURES, 'bad', c.file), 'utf8'));
    const collection = c.file.split('/')[0] as Seed['collection'];
    return { collection, file: tree[collection].at(-1)!, tree };
  });
  return [...seedsOf(real), ...seedsOf(good), ...bad];
}
