import type { AstroUserConfig } from 'astro';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { remarkSafeMarkdown } from './safe.ts';
import { remarkDigestSyntax } from './syntax.ts';
import { remarkTypography } from './typography.ts';

type MarkdownProcessor = NonNullable<NonNullable<AstroUserConfig['markdown']>['processor']>;

/** The digest body pipeline: Markdown in, safe HTML out (the tests render through it too). */
export function digestPipeline() {
  return (
    unified()
      .use(remarkParse)
      .use(remarkDigestSyntax)
      .use(remarkSafeMarkdown)
      .use(remarkTypography)
      // Raw HTML never reaches the HTML tree (remarkSafeMarkdown removed it already), so the
      // pipeline needs no HTML parser (rehype-raw) to re-read it.
      .use(remarkRehype, { allowDangerousHtml: false })
      .use(rehypeHeadingIds)
      .use(rehypeStringify)
      .freeze()
  );
}

/**
 * The Markdown processor Astro renders digests with: remark, as the design card asks, with only
 * the steps a digest needs. Astro's own `unified()` processor also runs retext-smartypants (it
 * parses every sentence into a natural-language tree), GitHub's bare-address autolinks,
 * rehype-raw (a second HTML parse) and image collection. A digest has no raw HTML and no images
 * (remarkSafeMarkdown drops both), and remarkTypography does the punctuation, so none of those
 * steps is needed; what leaving them out saves is measured in docs/benchmarks.md, section 3.
 */
export function digestMarkdown(): MarkdownProcessor {
  return {
    name: 'aras-digest-remark',
    options: {},
    async createRenderer() {
      const pipeline = digestPipeline();
      return {
        async render(content, options) {
          const file = new VFile({ value: content, path: options?.fileURL });
          const result = await pipeline.process(file);
          return {
            code: String(result.value),
            metadata: {
              headings: result.data.astro?.headings ?? [],
              localImagePaths: [],
              remoteImagePaths: [],
              // What remark plugins add to the frontmatter; ours add nothing. Handing back the
              // frontmatter we were given would store every digest's frontmatter a second time.
              frontmatter: {},
            },
          };
        },
      };
    },
  };
}
