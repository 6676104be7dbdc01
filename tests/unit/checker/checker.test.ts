import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent, summarise } from '../../../src/lib/checker/checker.ts';
import { formatProblem, parseFieldPath } from '../../../src/lib/model/problems.ts';
import { BAD_CASES, TODAY } from '../../support/bad-cases.ts';
import { FIXTURES, readContent, withFile } from '../../support/content-files.ts';

const good = readContent(join(FIXTURES, 'good'));
const bad = (file: string) => readFileSync(join(FIXTURES, 'bad', file), 'utf8');
const check = (files = good) => checkContent(files, { today: TODAY });

/** A digest added to the good content, written from its frontmatter lines and body. */
function article(
  name: string,
  frontmatter: string,
  body = 'Guards units were seen near Khoda Afarin, the paper said.',
) {
  return withFile(good, `articles/${name}.md`, `---\n${frontmatter.trim()}\n---\n\n${body}\n`);
}
const sound = `
headline: Iran reinforces its border with Azerbaijan
outlet: Tehran Times
published:
  date: "2020-10-27"
  precision: day
language: en
places:
  - khoda-afarin
summary: The paper reported that Guards units had reinforced the border.
`;

describe('content checker', () => {
  test('finds nothing at all in the good fixture content', () => {
    expect(check()).toEqual([]);
  });

  test('finds nothing at all in the real content', () => {
    const real = readContent(new URL('../../../content', import.meta.url).pathname);
    expect(real.articles.length).toBeGreaterThan(0);
    expect(checkContent(real).map(formatProblem)).toEqual([]);
  });

  test('the bad-input matrix has at least 15 distinct faults, one file each', () => {
    expect(new Set(BAD_CASES.map((c) => c.fault)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(BAD_CASES.map((c) => c.file)).size).toBe(BAD_CASES.length);
  });

  test.each(BAD_CASES.map((c) => [c.fault, c] as const))('reports %s, and nothing else', (_, c) => {
    const all = check(withFile(good, c.file, bad(c.file)));
    const same = all.filter((p) => p.message.includes('may be the same place'));
    expect(same.map((p) => [p.file, p.field])).toEqual((c.alsoSameWarnings ?? []).map((f) => [`content/${c.file}`, f]));
    const problems = all.filter((p) => !same.includes(p));
    expect(problems).toEqual([
      {
        file: `content/${c.file}`,
        field: c.field,
        line: c.line,
        column: c.column,
        severity: c.severity,
        message: c.message,
        fix: expect.stringMatching(/\S/),
      },
    ]);
  });

  test('reports every problem in every file in one run, sorted by file and line', () => {
    let files = good;
    for (const c of BAD_CASES) files = withFile(files, c.file, bad(c.file));
    const problems = check(files);
    for (const c of BAD_CASES) expect(problems.map((p) => p.file)).toContain(`content/${c.file}`);
    const keys = problems.map((p) => [p.file, p.line ?? 0, p.column ?? 0] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
    expect(keys).toEqual(sorted);
  });

  test('says which lines to fix, as file:line:column  field: message  (fix)', () => {
    const [problem] = check(
      withFile(good, 'articles/2020-10-27-unknown-place.md', bad('articles/2020-10-27-unknown-place.md')),
    );
    expect(problem && formatProblem(problem)).toBe(
      'content/articles/2020-10-27-unknown-place.md:10:5  places[0]: Unknown place "khoda-afrin": there is no content/places/khoda-afrin.yaml.  (Did you mean "khoda-afarin"? Otherwise add the place with `npm run new:place`.)',
    );
  });

  test('still applies the cross-entry rules to an article that fails its schema', () => {
    const problems = check(
      article(
        '2020-10-27-two-faults',
        sound.replace('"2020-10-27"', '"2020-10-32"').replace('- khoda-afarin', '- khoda-afrin'),
      ),
    );
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['published.date', 5],
      ['places[0]', 9],
    ]);
  });

  test('keeps the index of each event when another event in the file is broken', () => {
    const events = `
events:
  - id: broken
    when: { date: "2020-10", precision: day }
    kind: visit
    summary: A visit that has no day although it claims one.
  - see: no-such-event
`;
    const problems = check(article('2020-10-27-events', sound + events));
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['events[0].when.date', 14],
      ['events[1].see', 17],
    ]);
  });

  test('does not call a place unknown when its own file is broken: that file is reported instead', () => {
    const brokenPlace = withFile(good, 'places/aslanduz.yaml', bad('places/aslanduz.yaml'));
    const files = withFile(
      brokenPlace,
      'articles/2020-10-27-aslanduz.md',
      `---\n${sound.replace('khoda-afarin', 'aslanduz')}---\n\nShells fell near Aslanduz.\n`,
    );
    expect(check(files).map((p) => p.file)).toEqual(['content/places/aslanduz.yaml']);
  });

  test('reports a misspelt field once, as unknown, with the field it probably means', () => {
    const problems = check(article('2020-10-27-typo', sound.replace('summary:', 'sumary:')));
    expect(problems).toMatchObject([
      { field: 'sumary', message: 'Unknown field "sumary".', fix: expect.stringContaining('Did you mean "summary"?') },
    ]);
  });

  test('names a missing field after the description the schema gives it', () => {
    const [problem] = check(article('2020-10-27-no-language', sound.replace('language: en\n', '')));
    expect(problem).toMatchObject({ field: 'language', message: 'The required field "language" is missing.' });
    expect(problem?.fix).toContain('BCP 47');
  });

  test('reads an unquoted impossible date as written, where Astro would roll it over to 1 March', () => {
    const [problem] = check(article('2020-10-27-unquoted', sound.replace('"2020-10-27"', '2021-02-29')));
    expect(problem).toMatchObject({
      field: 'published.date',
      line: 5,
      message: expect.stringContaining('does not exist'),
    });
  });

  test('checks the dates of events and corrections against today too', () => {
    const problems = check(
      article(
        '2020-10-27-later',
        `${sound}corrections:\n  - date: "2027-03-01"\n    note: Corrected the name of the county.\n`,
      ),
    );
    expect(problems).toMatchObject([
      { field: 'corrections[0].date', line: 12, message: '2027-03-01 is in the future (today is 2026-01-01).' },
    ]);
  });

  test.each([
    [
      'inline HTML, once for its opening and closing tags',
      'Guards units near Khoda Afarin, <b>the paper</b> said.',
      'Raw HTML is not allowed in a digest: <b> is HTML, not Markdown.',
    ],
    [
      'an HTML comment',
      'Guards units near Khoda Afarin.\n\n<!-- a note -->',
      'Raw HTML is not allowed in a digest: an HTML comment is not part of Markdown.',
    ],
    [
      'a comment that hides a script',
      'Guards units near Khoda Afarin.\n\n<!-- x --><script>alert(1)</script>',
      'Raw HTML is not allowed in a digest: an HTML comment is not part of Markdown.',
    ],
    [
      'an autolink to javascript:',
      'Guards units near Khoda Afarin. <javascript:alert(1)>',
      'The link address "javascript:alert(1)" is removed on the site: its words stay, but lead nowhere.',
    ],
    [
      'a reference definition to a data: URL',
      'Guards units near [Khoda Afarin][x].\n\n[x]: data:text/html,hi',
      'The link address "data:text/html,hi" is removed on the site: its words stay, but lead nowhere.',
    ],
    [
      'an image from a relative path',
      'Guards units near Khoda Afarin. ![map](map.png)',
      'Images are not shown in a digest ("map"): the site shows its description instead.',
    ],
    [
      'a reference-style image',
      'Guards units near Khoda Afarin. ![the bridge][b]\n\n[b]: https://example.org/bridge.jpg',
      'Images are not shown in a digest ("the bridge"): the site shows its description instead.',
    ],
  ])('refuses %s in a digest', (_, body, message) => {
    const problems = check(article('2020-10-27-html', sound, body));
    expect(problems.map((p) => [p.field, p.severity, p.message])).toEqual([['body', 'error', message]]);
  });

  test('accepts the links the site keeps: mailto:, anchors and addresses within the site', () => {
    const body =
      'Guards units near [Khoda Afarin](/places/khoda-afarin/); [write to us](mailto:desk@example.org), [see above](#top).';
    expect(check(article('2020-10-27-html', sound, body))).toEqual([]);
  });

  test('points out a web address written bare, but not one that is a link’s text', () => {
    const bare = check(
      article('2020-10-27-html', sound, 'Guards units near Khoda Afarin; see www.example.org/report.'),
    );
    expect(bare.map((p) => [p.field, p.severity, p.message])).toEqual([
      [
        'body',
        'warning',
        'The web address "www.example.org/report" is written bare: on the site it is plain text, not a link.',
      ],
    ]);
    expect(bare[0]?.fix).toContain('[what the page is](https://www.example.org/report)');
    const linked = check(
      article('2020-10-27-html', sound, 'Guards units near Khoda Afarin: [https://example.org](https://example.org).'),
    );
    expect(linked).toEqual([]);
  });

  test('refuses a digest with no text', () => {
    expect(check(article('2020-10-27-empty', sound, '## Context'))).toMatchObject([
      { field: 'body', message: 'The digest has no text.' },
    ]);
  });

  test('counts the places of events, and of events referred to with see:, as tagged', () => {
    const withEvent = `${sound}events:\n  - see: irgc-border-deployment\n`;
    expect(check(article('2020-10-27-jolfa', withEvent, 'Units were also seen at Jolfa.'))).toEqual([]);
    expect(check(article('2020-10-27-jolfa', sound, 'Units were also seen at Jolfa.'))).toMatchObject([
      {
        severity: 'warning',
        line: 13,
        column: 25,
        message: 'The text names "Jolfa", the place jolfa (Jolfa), but the article does not tag it.',
      },
    ]);
  });

  test('recognises a place by its other name and aliases, but not a lower-case word', () => {
    const problems = check(article('2020-10-27-martuni', sound, 'Shelling was reported near MARTUNI and pars abad.'));
    expect(problems.map((p) => p.message)).toEqual([
      'The text names "MARTUNI", the place khojavend (Khojavend), but the article does not tag it.',
    ]);
  });

  test('reports two places with the same canonical name on both files', () => {
    const place = bad('places/julfa-nakhchivan.yaml')
      .replace('name: Julfa (Nakhchivan)', 'name: Jolfa')
      .replace('  - Jolfa\n', '');
    const problems = check(withFile(good, 'places/jolfa-az.yaml', place)).filter((p) => p.severity === 'error');
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/places/jolfa-az.yaml', 'name'],
      ['content/places/jolfa.yaml', 'name'],
    ]);
  });

  test('refuses a file in a sub-folder, which the site would not read', () => {
    const files = { ...good, articles: [...good.articles, { path: 'content/articles/2020/x.md', text: '---\n---\n' }] };
    expect(check(files)).toMatchObject([
      { file: 'content/articles/2020/x.md', field: '(file name)', message: expect.stringContaining('sub-folder') },
    ]);
  });

  test('sums up the run in one line', () => {
    const problems = check(
      withFile(good, 'articles/2020-10-27-untagged-place.md', bad('articles/2020-10-27-untagged-place.md')),
    );
    expect(summarise(problems, good)).toBe(
      '0 errors and 1 warning in 1 file (checked 2 articles, 4 places, 5 actors).',
    );
    expect(summarise([], good)).toBe('No problems in 2 articles, 4 places, 5 actors.');
  });

  test('reads field paths back from their written form', () => {
    expect(parseFieldPath('events[1].claim.by[0]')).toEqual(['events', 1, 'claim', 'by', 0]);
  });
});

describe('translations in the content checker', () => {
  const file = 'translations/fa/2020-10-26-dawn-iran-deploys-troops.md';

  test('the real content’s translations are read and pass', () => {
    const real = readContent(new URL('../../../content', import.meta.url).pathname);
    expect(real.translations?.length).toBeGreaterThan(0);
    expect(summarise([], real)).toMatch(/\d+ translations\.$/);
  });

  test('a translation that changes an event’s date is refused on its line, saying what the original says', () => {
    const problems = check(withFile(good, file, bad(file)));
    expect(problems).toEqual([
      expect.objectContaining({
        file: `content/${file}`,
        field: 'events.irgc-border-deployment.when',
        severity: 'error',
        line: 6,
      }),
    ]);
    const [problem] = problems;
    expect(problem!.message).toContain('it says 2020-10-24, where the original');
    expect(problem!.message).toContain('says 2020-10-25');
    expect(problem!.fix).toContain('Delete `when` here');
  });

  test('one whose frontmatter is not YAML is refused on the line', () => {
    const broken = bad(file).replace('summary: سپاه', 'summary: "سپاه');
    const problems = check(withFile(good, file, broken));
    expect(problems.map((p) => [p.file, p.field])).toEqual([[`content/${file}`, '(yaml)']]);
  });
});
