/**
 * How to cite the data, as the /data/ page gives it (CITATION.cff says the same for tools that
 * read it): the whole dataset, and one event by the address that always carries it, its period's page.
 */
import type { TimelineEntry } from '../timeline/entries.ts';
import { periodKey } from '../timeline/archive.ts';
import { periodUrl } from '../../site/urls.ts';

/** The licence the content and data are under, as readers see it named. */
export const DATA_LICENCE = 'CC BY 4.0';

/** The site as a whole: "The Aras Border Timeline contributors. Aras Border Timeline. https://…/ (CC BY 4.0)." */
export const siteCitation = (siteUrl: string) =>
  `The Aras Border Timeline contributors. Aras Border Timeline [data set]. ${siteUrl} (${DATA_LICENCE}). Accessed YYYY-MM-DD.`;

/**
 * An event's permanent address: on its month's page (or year's, for a year-only event), which
 * carries it however large the archive grows; "/timeline/2020-10/#event-x".
 */
export const permanentEntryPath = (entry: TimelineEntry) => `${periodUrl(periodKey(entry))}#${entry.anchor}`;

/** One event: its words, the dataset and its permanent address. */
export const eventCitation = (entry: TimelineEntry, absolute: (path: string) => string) =>
  `“${entry.title}” In: Aras Border Timeline [data set], event ${entry.id}. ${absolute(permanentEntryPath(entry))} (${DATA_LICENCE}). Accessed YYYY-MM-DD.`;
