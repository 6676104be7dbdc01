/**
 * The differential half of the fuzz tests: content the checker accepts must build. Accepted
 * mutations of different files are batched into one content tree, so that one `astro build`
 * answers for several of them.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkContent, type ContentFiles } from '../../src/lib/checker/checker.ts';
import type { Collection } from '../../src/lib/checker/read-file.ts';
import { build, makeProject, type BuildResult } from './project.ts';
import { replaceFile, type FuzzCase } from './fuzz-inputs.ts';

/** True when the checker finds no error (warnings let a build go ahead, as in `npm run build`). */
export function accepted(files: ContentFiles, today?: string): boolean {
  return !checkContent(files, today === undefined ? {} : { today }).some((p) => p.severity === 'error');
}

const collectionOf = (path: string) => path.split('/')[1] as Collection;

/**
 * Up to `size` accepted cases, each changing a different file of `base`, that the checker still
 * accepts together (two mutations can clash across files: the same headline, say).
 */
export function batch(base: ContentFiles, cases: readonly FuzzCase[], size: number, today?: string) {
  let tree = base;
  const taken: FuzzCase[] = [];
  for (const c of cases) {
    if (taken.length >= size) break;
    if (taken.some((t) => t.changed.path === c.changed.path)) continue;
    const next = replaceFile(tree, collectionOf(c.changed.path), c.changed);
    if (!accepted(next, today)) continue;
    tree = next;
    taken.push(c);
  }
  return { tree, taken };
}

/** Builds a throwaway copy of the project whose content/ is exactly `tree`. */
export async function buildTree(tree: ContentFiles): Promise<BuildResult> {
  const dir = await makeProject();
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  for (const file of [...tree.articles, ...tree.places, ...tree.actors]) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  return build(dir);
}

/**
 * What is wrong with a build of content the checker accepted, or undefined: it must exit 0, log
 * no error (a broken reference is only logged), and publish a page for every digest in the tree.
 */
export function buildViolation(result: BuildResult, tree: ContentFiles): string | undefined {
  if (result.status !== 0) return `astro build exited ${result.status}:\n${result.output.slice(-4000)}`;
  const logged = result.output.split('\n').filter((l) => l.includes('[ERROR]'));
  if (logged.length > 0) return `astro build logged errors:\n${logged.join('\n')}`;
  const pages = tree.articles.map((f) => f.path.replace(/^content\/articles\/(.*)\.md$/, 'articles/$1/index.html'));
  const missing = pages.filter((p) => !existsSync(join(result.dist, p)));
  return missing.length > 0 ? `astro build published no page for ${missing.join(', ')}` : undefined;
}
