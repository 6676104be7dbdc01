/**
 * The two sites a benchmark run builds in a temporary folder: a copy of ours, and a bare Astro
 * site that renders the same Markdown with the same processor and nothing else (the floor).
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SyntheticFile } from './synthetic.ts';

/** What of the project a build needs; content/ is never copied, the synthetic one replaces it. */
const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Links every package of the real node_modules into `dest`/node_modules one by one, instead of
 * linking the folder: Astro and Vite write their caches (data store, dependency pre-bundles)
 * into node_modules/.astro and .vite, and each build must start cold and leave the project's alone.
 */
export async function linkNodeModules(projectRoot: string, dest: string): Promise<void> {
  const from = join(projectRoot, 'node_modules');
  const to = join(dest, 'node_modules');
  await mkdir(to, { recursive: true });
  for (const name of await readdir(from)) {
    if (name.startsWith('.') && name !== '.bin') continue;
    await symlink(join(from, name), join(to, name));
  }
}

/** Writes files under `root`, creating folders as needed. */
export async function writeFiles(root: string, files: readonly SyntheticFile[]): Promise<void> {
  const dirs = new Set(files.map((f) => join(root, f.path, '..')));
  for (const dir of dirs) await mkdir(dir, { recursive: true });
  // A few hundred writes at a time: fast, and well under the open-file limit.
  for (let i = 0; i < files.length; i += 256)
    await Promise.all(files.slice(i, i + 256).map((f) => writeFile(join(root, f.path), f.text)));
}

/**
 * A copy of our site in `dest`, with `content` as its content/: from the working tree, or from
 * a commit (`ref`, e.g. "HEAD") so that a result can be tied to the code it measured.
 */
export async function makeProjectCopy(
  projectRoot: string,
  dest: string,
  content: readonly SyntheticFile[],
  ref?: string,
): Promise<void> {
  await mkdir(dest, { recursive: true });
  if (ref === undefined) {
    for (const name of PROJECT_FILES) await cp(join(projectRoot, name), join(dest, name), { recursive: true });
  } else {
    const tar = execFileSync('git', ['archive', '--format=tar', ref, '--', ...PROJECT_FILES], {
      cwd: projectRoot,
      maxBuffer: 1 << 30,
    });
    execFileSync('tar', ['-x', '-C', dest], { input: tar });
  }
  await linkNodeModules(projectRoot, dest);
  await writeFiles(join(dest, 'content'), content);
}

/**
 * The floor: one collection of the same digests with a schema that accepts anything, one page
 * per digest that renders its body, and our site's `markdown` settings taken from its own
 * astro.config.mjs, so the two always use the same processor and plugins.
 */
export async function makeFloorSite(
  projectRoot: string,
  projectCopy: string,
  dest: string,
  content: readonly SyntheticFile[],
): Promise<void> {
  await mkdir(join(dest, 'src/pages'), { recursive: true });
  await linkNodeModules(projectRoot, dest);
  await writeFiles(
    join(dest, 'content'),
    content.filter((f) => f.path.startsWith('articles/')),
  );
  const ourConfig = pathToFileURL(join(projectCopy, 'astro.config.mjs')).href;
  const files: SyntheticFile[] = [
    {
      path: 'package.json',
      text: `${JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }, null, 2)}\n`,
    },
    {
      path: 'astro.config.mjs',
      text: `import { defineConfig } from 'astro/config';
import site from ${JSON.stringify(ourConfig)};

// The same Markdown processor as the site, and nothing else.
export default defineConfig({ markdown: site.markdown, build: { format: 'directory' }, devToolbar: { enabled: false } });
`,
    },
    {
      path: 'src/content.config.ts',
      text: `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: './content/articles' }), schema: z.looseObject({}) }),
};
`,
    },
    {
      path: 'src/pages/[id].astro',
      text: `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const articles = await getCollection('articles');
  return articles.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{String(entry.data.headline)}</title></head><body><Content /></body></html>
`,
    },
  ];
  await writeFiles(dest, files);
}
