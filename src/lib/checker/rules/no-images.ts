/** Images in a digest: the site shows only their description, since a remote image is a request to a third party. */
import type { Image, ImageReference } from 'mdast';
import { visit } from 'unist-util-visit';
import { startOf, type BodyRule, type Finding } from './rule.ts';

/** `![the bridge](https://…/b.jpg)` is an error that asks for words and a link instead. */
export const noImages: BodyRule = (tree) => {
  const findings: Finding[] = [];
  visit(tree, ['image', 'imageReference'], (node) => {
    const image = node as Image | ImageReference;
    findings.push({
      severity: 'error',
      message: `Images are not shown in a digest${image.alt ? ` ("${image.alt}")` : ''}: the site shows its description instead.`,
      fix: 'Say in words what the image shows and link to the page that carries it: [photo of the bridge](https://…).',
      ...startOf(image),
    });
  });
  return findings;
};
