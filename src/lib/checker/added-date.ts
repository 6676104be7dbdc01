/**
 * A digest that a pull request adds says when it joined the site (`added`), which the feeds order
 * by. Files already on the site before the field existed carry the date of their first commit.
 */
import type { Problem } from '../model/problems.ts';
import type { Parsed } from './read-file.ts';
import type { Article } from '../model/schema.ts';

/** One error per new article file (path as in `files`) whose frontmatter has no `added` line. */
export function missingAddedDates(articles: readonly Parsed<Article>[], newFiles: ReadonlySet<string>): Problem[] {
  return articles.flatMap((parsed): Problem[] => {
    const raw = parsed.raw;
    const has = typeof raw === 'object' && raw !== null && 'added' in raw;
    if (!newFiles.has(parsed.file.path) || has) return [];
    return [
      {
        file: parsed.file.path,
        field: 'added',
        message: 'A new digest needs the day it joined the site.',
        fix: 'Add a line `added: "YYYY-MM-DD"` with today’s date (UTC) after `published`; `npm run new:article` writes it for you.',
        severity: 'error',
        ...(parsed.yaml?.locate([]) ?? { line: 1, column: 1 }),
      },
    ];
  });
}
