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
  WHOLE_EXPORT_LIMIT,
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
import { contentCsv } from '../lib/exports/csv.ts';
import { timelineJs } from '../lib/exports/timelinejs.ts';
import { contentStamp, icalendar } from '../lib/exports/icalendar.ts';
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
  const files = dataFiles({
    periodKeys: periods.map((p) => p.key),
    articlePeriodKeys: articlePeriods.map((p) => p.key),
    placeIds: places.map((p) => p.id),
    limits: { whole: WHOLE_EXPORT_LIMIT, place: PLACE_EXPORT_LIMIT },
  });
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

  const bodyOf = (file: DataFile): string => {
    if (file.table) return contentCsv(file.table, { entries, articles, places, actors, urls });
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
        return json(timelineJs(entries, lookups));
      case 'events.ics':
        // With nothing known to the day the calendar holds no event, so no DTSTAMP is written.
        return icalendar(entries, { ...lookups, stamp: contentStamp(articles, entries) ?? '1970-01-01' });
    }
    throw new Error(`src/site/dataFiles.ts has no way to build /data/${file.path}: add one beside the others.`);
  };

  const bodies = new Map(files.map((file) => [file.path, bodyOf(file)]));
  const bytes = new Map([...bodies].map(([path, body]) => [path, Buffer.byteLength(body, 'utf8')]));
  bodies.set(DATA_PACKAGE_PATH, json(dataPackage(files, { bytes, homepage: absoluteUrl(href()) })));
  return { files, bodies };
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
