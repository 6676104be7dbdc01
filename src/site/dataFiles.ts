/**
 * The text of every file under /data/, built once per build from the site's content. The endpoints
 * serve it, the data package takes each file's size from it and the /data/ page its sizes and
 * examples, so what a page says about a file is what the file holds.
 */
import { siteContent } from './content.ts';
import { regionAras, regionBasemap } from './regionMap.ts';
import { ARAS } from '../lib/map/river.ts';
import { absoluteUrl, actorUrl, articleUrl, entryUrl, href, placeUrl } from './urls.ts';
import type { SiteUrls } from '../lib/exports/siteUrls.ts';
import {
  PLACE_EXPORT_LIMIT,
  actorsExport,
  articlesByPeriod,
  articlesExport,
  articlesMonthExport,
  placeEntriesExport,
  placesExport,
  riverExport,
  timelineExport,
  timelineMonthExport,
} from './exports.ts';
import { displayName } from '../lib/model/gazetteer.ts';
import { DATA_PACKAGE_PATH, dataFiles, type DataFile } from '../lib/exports/catalogue.ts';
import { contentCsv, tableCsv } from '../lib/exports/csv.ts';
import { TABLES, type TableContent } from '../lib/exports/tables.ts';
import { WHOLE_EXPORT_LIMIT, partPath, partsIfLarge, type Part } from '../lib/exports/parts.ts';
import type { Period } from '../lib/timeline/periods.ts';
import { timelineJs, timelineJsIndex } from '../lib/exports/timelinejs.ts';
import { contentStamp, icalendar, isCalendarEvent } from '../lib/exports/icalendar.ts';
import { jsonSchema } from '../lib/exports/json-schemas.ts';
import { dataPackage } from '../lib/exports/datapackage.ts';

export interface DataFiles {
  /** Every file but the data package, in catalogue order. */
  files: DataFile[];
  /** The text of every file under /data/, the data package included, by path under /data/. */
  bodies: Map<string, string>;
}

async function build(): Promise<DataFiles> {
  const content = await siteContent();
  const { entries, periods, places, actors, articles, placeById, entriesByPlace, eventsByActor, locate, within } =
    content;
  const articlePeriods = articlesByPeriod(articles);
  const articlePeriodByKey = new Map(articlePeriods.map((p) => [p.key, p]));
  const urls: SiteUrls = {
    entry: (entry) => entryUrl(entry, locate(entry)),
    article: articleUrl,
    place: placeUrl,
    actor: actorUrl,
    data: (path) => href(`data/${path}`),
    absolute: absoluteUrl,
  };
  const placeNames = new Map(places.map((p) => [p.id, displayName(p.data)]));
  const actorNames = new Map(actors.map((a) => [a.id, a.data.name]));
  const lookups = {
    urls,
    placeName: (id: string) => placeNames.get(id) ?? id,
    actorName: (id: string) => actorNames.get(id) ?? id,
  };
  const periodByKey = new Map(periods.map((p) => [p.key, p]));
  const json = (value: unknown) => JSON.stringify(value);

  // The files that grow with the archive, in parts once one file should not hold them (parts.ts).
  const tableContent: TableContent = { entries, articles, places, actors, urls };
  const tableParts = new Map(TABLES.map((table) => [`${table.name}.csv`, table.parts(tableContent)]));
  const timelineJsParts = partsIfLarge(
    entries.filter((e) => e.type === 'event'),
    (e) => e.when.date,
  );
  const calendarParts = partsIfLarge(entries.filter(isCalendarEvent), (e) => e.when.date);
  const parts = new Map<string, readonly Period[]>();
  for (const [path, list] of [
    ...tableParts,
    ['timelinejs.json', timelineJsParts] as const,
    ['events.ics', calendarParts] as const,
  ])
    if (list) parts.set(path, list);
  // With nothing known to the day the calendar holds no event, so no DTSTAMP is written.
  const calendar = { ...lookups, stamp: contentStamp(articles, entries) ?? '1970-01-01' };

  const files = dataFiles({
    periodKeys: periods.map((p) => p.key),
    articlePeriodKeys: articlePeriods.map((p) => p.key),
    placeIds: places.map((p) => p.id),
    limits: { whole: WHOLE_EXPORT_LIMIT, place: PLACE_EXPORT_LIMIT },
    parts,
  });

  const bodyOf = (file: DataFile): string => {
    if (file.table && file.period)
      return tableCsv(file.table, numbered(tableParts.get(`${file.table.name}.csv`), file.period.key).records);
    if (file.table) return contentCsv(file.table, tableContent);
    if (file.jsonSchema === 'timelinejs' && file.period) {
      const part = numbered(timelineJsParts, file.period.key);
      return json(timelineJs(part.records, lookups, part));
    }
    if (file.format === 'ics' && file.period) {
      const part = numbered(calendarParts, file.period.key);
      return icalendar(part.records, calendar, part);
    }
    const month = /^timeline\/(.+)\.json$/.exec(file.path)?.[1];
    if (month) return json(timelineMonthExport(periodByKey.get(month)!, locate, within));
    const articleMonth = /^articles\/(.+)\.json$/.exec(file.path)?.[1];
    if (articleMonth) return json(articlesMonthExport(articlePeriodByKey.get(articleMonth)!));
    const place = /^places\/(.+)\.json$/.exec(file.path)?.[1];
    if (place)
      return json(placeEntriesExport(place, placeById.get(place)!, entriesByPlace.get(place) ?? [], locate, within));
    if (file.describes) return json(jsonSchema(file.describes, absoluteUrl(href(`data/${file.path}`))));
    switch (file.path) {
      case 'timeline.json':
        return json(timelineExport(entries, periods, locate, within));
      case 'articles.json':
        return json(articlesExport(articlePeriods));
      case 'actors.json':
        return json(actorsExport(actors, (id) => eventsByActor.get(id)?.length ?? 0));
      case 'places.geojson':
        return json(placesExport(places, entriesByPlace));
      case 'basemap.json':
        return json(regionBasemap());
      case 'aras.geojson':
        return json(
          riverExport(
            ARAS,
            regionAras(),
            places.find((p) => p.id === ARAS.id),
            entriesByPlace.get(ARAS.id)?.length ?? 0,
          ),
        );
      case 'timelinejs.json':
        return json(
          timelineJsParts
            ? timelineJsIndex(
                timelineJsParts.map((p) => ({
                  key: p.key,
                  label: p.label,
                  eventCount: p.records.length,
                  path: partPath('timelinejs.json', p.key),
                })),
                lookups,
              )
            : timelineJs(entries, lookups),
        );
      case 'events.ics':
        return icalendar(entries, calendar);
    }
    throw new Error(`src/site/dataFiles.ts has no way to build /data/${file.path}: add one beside the others.`);
  };

  const bodies = new Map(files.map((file) => [file.path, bodyOf(file)]));
  const bytes = new Map([...bodies].map(([path, body]) => [path, Buffer.byteLength(body, 'utf8')]));
  bodies.set(DATA_PACKAGE_PATH, json(dataPackage(files, { bytes, homepage: absoluteUrl(href()) })));
  return { files, bodies };
}

/** One part of a file cut by period, with its place among them: the 3rd of 60. */
function numbered<T>(parts: readonly Part<T>[] | undefined, key: string): Part<T> & { number: number; count: number } {
  const index = parts?.findIndex((p) => p.key === key) ?? -1;
  if (!parts || index < 0) throw new Error(`src/site/dataFiles.ts: no part for period "${key}" among the parts built.`);
  return { ...parts[index]!, number: index + 1, count: parts.length };
}

let cached: Promise<DataFiles> | undefined;

/** Every file under /data/ and its text, built once per build. */
export function siteDataFiles(): Promise<DataFiles> {
  cached ??= build();
  return cached;
}

/** The text of one file under /data/: `dataFileBody('events.csv')`. */
export async function dataFileBody(path: string): Promise<string> {
  const body = (await siteDataFiles()).bodies.get(path);
  if (body === undefined) throw new Error(`/data/${path} is not in src/lib/exports/catalogue.ts: add it there.`);
  return body;
}

/**
 * The parts a file is cut into, as a route's static paths: `partPaths('timelinejs.json')` gives
 * `[{ params: { period: '2020-10' } }, …]`, or none while the file is whole.
 */
export async function partPaths(wholePath: string) {
  const { files } = await siteDataFiles();
  return files.flatMap((f) =>
    f.period && f.path === partPath(wholePath, f.period.key) ? [{ params: { period: f.period.key } }] : [],
  );
}
