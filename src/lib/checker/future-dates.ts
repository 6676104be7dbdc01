/** Dates after today: a digest records what has already been published and has already happened. */
import type { Article } from '../model/schema.ts';
import { isFullEvent } from '../model/records.ts';
import { isCertainlyAfter } from '../model/dates.ts';
import { fieldPath, type PathKey, type Problem } from '../model/problems.ts';
import { locateIn, pathInFile, type CheckedArticle } from './salvage.ts';

/** Every date field of an article, with its path. */
function datesOf(article: Article): { path: PathKey[]; date: string }[] {
  const dates: { path: PathKey[]; date: string }[] = [{ path: ['published', 'date'], date: article.published.date }];
  article.events.forEach((event, i) => {
    if (!isFullEvent(event)) return;
    dates.push({ path: ['events', i, 'when', 'date'], date: event.when.date });
    if (event.when.until) dates.push({ path: ['events', i, 'when', 'until'], date: event.when.until });
  });
  article.corrections?.forEach((c, i) => dates.push({ path: ['corrections', i, 'date'], date: c.date }));
  return dates;
}

/** One error per date that is certainly after `today` (YYYY-MM-DD), in fields that were written. */
export function futureDates(checked: readonly CheckedArticle[], today: string): Problem[] {
  const problems: Problem[] = [];
  for (const c of checked) {
    for (const { path: checkedPath, date } of datesOf(c.data)) {
      const path = pathInFile(c, checkedPath);
      if (!c.real.has(String(path[0])) || !isCertainlyAfter(date, today)) continue;
      problems.push({
        file: c.article.file.path,
        field: fieldPath(path),
        message: `${date} is in the future (today is ${today}).`,
        fix: 'Check the year and month: a digest records what has already been published and has already happened.',
        severity: 'error',
        ...locateIn(c, path),
      });
    }
  }
  return problems;
}
