/** Reads a content tree from disk as the checker's input, with paths as if it were content/. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFiles, SourceFile } from '../../src/lib/checker/checker.ts';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** Every file of one collection folder, named `content/<collection>/<file>`. */
export function readCollection(root: string, collection: string): SourceFile[] {
  const dir = join(root, collection);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => ({ path: `content/${collection}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

/** A whole content tree: articles, places, actors and the translations, one folder per language. */
export function readContent(root: string): ContentFiles {
  const languages = join(root, 'translations');
  const folders = statSync(languages, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(languages).sort() : [];
  return {
    articles: readCollection(root, 'articles'),
    places: readCollection(root, 'places'),
    actors: readCollection(root, 'actors'),
    translations: folders.flatMap((language) => readCollection(root, `translations/${language}`)),
  };
}

/** The good fixture tree plus one more file, given relative to its collection: "places/x.yaml". */
export function withFile(files: ContentFiles, relative: string, text: string): ContentFiles {
  const [collection] = relative.split('/') as [keyof ContentFiles];
  return { ...files, [collection]: [...(files[collection] ?? []), { path: `content/${relative}`, text }] };
}
