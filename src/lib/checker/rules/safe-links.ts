/**
 * Link addresses the site will not keep. The renderer (`markdown/safe.ts`) empties them with the
 * same predicate, so the checker reports exactly the links that break on the page.
 */
import type { Definition, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { isSafeUrl } from '../../../markdown/safe-url.ts';
import { startOf, type BodyRule, type Finding } from './rule.ts';

/** `[x](javascript:alert(1))` is an error; https, mailto:, `#…` and relative addresses pass. */
export const safeLinks: BodyRule = (tree) => {
  const findings: Finding[] = [];
  visit(tree, ['link', 'definition'], (node) => {
    const link = node as Link | Definition;
    if (isSafeUrl(link.url)) return;
    findings.push({
      severity: 'error',
      message: `The link address "${link.url}" is removed on the site: its words stay, but lead nowhere.`,
      fix: 'Link to the page with its full https:// address (mailto: and addresses within this site are kept too).',
      ...startOf(link),
    });
  });
  return findings;
};
