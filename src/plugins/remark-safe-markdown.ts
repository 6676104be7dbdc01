import type { Root, Html } from 'mdast';
import type { Parent } from 'unist';
import { visit, SKIP } from 'unist-util-visit';

const SAFE_PROTOCOL = /^(https?:|mailto:|#|\/(?!\/)|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/i;

/** True for a link target that cannot run script: http(s), mailto, or a relative path. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and white space inside a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  return SAFE_PROTOCOL.test(compact);
}

/**
 * Digests come from strangers' pull requests, so nothing in their Markdown may become markup
 * of its own: raw HTML is dropped and links or images with a script-capable URL lose it.
 *
 * `Hello <script>alert(1)</script> [x](javascript:alert(1))` renders as `<p>Hello  x</p>`.
 * The content checker reports both as errors; this plugin is the guarantee when it is skipped.
 */
export function remarkSafeMarkdown() {
  return (tree: Root) => {
    visit(tree, 'html', (_node: Html, index, parent: Parent | undefined) => {
      if (parent === undefined || index === undefined) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        if (!isSafeUrl(node.url)) node.url = '';
      }
    });
  };
}
