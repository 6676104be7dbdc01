import { describe, expect, test } from 'vitest';
import { noHtml } from '../../../../src/lib/checker/rules/no-html.ts';
import { lint } from '../../../support/body-rules.ts';

describe('noHtml', () => {
  test('reports inline HTML once, at its opening tag', () => {
    expect(lint(noHtml, 'Troops <b>arrived</b> at dawn.')).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: 'Raw HTML is not allowed in a digest: <b> is HTML, not Markdown.',
        line: 1,
        column: 8,
      }),
    ]);
  });

  test('names the danger of an event handler before the tag', () => {
    expect(lint(noHtml, 'Text <img src=x onerror="alert(1)"> more').map((f) => f.message)).toEqual([
      "Raw HTML is not allowed in a digest: the onerror= attribute would run code in readers' browsers.",
    ]);
  });

  test('reports a script block on its own lines', () => {
    expect(lint(noHtml, 'Before.\n\n<script>alert(1)</script>').map((f) => [f.line, f.message])).toEqual([
      [3, "Raw HTML is not allowed in a digest: <script> would run code in readers' browsers."],
    ]);
  });

  test('says nothing about plain Markdown', () => {
    expect(lint(noHtml, 'Troops *arrived* at dawn, [reports](https://example.org) say.')).toEqual([]);
  });
});
