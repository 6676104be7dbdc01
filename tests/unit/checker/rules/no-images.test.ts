import { describe, expect, test } from 'vitest';
import { noImages } from '../../../../src/lib/checker/rules/no-images.ts';
import { lint } from '../../../support/body-rules.ts';

describe('noImages', () => {
  test('reports an inline image with its description', () => {
    expect(lint(noImages, 'Before.\n\n![the bridge](https://example.org/b.jpg)')).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: 'Images are not shown in a digest ("the bridge"): the site shows its description instead.',
        line: 3,
        column: 1,
      }),
    ]);
  });

  test('reports a reference-style image, and one without a description', () => {
    expect(lint(noImages, '![][b] and ![map][b]\n\n[b]: map.png').map((f) => f.message)).toEqual([
      'Images are not shown in a digest: the site shows its description instead.',
      'Images are not shown in a digest ("map"): the site shows its description instead.',
    ]);
  });

  test('says nothing about a link to an image', () => {
    expect(lint(noImages, 'See [the photo](https://example.org/b.jpg).')).toEqual([]);
  });
});
