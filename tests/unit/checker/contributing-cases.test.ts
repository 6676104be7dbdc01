import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { load, CORE_SCHEMA } from 'js-yaml';
import { checkContent } from '../../../src/lib/checker/checker.ts';
import { formatProblem } from '../../../src/lib/model/problems.ts';
import { formatDating } from '../../../src/lib/model/dateFormat.ts';
import { actorSchema, articleSchema } from '../../../src/lib/model/schema.ts';
import { followGuideCases, readGuideCases } from '../../support/contributing-cases.ts';
import { readContent } from '../../support/content-files.ts';

const work = mkdtempSync(join(tmpdir(), 'aras-cases-'));
const content = join(work, 'content');
cpSync(new URL('../../../content', import.meta.url).pathname, content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));
const frontmatter = (text: string) => articleSchema.parse(load(text.split('---\n')[1] ?? '', { schema: CORE_SCHEMA }));

describe('the common cases in CONTRIBUTING.md', () => {
  test('give a worked example for each case the guide promises', () => {
    expect(readGuideCases().map((c) => c.name)).toEqual(['village', 'part-of', 'updated', 'actor']);
  });

  test('pass the checker with no message at all, added to the real content', () => {
    const { written, output } = followGuideCases(content);
    expect(output).toContain('Wrote ');
    expect(written).toEqual([
      'places/parviz-khanlu.yaml',
      'articles/2020-10-03-example-daily-mortar-rounds-hit-parviz-khanlu.md',
      'articles/2023-09-13-example-weekly-border-call.md',
      'actors/hikmet-hajiyev.yaml',
    ]);
    expect(checkContent(readContent(content)).map(formatProblem)).toEqual([]);

    const part = frontmatter(readFileSync(join(content, written[1] ?? ''), 'utf8'));
    expect(part.events[0]).toMatchObject({ partOf: 'stray-mortar-fire-first-week' });
    expect(part.events[1]).toEqual({ see: 'war-begins' });
    const updated = frontmatter(readFileSync(join(content, written[2] ?? ''), 'utf8'));
    expect(formatDating(updated.published)).toBe('sometime between 13 and 20 September 2023');
    const actor = actorSchema.parse(load(readFileSync(join(content, written[3] ?? ''), 'utf8')));
    expect(actor).toMatchObject({ name: 'Hikmet Hajiyev', kind: 'person', country: 'AZ' });
  }, 60_000);
});
