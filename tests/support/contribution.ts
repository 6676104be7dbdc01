/**
 * The contributor's attempt of issue 13 (tests/fixtures/contribution/): the real content with
 * the attempt's files, or the fixed ones, laid over it.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContentFiles, SourceFile } from '../../src/lib/checker/checker.ts';
import { FIXTURES, readContent } from './content-files.ts';

export type Version = 'attempt' | 'fixed';

const REAL = new URL('../../content', import.meta.url).pathname;

/** The files a version adds, as `content/…` paths: what a pull request would change. */
export function contributionFiles(version: Version): Set<string> {
  const added = readContent(join(FIXTURES, 'contribution', version));
  return new Set([...added.articles, ...added.places, ...added.actors].map((f) => f.path));
}

/** A copy of content/ with a version laid over it, in a new temporary folder the caller removes; returns it. */
export function contributedContentDir(version: Version): string {
  const dir = join(mkdtempSync(join(tmpdir(), `aras-${version}-`)), 'content');
  cpSync(REAL, dir, { recursive: true });
  cpSync(join(FIXTURES, 'contribution', version), dir, { recursive: true });
  return dir;
}

/** The real content with a version laid over it, as the checker reads it (nothing is written). */
export function contributedContent(version: Version): ContentFiles {
  const real = readContent(REAL);
  const added = readContent(join(FIXTURES, 'contribution', version));
  const lay = (base: readonly SourceFile[], over: readonly SourceFile[]) => {
    const paths = new Set(over.map((f) => f.path));
    return [...base.filter((f) => !paths.has(f.path)), ...over].sort((a, b) => (a.path < b.path ? -1 : 1));
  };
  return {
    articles: lay(real.articles, added.articles),
    places: lay(real.places, added.places),
    actors: lay(real.actors, added.actors),
  };
}
