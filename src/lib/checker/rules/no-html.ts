/** Raw HTML in a digest: the site drops it, and some of it would run code in readers' browsers. */
import type { Html } from 'mdast';
import type { Parent } from 'unist';
import { visit } from 'unist-util-visit';
import { startOf, type BodyRule, type Finding } from './rule.ts';

/** Why a piece of HTML is unwelcome, most dangerous reason first. */
function describeHtml(value: string): string {
  const tag = /^<\/?([a-z][\w-]*)/i.exec(value.trim())?.[1]?.toLowerCase();
  const handler = /\s(on[a-z]+)\s*=/i.exec(value)?.[1]?.toLowerCase();
  if (handler) return `the ${handler}= attribute would run code in readers' browsers`;
  if (tag === 'script') return "<script> would run code in readers' browsers";
  if (tag === 'iframe' || tag === 'object' || tag === 'embed') return `<${tag}> would embed another site in the page`;
  if (value.trim().startsWith('<!--')) return 'an HTML comment is not part of Markdown';
  return tag ? `<${tag}> is HTML, not Markdown` : 'this is HTML, not Markdown';
}

/**
 * `<b>x</b>` is one error at `<b>`: inline HTML comes as one node per tag, so closing tags of opened
 * ones are skipped.
 */
export const noHtml: BodyRule = (tree) => {
  const findings: Finding[] = [];
  const opened = new Map<Parent, Set<string>>();
  visit(tree, 'html', (node: Html, _index, parent) => {
    const value = node.value.trim();
    const tag = /^<(\/?)([a-z][\w-]*)/i.exec(value);
    const name = tag?.[2]?.toLowerCase() ?? '';
    if (parent && tag?.[1] === '/' && opened.get(parent)?.has(name)) return;
    if (parent && tag && !tag[1]) opened.set(parent, (opened.get(parent) ?? new Set()).add(name));
    findings.push({
      severity: 'error',
      message: `Raw HTML is not allowed in a digest: ${describeHtml(value)}.`,
      fix: 'Write plain Markdown (*emphasis*, [text](https://…)) and delete the HTML; the site removes it anyway.',
      ...startOf(node),
    });
  });
  return findings;
};
