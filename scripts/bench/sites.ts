/**
 * The two sites a benchmark run builds in a temporary folder: a copy of ours, and a bare Astro
 * site that renders the same Markdown with the same processor and nothing else (the floor).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { copyProject, linkNodeModules, writeFiles } from '../lib/project-copy.ts';
import type { SyntheticFile } from './synthetic.ts';

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
  await copyProject(projectRoot, dest, ref === undefined ? {} : { ref });
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
