import type { Nodes, Root } from 'mdast';

/** Blocks whose children are one run of text: quotes pair up inside one of them, never across. */
const RUNS = new Set<Nodes['type']>(['paragraph', 'heading', 'tableCell']);
/** A quotation mark after one of these (or at the start of a run) opens a quotation. */
const OPENS_AFTER = /[\s([{“‘—–/-]/u;
const DIGIT = /\d/;
const NEEDS_WORK = /["']|--|\.\s?\.\s?\./;

function opens(before: string): boolean {
  return before === '' || OPENS_AFTER.test(before);
}

/**
 * Typographic punctuation for one text node: straight quotes become curly ones, `--` and `---`
 * an em dash, three dots an ellipsis. `before` is the character that precedes the text in its
 * paragraph ('' at the start), so a quote right after a link or emphasis closes correctly.
 *
 * `"It's ours," he said of the '90s -- and left...` → `“It’s ours,” he said of the ’90s — and left…`
 */
export function educate(text: string, before: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  const plain = text.replace(/-{2,3}/g, '—').replace(/\.\s?\.\s?\./g, '…');
  let out = '';
  let previous = before;
  for (let i = 0; i < plain.length; i++) {
    let char = plain[i]!;
    if (char === '"') char = opens(previous) ? '“' : '”';
    // An apostrophe after a letter (Iran's, neighbours') or before a year ('90s) never opens.
    else if (char === "'") char = opens(previous) && !DIGIT.test(plain[i + 1] ?? '') ? '‘' : '’';
    out += char;
    previous = char;
  }
  return out;
}

/**
 * A remark plugin for typographic punctuation, so contributors can type plain quotes and
 * dashes. It does what `smartypants` did for us at a small part of its cost: smartypants parses
 * every sentence into a natural-language tree first, which took half of each digest's Markdown
 * time (see docs/benchmarks.md). Code spans and code blocks are left as written.
 */
export function remarkTypography() {
  return (tree: Root) => {
    let previous = '';
    const walk = (node: Nodes) => {
      if (node.type === 'text') {
        node.value = educate(node.value, previous);
        previous = node.value.at(-1) ?? previous;
      } else if (node.type === 'inlineCode') {
        previous = node.value.at(-1) ?? previous;
      } else if (node.type === 'break') {
        previous = '\n';
      } else if ('children' in node) {
        if (RUNS.has(node.type)) previous = '';
        for (const child of node.children) walk(child);
      }
    };
    walk(tree);
  };
}
