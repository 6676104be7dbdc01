/**
 * Every built page is valid HTML by html-validate's recommended rules, configured only where
 * .htmlvalidate.mjs says why. The configuration is loaded from that file, so the test and
 * `npx html-validate dist/` agree, whichever build ARAS_DIST names.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import { DIST, files } from '../support/dist.ts';

const validator = new HtmlValidate(new StaticConfigLoader(config));
const pages = files().filter((name) => name.endsWith('.html'));

describe('html-validate', () => {
  test('finds errors in a page that is not valid, under the site’s configuration', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>Jolfa</title></head><body><p><div>Jolfa</div></p></body></html>',
    );
    expect(report.valid).toBe(false);
  });

  test('finds no error on any built page', async () => {
    expect(pages.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const name of pages) {
      const report = await validator.validateFile(join(DIST, name));
      for (const result of report.results)
        for (const m of result.messages)
          problems.push(`${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? 'document'})`);
    }
    console.log(`html-validate: ${pages.length} pages validated, ${problems.length} problems.`);
    expect(problems).toEqual([]);
  });
});
