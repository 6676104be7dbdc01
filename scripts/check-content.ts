/**
 * `npm run check:content [-- --content DIR] [-- --format github] [-- --base REF]`: checks every
 * content file without building the site and prints every problem, one per line, then a summary.
 * Exits 1 on any error, 0 on warnings only. Files changed against the base branch (`--base`,
 * else the pull request's base in GitHub Actions, else `origin/HEAD`; see
 * `lib/changed-files.ts`) take the blame when a digest clashes with an established one.
 * `--format github` prints each problem as a GitHub Actions workflow command, which a pull request
 * shows as an annotation on the file's line.
 * The rules live in src/lib/checker/; this file only reads the files and prints.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkContent,
  COLLECTIONS,
  summarise,
  type ContentFiles,
  type SourceFile,
} from '../src/lib/checker/checker.ts';
import { formatProblem, type Problem } from '../src/lib/model/problems.ts';
import { CONTENT_DIR } from '../src/consts.ts';
import { githubAnnotation } from './lib/github-annotations.ts';
import { changedFiles } from './lib/changed-files.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    format: { type: 'string', default: 'text' },
    base: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});
const USAGE =
  'Usage: npm run check:content [-- --content DIR] [-- --format text|github] [-- --base REF]\n' +
  'Checks DIR (default: $ARAS_CONTENT_DIR or ./content). --format github prints GitHub Actions annotations.\n' +
  '--base names the branch a pull request goes into (default: $GITHUB_BASE_REF, else origin/HEAD).';
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const FORMATS: Record<string, (problem: Problem) => string> = { text: formatProblem, github: githubAnnotation };
const format = FORMATS[values.format];
if (!format) {
  console.error(`--format ${values.format} is not a known format: use text or github.\n${USAGE}`);
  process.exit(2);
}

const started = performance.now();
const root = resolve(values.content ?? process.env['ARAS_CONTENT_DIR'] ?? CONTENT_DIR);
if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(
    `${root} is not a directory: pass --content with the folder that holds articles/, places/ and actors/.`,
  );
  process.exit(2);
}

/** A path as problems show it: relative to where the command runs, or absolute for a tree elsewhere (tests). */
function shown(full: string): string {
  const near = relative(process.cwd(), full);
  return (near.startsWith('..') ? full : near).split(sep).join('/');
}

/** Every file under a collection's folder, with paths relative to where the command runs. */
function read(collection: string): SourceFile[] {
  const dir = join(root, collection);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: shown(full), text: readFileSync(full, 'utf8') };
    })
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

const [articles = [], places = [], actors = []] = COLLECTIONS.map(read);
const files: ContentFiles = { articles, places, actors, translations: read('translations') };
const changed = changedFiles(root, values.base);
if (values.base !== undefined && changed?.base === undefined) {
  console.error(
    `--base ${values.base} is not a commit git knows here: fetch it, or name a branch such as origin/main.`,
  );
  process.exit(2);
}
const problems = checkContent(files, {
  ...(changed
    ? { changed: new Set([...changed.files].map(shown)), newFiles: new Set([...changed.added].map(shown)) }
    : {}),
});
for (const problem of problems) console.log(format(problem));
const took = Math.round(performance.now() - started);
console.log(`${summarise(problems, files)} ${took} ms.`);
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
