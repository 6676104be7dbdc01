/**
 * Lighthouse on the built site (`npm run lighthouse`): serves dist/ with gzip on 127.0.0.1 and
 * runs Lighthouse 13 with its default mobile settings in Debian's Chromium on the home page, a
 * digest page, the map and a place page. Prints the four category scores, the bytes transferred,
 * the render-blocking requests and the layout shift of each. A report, not a test: it exits 0
 * whatever the scores (and 1 only when it cannot run at all).
 *
 *   npm run lighthouse                      uses the existing dist/
 *   npm run lighthouse -- --build           builds first
 *   npm run lighthouse -- --dist /tmp/x/site/dist --json
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('Usage: npm run lighthouse -- [--build] [--dist DIR] [--json]');
  process.exit(0);
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

const pages = [
  { type: 'timeline (home)', path: '/' },
  { type: 'digest', path: await firstPage('articles') },
  { type: 'map', path: existsSync(join(dist, 'map/index.html')) ? '/map/' : undefined },
  { type: 'place', path: await firstPage('places', 'jolfa') },
].filter((p): p is { type: string; path: string } => p.path !== undefined);

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
  return out;
}

const server = await serveDist(dist);
const work = await mkdtemp(join(tmpdir(), 'aras-lighthouse-'));
const reports: PageReport[] = [];
try {
  for (const page of pages) {
    const url = new URL(page.path.slice(1), server.url).href;
    console.error(`[lighthouse] ${page.type}: ${url}`);
    const outFile = join(work, `${reports.length}.json`);
    const run = await runLighthouse(url, outFile);
    if (!run.ok) {
      reports.push({
        ...page,
        error: run.stderr.trim().split('\n').slice(-5).join(' / ') || 'Lighthouse failed',
        scores: {},
        renderBlocking: [],
        offOrigin: [],
        shifts: [],
        failing: [],
      });
      continue;
    }
    reports.push(
      report(page.type, page.path, new URL(server.url).origin, JSON.parse(await readFile(outFile, 'utf8')) as Lhr),
    );
  }
} finally {
  await server.close();
  await rm(work, { recursive: true, force: true });
}

const score = (s: number | null | undefined) => (s === null || s === undefined ? '–' : String(Math.round(s * 100)));
const strip = (url: string) => url.replace(server.url, '/');

if (values.json) {
  console.log(JSON.stringify({ dist, date: new Date().toISOString(), chrome: chromePath, pages: reports }, null, 2));
} else {
  const lines = [
    `Lighthouse 13, mobile (simulated throttling), Chromium ${chromeVersion()}, served gzip from ${dist}`,
    '',
    '| page | path | performance | accessibility | best practices | SEO | transferred (KB) | requests | render-blocking | CLS | LCP (s) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...reports.map(
      (r) =>
        `| ${r.type} | \`${r.path}\` | ${CATEGORIES.map((c) => score(r.scores[c])).join(' | ')} | ${r.transferredBytes === undefined ? '–' : (r.transferredBytes / 1024).toFixed(1)} | ${r.requests ?? '–'} | ${r.renderBlocking.length} | ${r.cls?.toFixed(3) ?? '–'} | ${r.lcpMs === undefined ? '–' : (r.lcpMs / 1000).toFixed(1)} |`,
    ),
  ];
  for (const r of reports) {
    const notes = [
      ...(r.error ? [`error: ${r.error}`] : []),
      ...r.renderBlocking.map(
        (b) =>
          `render-blocking: \`${strip(b.url)}\`${b.bytes === undefined ? '' : ` (${(b.bytes / 1024).toFixed(1)} KB)`}`,
      ),
      ...r.offOrigin.map((url) => `request to another origin: ${url}`),
      ...r.shifts.map((x) => `layout shift ${x.score.toFixed(3)}: \`${x.selector}\``),
      ...r.failing.map((f) => `${f.category}: ${f.id}, ${f.title}${f.display ? ` (${f.display})` : ''}`),
    ];
    if (notes.length > 0) lines.push('', `${r.type} (\`${r.path}\`):`, ...notes.map((n) => `- ${n}`));
  }
  console.log(lines.join('\n'));
}

function chromeVersion(): string {
  const out = spawnSync(chromePath, ['--version'], { encoding: 'utf8' }).stdout ?? '';
  return /[\d.]+/.exec(out)?.[0] ?? '?';
}
