import { describe, expect, test } from 'vitest';
import { escapeData, escapeProperty, githubAnnotation } from '../../../scripts/lib/github-annotations.ts';
import type { Problem } from '../../../src/lib/model/problems.ts';

const problem = (over: Partial<Problem> = {}): Problem => ({
  file: 'content/places/jolfa.yaml',
  field: 'coordinates.lat',
  message: 'Latitude 98 is not between -90 and 90.',
  fix: 'Write the latitude in decimal degrees.',
  severity: 'error',
  line: 7,
  column: 8,
  ...over,
});

describe('GitHub annotations for content problems', () => {
  test('an error names the file, line, column and field, then says what is wrong and what to do', () => {
    expect(githubAnnotation(problem())).toBe(
      '::error file=content/places/jolfa.yaml,line=7,col=8,title=coordinates.lat::' +
        'Latitude 98 is not between -90 and 90. (fix: Write the latitude in decimal degrees.)',
    );
  });

  test('a warning is annotated as a warning', () => {
    expect(githubAnnotation(problem({ severity: 'warning' }))).toMatch(/^::warning file=/);
  });

  test('a problem without a line names the file alone', () => {
    const { line, column, ...rest } = problem();
    expect(githubAnnotation(rest)).toMatch(/^::error file=content\/places\/jolfa\.yaml,title=coordinates\.lat::/);
  });

  test('the message escapes %, CR and LF, so a second line cannot start a command of its own', () => {
    expect(escapeData('50% done\r\n::error::forged')).toBe('50%25 done%0D%0A::error::forged');
    const line = githubAnnotation(problem({ message: 'two\nlines', fix: '100%' }));
    expect(line).not.toMatch(/[\r\n]/);
    expect(line.endsWith('::two%0Alines (fix: 100%25)')).toBe(true);
  });

  test('properties also escape : and , which would end them early', () => {
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
    const line = githubAnnotation(problem({ file: 'content/articles/a,b:c.md', field: 'events[0].when' }));
    expect(line).toContain('file=content/articles/a%2Cb%3Ac.md,line=7');
    // The only `::` left are the two that frame the command.
    expect(line.split('::')).toHaveLength(3);
  });
});
