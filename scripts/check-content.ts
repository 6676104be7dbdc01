/**
 * `npm run check:content [-- --content DIR]`: checks every content file without building the site
 * and prints every problem, one per line, then a summary. Exits 1 on any error, 0 on warnings only.
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
import { formatProblem } from '../src/lib/model/problems.ts';
import { CONTENT_DIR } from '../src/consts.ts';

const { values } = parseArgs({
  options: { content: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  strict: true,
});
if (values.help) {
  console.log('Usage: npm run check:content [-- --content DIR]\nChecks DIR (default: $ARAS_CONTENT_DIR or ./content).');
  process.exit(0);
}

const started = performance.now();
const root = resolve(values.content ?? process.env['ARAS_CONTENT_DIR'] ?? CONTENT_DIR);
if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(
    `${root} is not a directory: pass --content with the folder that holds articles/, places/ and actors/.`,
  );
  process.exit(2);
}

/** Every file under a collection's folder, with paths relative to where the command runs. */
function read(collection: string): SourceFile[] {
  const dir = join(root, collection);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      const near = relative(process.cwd(), full);
      // Relative to where the command runs, or absolute for a tree elsewhere (tests, benchmarks).
      const path = (near.startsWith('..') ? full : near).split(sep).join('/');
      return { path, text: readFileSync(full, 'utf8') };
    })
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

const [articles = [], places = [], actors = []] = COLLECTIONS.map(read);
const files: ContentFiles = { articles, places, actors };
const problems = checkContent(files);
for (const problem of problems) console.log(formatProblem(problem));
const took = Math.round(performance.now() - started);
console.log(`${summarise(problems, files)} ${took} ms.`);
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
