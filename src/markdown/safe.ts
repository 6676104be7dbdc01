import type { Root } from 'mdast';
import type { Parent } from 'unist';
import { visit, SKIP } from 'unist-util-visit';
import { isSafeUrl } from './safe-url.ts';

/**
 * Digests come from strangers' pull requests, so nothing in their Markdown may become markup
 * of its own or make a reader's browser contact anyone: raw HTML is dropped, an image becomes
 * its description (a remote image is a request to a third party), and links with a
 * script-capable URL lose it.
 *
 * `Hello <b onclick="x()">you</b> ![a map](https://x.org/m.png) [x](javascript:alert(1))` renders as
 * `<p>Hello you a map <a href="">x</a></p>`; a `<script>` block on its own lines disappears whole.
 * The content checker reports all three as errors; this plugin is the guarantee when it is skipped.
 */
export function remarkSafeMarkdown() {
  return (tree: Root) => {
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (node.type === 'html' || node.type === 'image' || node.type === 'imageReference') {
        if (parent === undefined || index === undefined) return;
        const description = node.type === 'html' ? '' : (node.alt ?? '');
        if (description)
          parent.children.splice(index, 1, { type: 'text', value: description } as Parent['children'][0]);
        else parent.children.splice(index, 1);
        return [SKIP, description ? index + 1 : index];
      }
      if ((node.type === 'link' || node.type === 'definition') && !isSafeUrl(node.url)) node.url = '';
      return undefined;
    });
  };
}
