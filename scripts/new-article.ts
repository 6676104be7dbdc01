/**
 * `npm run new:article -- --url … --headline … --outlet … --date 2020-10-25 [--precision day]`
 * Writes content/articles/<date>-<outlet>-<headline>.md with every field present and explained,
 * asking in a terminal for anything not given. It never overwrites a file.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { articleSchema, datingSchema, PRECISIONS, type Precision } from '../src/lib/model/schema.ts';
import { precisionOf } from '../src/lib/model/dates.ts';
import { articleFileName, articleTemplate } from '../src/lib/authoring/scaffold.ts';
import { complete, contentDir } from './ask.ts';

const USAGE = `Usage: npm run new:article -- --url URL --headline "…" --outlet "…" --date YYYY-MM-DD
  [--precision day|month|year] [--author "…"] [--language en] [--content DIR]`;

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    headline: { type: 'string' },
    outlet: { type: 'string' },
    date: { type: 'string' },
    precision: { type: 'string' },
    author: { type: 'string' },
    language: { type: 'string' },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});
const { help, ...flags } = values;
if (help) {
  console.log(USAGE);
  process.exit(0);
}

const answers = await complete(
  { ...flags },
  [
    { flag: 'url', prompt: 'Address (URL) of the original article', optional: true },
    { flag: 'headline', prompt: 'Headline, exactly as published' },
    { flag: 'outlet', prompt: 'Outlet (publication or agency)' },
    { flag: 'date', prompt: 'Publication date, only as precise as known (2020-10-25, 2020-10 or 2020)' },
  ],
  USAGE,
);
const { url, headline = '', outlet = '', date = '' } = answers;

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
const precision = (values.precision ?? precisionOf(date)) as Precision;
if (!PRECISIONS.includes(precision)) fail(`--precision must be one of ${PRECISIONS.join(', ')}.`);
const dating = datingSchema.safeParse({ date, precision });
if (!dating.success) fail(`--date: ${dating.error.issues.map((i) => i.message).join(' ')}`);
if (url !== undefined && !articleSchema.shape.url.safeParse(url).success)
  fail(`--url: give the full http(s) address, not "${url}".`);
for (const [flag, text, min] of [
  ['headline', headline, 5],
  ['outlet', outlet, 2],
] as const)
  if (text.trim().length < min) fail(`--${flag} is too short.`);

const dir = join(contentDir(values.content), 'articles');
mkdirSync(dir, { recursive: true });
if (url !== undefined) {
  // The same address, with or without a trailing slash, quoted or not, on a digest's url line.
  const escaped = url.replace(/\/+$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const line = new RegExp(`^url:\\s*["']?${escaped}/*["']?\\s*$`, 'm');
  const twin = readdirSync(dir).find(
    (name) => name.endsWith('.md') && line.test(readFileSync(join(dir, name), 'utf8')),
  );
  if (twin) fail(`${join(dir, twin)} already digests ${url}: edit that file instead.`);
}

const file = join(dir, articleFileName({ date, outlet, headline }));
try {
  writeFileSync(
    file,
    articleTemplate({
      headline,
      outlet,
      date,
      precision,
      // Today in UTC, the zone every date on the site is read in.
      added: new Date().toISOString().slice(0, 10),
      url,
      author: values.author,
      language: values.language,
    }),
    { flag: 'wx' },
  );
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST')
    fail(`${file} already exists; it was left as it is. Edit it, or choose another headline.`);
  throw error;
}
console.log(`Wrote ${file}\nNext: replace every TODO in it, then run \`npm run check:content\`.`);
