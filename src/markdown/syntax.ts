import type { Processor } from 'unified';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';

/**
 * The Markdown digests are written in: CommonMark plus GitHub's tables, ~~strikethrough~~ and
 * footnotes[^1], so a digest reads the same in a pull request's preview and on the site.
 *
 * Not GitHub's bare-address autolinks: finding them tests every character of every paragraph,
 * which doubled the time to parse a digest (docs/benchmarks.md). The content checker points out a
 * bare web address and asks for a `[link](https://…)`. The site renders digests and the checker
 * reads them with this one plugin, so both see the same tree.
 */
export function remarkDigestSyntax(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(
    gfmTableFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmFootnoteFromMarkdown(),
  );
}
