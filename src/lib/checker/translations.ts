/**
 * Translated digests in the checker: each file's YAML and schema, then the model's translation
 * rules (`model/translationCheck.ts`: a digest that exists, no date, place or actor of its own),
 * every problem placed on the line of the field it concerns.
 */
import type { ContentRecord } from '../model/records.ts';
import type { Article } from '../model/schema.ts';
import { translationSchema, type Translation } from '../model/translation.ts';
import { checkTranslations } from '../model/translationCheck.ts';
import { parseFieldPath, type Problem } from '../model/problems.ts';
import { schemaProblems } from './error-map.ts';
import { FRONTMATTER } from './frontmatter.ts';
import type { SourceFile } from './read-file.ts';
import { readYaml, type YamlSource } from './yaml-source.ts';

/** "content/translations/fa/x.md" is "fa/x", the id the site and the model's rules use. */
const idOf = (path: string) => /translations\/([^/]+\/[^/]+)\.md$/.exec(path)?.[1];

/**
 * Every problem in the translation files, given the digests that could be read.
 * `translationProblems([{ path: 'content/translations/fa/x.md', text }], articles)`
 */
export function translationProblems(files: readonly SourceFile[], articles: readonly ContentRecord<Article>[]) {
  const problems: Problem[] = [];
  const records: ContentRecord<Translation>[] = [];
  const sources = new Map<string, YamlSource>();
  for (const file of files) {
    const report = (field: string, message: string, fix: string, line = 1, column = 1) =>
      problems.push({ file: file.path, field, message, fix, severity: 'error', line, column });
    const id = idOf(file.path);
    if (id === undefined) {
      report(
        '(file name)',
        'This file is not read: a translation is content/translations/<language>/<article id>.md.',
        'Move it into the folder of its language, named as the digest it translates.',
      );
      continue;
    }
    const fences = FRONTMATTER.exec(file.text);
    if (!fences) {
      report(
        '(frontmatter)',
        'The file has no frontmatter: it must start with a line "---", the fields, and another "---".',
        'Copy the layout of a translation beside it: headline, summary, events, then the body.',
      );
      continue;
    }
    const yaml = readYaml(fences[1]?.replace(/^\r?\n/, '').replace(/\r?\n$/, '') ?? '', 1);
    for (const error of yaml.errors)
      report(
        '(yaml)',
        `The YAML cannot be read: ${error.message}.`,
        'Check the indentation and quoting on this line: put text that contains ": " or " #" in double quotes.',
        error.position.line,
        error.position.column,
      );
    if (yaml.errors.length > 0) continue;
    const result = translationSchema.safeParse(yaml.data);
    if (!result.success) {
      problems.push(...schemaProblems(translationSchema, result.error.issues, yaml.data, file.path, yaml.locate));
      continue;
    }
    records.push({ id, filePath: file.path, data: result.data });
    sources.set(file.path, yaml);
  }
  for (const problem of checkTranslations(records, articles)) {
    const yaml = sources.get(problem.file);
    const at = yaml && problem.field.startsWith('(') === false ? yaml.locate(parseFieldPath(problem.field)) : undefined;
    problems.push(at ? { ...problem, ...at } : { line: 1, column: 1, ...problem });
  }
  return problems;
}
