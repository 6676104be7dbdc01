/**
 * Lighthouse on the built site (`npm run lighthouse`): serves dist/ with gzip on 127.0.0.1 and
 * runs Lighthouse 13 with its default mobile settings in Debian's Chromium on one page of every
 * page type in every edition ("digest", "fa: digest", "az: digest"…). Prints the four category scores, the bytes
 * transferred, the render-blocking requests, the layout shift and the largest contentful paint
 * of each. With `--runs N` each page is measured N times and the table gives the median and the
 * worst run, since Lighthouse's simulated throttling scales what it observes on this machine. A
 * report, not a test: it exits 0 whatever the scores (and 1 only when it cannot run at all).
 *
 *   npm run lighthouse                      uses the existing dist/
 *   npm run lighthouse -- --build           builds first
 *   npm run lighthouse -- --runs 5          five runs per page: median and worst
 *   npm run lighthouse -- --only map,event  chosen page types (by the names in the table)
 *   npm run lighthouse -- --only "fa: map"  one edition's page type
 *   npm run lighthouse -- --dist /tmp/x/site/dist --json
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LOCALE_CODES, LOCALES } from '../src/i18n/locales.ts';
import { parseArgs } from 'node:util';
import { serveDist } from './lib/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const projectRoot = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    build: { type: 'boolean', default: false },
    dist: { type: 'string', default: join(projectRoot, 'dist') },
    json: { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('Usage: npm run lighthouse -- [--build] [--dist DIR] [--runs N] [--only TYPE,TYPE] [--json]');
  process.exit(0);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs takes a whole number of runs per page, e.g. 5; got "${values.runs}".`);
  process.exit(2);
}

const chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
if (!existsSync(chromePath)) {
  console.error(`No Chromium at ${chromePath}. Install it with \`apt-get install -y chromium\`, or set CHROME_PATH.`);
  process.exit(1);
}
if (values.build) {
  const built = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}
const dist = resolve(values.dist);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}. Run \`npm run build\` first, or \`npm run lighthouse -- --build\`.`);
  process.exit(1);
}

/** The first page under a folder of dist/ (sorted, so runs are comparable), as a URL path. */
async function firstPage(folder: string, prefer?: string): Promise<string | undefined> {
  const dir = join(dist, folder);
  if (!existsSync(dir)) return undefined;
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
  const name = prefer && names.includes(prefer) ? prefer : names[0];
  return name === undefined ? undefined : `/${folder}/${name}/`;
}

/** The page of `type` at `folder` of dist/ itself ("" for the home page), if the build has it. */
function listPage(type: string, folder: string): { type: string; path: string | undefined } {
  const path = folder === '' ? '/' : `/${folder}/`;
  return { type, path: existsSync(join(dist, folder, 'index.html')) ? path : undefined };
}

/** One page of `type` under `folder` of dist/ (`prefer` if the build has it). */
async function onePage(
  type: string,
  folder: string,
  prefer?: string,
): Promise<{ type: string; path: string | undefined }> {
  return { type, path: await firstPage(folder, prefer) };
}

/** Every page type: its name in the report, its folder under dist/, and whether it is one page or a folder of them. */
const PAGE_TYPES: { type: string; folder: string; one?: true; prefer?: string }[] = [
  { type: 'timeline (home)', folder: '' },
  { type: 'digest', folder: 'articles', one: true },
  { type: 'event', folder: 'events', one: true, prefer: 'war-begins' },
  { type: 'map', folder: 'map' },
  { type: 'place', folder: 'places', one: true, prefer: 'jolfa' },
  { type: 'places', folder: 'places' },
  { type: 'actor', folder: 'actors', one: true, prefer: 'iran' },
  { type: 'actors', folder: 'actors' },
  { type: 'month', folder: 'timeline', one: true },
  { type: 'kind', folder: 'kinds', one: true },
  { type: 'search', folder: 'search' },
  { type: 'data', folder: 'data' },
  { type: 'about', folder: 'about' },
];

// One page of every page type in every edition: the English edition's ("digest"), then each
// other's under its prefix ("fa: digest": right to left, its own font). A type the build lacks
// is left out.
const allPages = (
  await Promise.all(
    LOCALE_CODES.flatMap((locale) => {
      const { prefix } = LOCALES[locale];
      return PAGE_TYPES.map(({ type, folder, one, prefer }) => {
        const name = prefix ? `${prefix}: ${type === 'timeline (home)' ? 'timeline' : type}` : type;
        const where = [prefix, folder].filter(Boolean).join('/');
        return one ? onePage(name, where, prefer) : listPage(name, where);
      });
    }),
  )
).filter((p): p is { type: string; path: string } => p.path !== undefined);
const only = values.only?.split(',').map((t) => t.trim());
const unknown = only?.filter((t) => !allPages.some((p) => p.type === t));
if (unknown && unknown.length > 0) {
  console.error(
    `--only: no page type ${unknown.map((t) => `"${t}"`).join(', ')}; the types are ${allPages.map((p) => `"${p.type}"`).join(', ')}.`,
  );
  process.exit(2);
}
const pages = only ? allPages.filter((p) => only.includes(p.type)) : allPages;

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  displayValue?: string;
  details?: { items?: Record<string, unknown>[] };
}
interface Lhr {
  runtimeError?: { message: string };
  runWarnings: string[];
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}

interface PageReport {
  type: string;
  path: string;
  error?: string;
  scores: Partial<Record<(typeof CATEGORIES)[number], number | null>>;
  transferredBytes?: number;
  requests?: number;
  renderBlocking: { url: string; bytes?: number }[];
  /** Requests to any origin but the site's own: by default there must be none. */
  offOrigin: string[];
  cls?: number;
  /** The elements that shifted, by CSS selector, and their share of the CLS. */
  shifts: { selector: string; score: number }[];
  lcpMs?: number;
  /** The element Lighthouse took for the largest contentful paint, by CSS selector. */
  lcpElement?: string;
  /** Audits that cost points in any category: id and title. */
  failing: { category: string; id: string; title: string; display?: string }[];
}

/** Runs the Lighthouse CLI as a child process; asynchronously, since this process serves the pages. */
function runLighthouse(url: string, outFile: string): Promise<{ ok: boolean; stderr: string }> {
  const cli = join(projectRoot, 'node_modules/lighthouse/cli/index.js');
  const child = spawn(
    process.execPath,
    [
      cli,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${outFile}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGTERM'), 5 * 60_000);
  return new Promise((done) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ ok: code === 0 && existsSync(outFile), stderr });
    }),
  );
}

function report(type: string, path: string, origin: string, lhr: Lhr): PageReport {
  const out: PageReport = { type, path, scores: {}, renderBlocking: [], offOrigin: [], shifts: [], failing: [] };
  if (lhr.runtimeError) out.error = lhr.runtimeError.message;
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    out.scores[id] = category?.score ?? null;
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      if (audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'informative') continue;
      out.failing.push({
        category: id,
        id: audit.id,
        title: audit.title,
        ...(audit.displayValue ? { display: audit.displayValue } : {}),
      });
    }
  }
  const weight = lhr.audits['total-byte-weight'];
  if (weight?.numericValue !== undefined) out.transferredBytes = weight.numericValue;
  const requests = lhr.audits['network-requests']?.details?.items;
  if (requests) {
    out.requests = requests.length;
    for (const item of requests) {
      const url = String(item['url'] ?? '');
      if (/^https?:/.test(url) && new URL(url).origin !== origin) out.offOrigin.push(url);
    }
  }
  for (const item of lhr.audits['render-blocking-insight']?.details?.items ?? []) {
    if (typeof item['url'] !== 'string') continue;
    const bytes = item['totalBytes'];
    out.renderBlocking.push({ url: item['url'], ...(typeof bytes === 'number' ? { bytes } : {}) });
  }
  for (const item of lhr.audits['layout-shifts']?.details?.items ?? []) {
    const node = item['node'] as { selector?: string } | undefined;
    if (typeof item['score'] === 'number') out.shifts.push({ selector: node?.selector ?? '?', score: item['score'] });
  }
  const cls = lhr.audits['cumulative-layout-shift']?.numericValue;
  if (cls !== undefined) out.cls = cls;
  const lcp = lhr.audits['largest-contentful-paint']?.numericValue;
  if (lcp !== undefined) out.lcpMs = lcp;
  const lcpNode = findNode(lhr.audits['lcp-breakdown-insight']?.details);
  if (lcpNode) out.lcpElement = lcpNode;
  return out;
}

/** The selector of the first element node in an audit's details, wherever Lighthouse nests it. */
function findNode(details: unknown): string | undefined {
  if (!details || typeof details !== 'object') return undefined;
  const item = details as { type?: unknown; selector?: unknown };
  if (item.type === 'node' && typeof item.selector === 'string') return item.selector;
  for (const value of Object.values(details)) {
    const found = findNode(value);
    if (found) return found;
  }
  return undefined;
}

const server = await serveDist(dist);
const work = await mkdtemp(join(tmpdir(), 'aras-lighthouse-'));
/** Each page's runs, in the order of `pages`. */
const measured: { type: string; path: string; runs: PageReport[] }[] = [];
const loadBefore = loadavg()[0]!;
try {
  for (const page of pages) {
    const url = new URL(page.path.slice(1), server.url).href;
    const reports: PageReport[] = [];
    for (let run = 1; run <= runs; run++) {
      console.error(`[lighthouse] ${page.type}${runs > 1 ? ` (run ${run} of ${runs})` : ''}: ${url}`);
      const outFile = join(work, `${measured.length}-${run}.json`);
      const result = await runLighthouse(url, outFile);
      reports.push(
        result.ok
          ? report(page.type, page.path, new URL(server.url).origin, JSON.parse(await readFile(outFile, 'utf8')) as Lhr)
          : {
              ...page,
              error: result.stderr.trim().split('\n').slice(-5).join(' / ') || 'Lighthouse failed',
              scores: {},
              renderBlocking: [],
              offOrigin: [],
              shifts: [],
              failing: [],
            },
      );
    }
    measured.push({ ...page, runs: reports });
  }
} finally {
  await server.close();
  await rm(work, { recursive: true, force: true });
}
const load = [loadBefore, loadavg()[0]!] as const;

const score = (s: number | null | undefined) => (s === null || s === undefined ? '–' : String(Math.round(s * 100)));
const strip = (url: string) => url.replace(server.url, '/');

/** The median of the values (the lower middle one of an even count), or undefined if none. */
function median(figures: number[]): number | undefined {
  const sorted = [...figures].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
/** Median and worst of a per-run figure; "worst" is the lowest score or the highest cost. */
function spread(reports: PageReport[], pick: (r: PageReport) => number | null | undefined, higherIsWorse: boolean) {
  const figures = reports.map(pick).filter((v): v is number => v !== null && v !== undefined);
  if (figures.length < reports.length) return { median: undefined, worst: undefined };
  return { median: median(figures), worst: higherIsWorse ? Math.max(...figures) : Math.min(...figures) };
}
/** "median / worst" for several runs; the one value for one run. */
function cell(pair: { median: number | undefined; worst: number | undefined }, format: (n: number) => string): string {
  if (pair.median === undefined || pair.worst === undefined) return '–';
  return runs === 1 ? format(pair.median) : `${format(pair.median)} / ${format(pair.worst)}`;
}

if (values.json) {
  console.log(
    JSON.stringify({ dist, date: new Date().toISOString(), chrome: chromePath, runs, load, pages: measured }, null, 2),
  );
} else {
  const lines = [
    `Lighthouse 13, mobile (simulated throttling), Chromium ${chromeVersion()}, served gzip from ${dist}`,
    `${runs} run${runs === 1 ? '' : 's'} per page${runs > 1 ? '; each cell is median / worst' : ''}; load average ${load[0].toFixed(1)} at the start, ${load[1].toFixed(1)} at the end`,
    '',
    '| page | path | performance | accessibility | best practices | SEO | transferred (KB) | requests | render-blocking | CLS | LCP (s) | LCP element (worst run) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const { type, path, runs: reports } of measured) {
    const worstLcp = reports.reduce<PageReport | undefined>(
      (worst, r) => (r.lcpMs !== undefined && (worst?.lcpMs === undefined || r.lcpMs > worst.lcpMs) ? r : worst),
      undefined,
    );
    const row = [
      type,
      `\`${path}\``,
      ...CATEGORIES.map((c) =>
        cell(
          spread(reports, (r) => r.scores[c], false),
          (n) => score(n),
        ),
      ),
      cell(
        spread(reports, (r) => r.transferredBytes, true),
        (n) => (n / 1024).toFixed(1),
      ),
      cell(
        spread(reports, (r) => r.requests, true),
        String,
      ),
      cell(
        spread(reports, (r) => r.renderBlocking.length, true),
        String,
      ),
      cell(
        spread(reports, (r) => r.cls, true),
        (n) => n.toFixed(3),
      ),
      cell(
        spread(reports, (r) => r.lcpMs, true),
        (n) => (n / 1000).toFixed(1),
      ),
      worstLcp?.lcpElement ? `\`${worstLcp.lcpElement}\`` : '–',
    ];
    lines.push(`| ${row.join(' | ')} |`);
  }
  for (const { type, path, runs: reports } of measured) {
    // A note that holds in several runs is said once.
    const notes = new Set(
      reports.flatMap((r) => [
        ...(r.error ? [`error: ${r.error}`] : []),
        ...r.renderBlocking.map(
          (b) =>
            `render-blocking: \`${strip(b.url)}\`${b.bytes === undefined ? '' : ` (${(b.bytes / 1024).toFixed(1)} KB)`}`,
        ),
        ...r.offOrigin.map((url) => `request to another origin: ${url}`),
        ...r.shifts.map((x) => `layout shift ${x.score.toFixed(3)}: \`${x.selector}\``),
        ...r.failing.map((f) => `${f.category}: ${f.id}, ${f.title}${f.display ? ` (${f.display})` : ''}`),
      ]),
    );
    if (notes.size > 0) lines.push('', `${type} (\`${path}\`):`, ...[...notes].map((n) => `- ${n}`));
  }
  console.log(lines.join('\n'));
}

function chromeVersion(): string {
  const out = spawnSync(chromePath, ['--version'], { encoding: 'utf8' }).stdout ?? '';
  return /[\d.]+/.exec(out)?.[0] ?? '?';
}
