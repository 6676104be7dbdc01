/**
 * How to cite the data, as the /data/ page gives it (CITATION.cff says the same for tools that
 * read it): the whole data set, and one event by its id, which never changes, and its address.
 */
import type { TimelineEntry } from '../timeline/entries.ts';

/** The licence the content and data are under, as readers see it named. */
export const DATA_LICENCE = 'CC BY 4.0';

/** The site as a whole: "The Aras Border Timeline contributors. Aras Border Timeline [data set]. https://…/ (CC BY 4.0)…" */
export const siteCitation = (siteUrl: string) =>
  `The Aras Border Timeline contributors. Aras Border Timeline [data set]. ${siteUrl} (${DATA_LICENCE}). Accessed YYYY-MM-DD.`;

/**
 * One event: its words, its id and its own page (`eventUrl`), neither of which ever changes.
 * The reader fills in the day they accessed it.
 */
export const eventCitation = (entry: TimelineEntry, url: string) =>
  `“${entry.title}” In: Aras Border Timeline [data set], event ${entry.id}. ${url} (${DATA_LICENCE}). Accessed YYYY-MM-DD.`;

/** One digest: its title, its id and its page, which never changes. */
export const digestCitation = (title: string, id: string, url: string) =>
  `“${title}” In: Aras Border Timeline [data set], digest ${id}. ${url} (${DATA_LICENCE}). Accessed YYYY-MM-DD.`;
