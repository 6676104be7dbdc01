/**
 * The build benchmark (`npm run bench`): for N synthetic digests, builds a temporary copy of the
 * site and a bare Astro site rendering the same Markdown (the floor), and reports time, peak
 * memory and output size, and our build as a multiple of the floor. Never touches content/.
 *
 *   npm run bench                          N = 100, 1,000 and 10,000
 *   npm run bench -- --sizes 100,1000      chosen sizes
 *   npm run bench -- --profile             also CPU-profile our build at the largest size
 *   npm run bench -- --ref HEAD            build the committed site, not the working tree
 *   npm run bench -- --keep --json         keep the temporary folders; print JSON, not Markdown
 *
 * Progress goes to stderr, the report to stdout. Results are recorded in docs/benchmarks.md.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { contentFiles, makeContent } from './bench/synthetic.ts';
import { makeFloorSite, makeProjectCopy } from './bench/sites.ts';
import { outputStats, runMeasured, type OutputStats, type RunResult } from './bench/measure.ts';
import { AXIS_BUDGET_BYTES } from '../src/consts.ts';
import { profileMarkdown, summariseProfile, type CpuProfile, type ProfileSummary } from './bench/profile.ts';
import { measureSearch, searchGoal, searchMarkdown, type SearchStats } from './bench/search.ts';
import { dataFileSizes, exportsMarkdown } from './bench/exports.ts';
import type { ExportSize } from '../src/lib/exports/budgets.ts';

const GOALS = { seconds: 60, memoryBytes: 4 * 1024 ** 3, floorRatio: 2, firstQueryBytes: 150 * 1024, at: 10_000 };
const chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

interface Build {
  run: RunResult;
  /** The 1-minute load average as the build started and ended: other work on the machine skews timings. */
  load: [number, number];
  output?: OutputStats;
}

interface SizeResult {
  articles: number;
  dir?: string;
  ours: Build;
  floor: Build;
  timeRatio?: number;
  memoryRatio?: number;
  profile?: ProfileSummary;
  search?: SearchStats;
  exports?: ExportSize[];
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    ref: { type: 'string' },
    'timeout-minutes': { type: 'string', default: '30' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    'Usage: npm run bench -- [--sizes 100,1000,10000] [--ref GIT-REF] [--keep] [--json] [--profile] [--timeout-minutes 30]',
  );
  process.exit(0);
}

const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--sizes takes whole numbers separated by commas, e.g. "100,1000"; got "${values.sizes}".`);
  process.exit(2);
}
const timeoutMs = Number(values['timeout-minutes']) * 60_000;
const projectRoot = resolve(import.meta.dirname, '..');
const progress = (message: string) => console.error(`[bench] ${message}`);

/** `astro build` in `dir`, as node arguments; `nodeArgs` go before it (e.g. `--cpu-prof`). */
const astroBuild = (dir: string, nodeArgs: string[] = []) => [
  ...nodeArgs,
  join(dir, 'node_modules/astro/bin/astro.mjs'),
  'build',
];

/**
 * Our site's build as `npm run build` runs it: the content checker and `astro build` side by side
 * (scripts/build.ts). A commit from before that script existed ran them one after the other; its
 * build is measured as `astro build` alone, as this benchmark used to.
 */
const siteBuild = (dir: string) =>
  existsSync(join(dir, 'scripts/build.ts')) ? [join(dir, 'scripts/build.ts')] : astroBuild(dir);

/** Runs `node ARGS` in `dir` on the Node running this script, with Astro's telemetry off, and measures it. */
async function build(dir: string, label: string, args: string[]): Promise<Build> {
  const env = { ...process.env, ARAS_CONTENT_DIR: './content', ASTRO_TELEMETRY_DISABLED: '1' };
  progress(`${label}: building…`);
  const loadBefore = loadavg()[0]!;
  const run = await runMeasured(process.execPath, args, {
    cwd: dir,
    env,
    logFile: join(dir, `build-${label.replace(/\W+/g, '-')}.log`),
    timeoutMs,
  });
  const load: [number, number] = [loadBefore, loadavg()[0]!];
  const ok = run.exitCode === 0 && !run.timedOut;
  progress(
    `${label}: ${ok ? 'done' : run.timedOut ? 'TIMED OUT' : `FAILED (exit ${run.exitCode})`} in ${(run.wallMs / 1000).toFixed(1)} s, peak ${mb(run.peakTreeRssBytes)} MB`,
  );
  if (!ok) return { run, load };
  return { run, load, output: await outputStats(join(dir, 'dist')) };
}

/** A cold rebuild of our copy under `node --cpu-prof`, summarised. */
async function profileBuild(siteDir: string, n: number): Promise<ProfileSummary | undefined> {
  for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    await rm(join(siteDir, cache), { recursive: true, force: true });
  const profDir = join(siteDir, 'cpu-profiles');
  const { run } = await build(
    siteDir,
    `ours-${n}-profiled`,
    astroBuild(siteDir, ['--cpu-prof', `--cpu-prof-dir=${profDir}`]),
  );
  if (run.exitCode !== 0) return undefined;
  // One file per thread; the main thread's is the largest and holds the build.
  const files = await readdir(profDir);
  let biggest: CpuProfile | undefined;
  for (const file of files) {
    const profile = JSON.parse(await readFile(join(profDir, file), 'utf8')) as CpuProfile;
    if (!biggest || profile.samples.length > biggest.samples.length) biggest = profile;
  }
  progress(`profiles in ${profDir}`);
  return biggest && summariseProfile(biggest);
}

async function benchSize(n: number, profile: boolean): Promise<SizeResult> {
  const dir = await mkdtemp(join(tmpdir(), `aras-bench-${n}-`));
  progress(`N = ${n}: generating content in ${dir}`);
  const files = contentFiles(makeContent({ articles: n }));
  const site = join(dir, 'site');
  const floorDir = join(dir, 'floor');
  await makeProjectCopy(projectRoot, site, files, values.ref);
  await makeFloorSite(projectRoot, site, floorDir, files);

  const ours = await build(site, `ours-${n}`, siteBuild(site));
  const floor = await build(floorDir, `floor-${n}`, astroBuild(floorDir));
  const result: SizeResult = { articles: n, ours, floor };
  if (ours.output) result.exports = dataFileSizes(join(site, 'dist'));
  if (ours.output) {
    if (existsSync(chromePath)) {
      progress(`N = ${n}: measuring search`);
      result.search = await measureSearch(join(site, 'dist'), chromePath);
    } else progress(`N = ${n}: no Chromium at ${chromePath}, so search is not measured (set CHROME_PATH)`);
  }
  if (ours.output && floor.output) {
    result.timeRatio = ours.run.wallMs / floor.run.wallMs;
    result.memoryRatio = ours.run.peakTreeRssBytes / floor.run.peakTreeRssBytes;
  }
  if (profile && ours.output) {
    const summary = await profileBuild(site, n);
    if (summary) result.profile = summary;
  }
  if (values.keep) result.dir = dir;
  else await rm(dir, { recursive: true, force: true });
  return result;
}

const mb = (bytes: number) => (bytes / 1024 ** 2).toFixed(0);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const s = (ms: number) => (ms / 1000).toFixed(1);

/** How fast build time grows between two sizes: 1 is linear, 2 quadratic. */
function growthExponent(n1: number, t1: number, n2: number, t2: number): number {
  return Math.log(t2 / t1) / Math.log(n2 / n1);
}

function status(b: Build): string | undefined {
  if (b.run.timedOut) return `timed out after ${s(b.run.wallMs)} s`;
  if (b.run.exitCode !== 0) return `failed (exit ${b.run.exitCode}) after ${s(b.run.wallMs)} s`;
  return undefined;
}

function markdown(results: SizeResult[]): string {
  const lines = [
    '| digests | build (s) | per digest (ms) | CPU (s) | peak RSS (MB) | HTML pages | dist (MB) | largest HTML raw / gzip (KB) | pages > 150 KB gz | floor build (s) | floor RSS (MB) | time × floor | memory × floor |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const o = r.ours;
    const f = r.floor;
    const failed = status(o);
    const row = [
      r.articles.toLocaleString('en'),
      failed ?? s(o.run.wallMs),
      failed ? '–' : (o.run.wallMs / r.articles).toFixed(1),
      o.run.cpuSeconds?.toFixed(1) ?? '–',
      mb(o.run.peakTreeRssBytes),
      o.output?.htmlPages.toLocaleString('en') ?? '–',
      o.output ? mb(o.output.totalBytes) : '–',
      o.output?.largestHtml ? `${kb(o.output.largestHtml.bytes)} / ${kb(o.output.largestHtml.gzipBytes)}` : '–',
      o.output ? String(o.output.htmlOverBudget) : '–',
      status(f) ?? s(f.run.wallMs),
      mb(f.run.peakTreeRssBytes),
      r.timeRatio?.toFixed(2) ?? '–',
      r.memoryRatio?.toFixed(2) ?? '–',
    ];
    lines.push(`| ${row.join(' | ')} |`);
  }
  lines.push(
    '',
    '| digests | largest HTML page | largest JSON file raw / gzip (KB) | time axis raw / gzip (KB) | load avg at start → end, ours / floor |',
    '| ---: | --- | --- | --- | --- |',
  );
  const load = (b: Build) => `${b.load[0].toFixed(1)} → ${b.load[1].toFixed(1)}`;
  for (const r of results) {
    const o = r.ours.output;
    lines.push(
      `| ${r.articles.toLocaleString('en')} | ${o?.largestHtml ? `\`${o.largestHtml.path}\`` : '–'} | ${o?.largestJson ? `\`${o.largestJson.path}\` ${kb(o.largestJson.bytes)} / ${kb(o.largestJson.gzipBytes)}` : '–'} | ${o?.axis ? `${kb(o.axis.bytes)} / ${kb(o.axis.gzipBytes)}` : '–'} | ${load(r.ours)} / ${load(r.floor)} |`,
    );
  }

  lines.push(...exportsMarkdown(results));
  lines.push(...searchMarkdown(results));

  const built = results.filter((r) => r.ours.output && r.floor.output);
  if (built.length > 1) {
    lines.push('', 'Growth of build time (exponent k in t ∝ N^k; 1 is linear):', '');
    for (let i = 1; i < built.length; i++) {
      const [a, b] = [built[i - 1]!, built[i]!];
      const k = growthExponent(a.articles, a.ours.run.wallMs, b.articles, b.ours.run.wallMs);
      const kf = growthExponent(a.articles, a.floor.run.wallMs, b.articles, b.floor.run.wallMs);
      lines.push(
        `- ${a.articles.toLocaleString('en')} → ${b.articles.toLocaleString('en')}: ours k = ${k.toFixed(2)}, floor k = ${kf.toFixed(2)}`,
      );
    }
  }

  const at = results.find((r) => r.articles === GOALS.at);
  if (at) {
    const o = at.ours;
    const ok = (cond: boolean | undefined) => (cond ? 'met' : 'NOT met');
    lines.push(
      '',
      `Goals at ${GOALS.at.toLocaleString('en')} digests:`,
      '',
      `- build under ${GOALS.seconds} s: ${ok(o.output && o.run.wallMs < GOALS.seconds * 1000)} (${status(o) ?? `${s(o.run.wallMs)} s`})`,
      `- peak memory under 4 GB: ${ok(o.output && o.run.peakTreeRssBytes < GOALS.memoryBytes)} (${mb(o.run.peakTreeRssBytes)} MB)`,
      `- at most ${GOALS.floorRatio}× the floor's time: ${ok(at.timeRatio !== undefined && at.timeRatio <= GOALS.floorRatio)} (${at.timeRatio?.toFixed(2) ?? '–'}×)`,
      `- no HTML page over 150 KB gzip: ${ok(o.output && o.output.htmlOverBudget === 0)} (${o.output?.htmlOverBudget ?? '–'} over)`,
      `- time axis under ${kb(AXIS_BUDGET_BYTES)} KB gzip: ${ok(o.output?.axis && o.output.axis.gzipBytes <= AXIS_BUDGET_BYTES)} (${o.output?.axis ? kb(o.output.axis.gzipBytes) : '–'} KB)`,
      searchGoal(at.search, GOALS.firstQueryBytes),
    );
  }
  for (const r of results) {
    for (const [label, b] of [
      ['ours', r.ours],
      ['floor', r.floor],
    ] as const) {
      if (status(b))
        lines.push(
          '',
          `${label} at ${r.articles} digests ${status(b)}; last lines of its output:`,
          '',
          '```',
          b.run.tail.trim(),
          '```',
        );
    }
    if (r.profile)
      lines.push(
        '',
        `CPU profile of our build at ${r.articles.toLocaleString('en')} digests (a separate cold \`astro build\` under --cpu-prof, main thread):`,
        '',
        profileMarkdown(r.profile),
      );
    if (r.dir) lines.push('', `Kept: ${r.dir}`);
  }
  return lines.join('\n');
}

/** Which code was measured: a commit, and whether the working tree differed from it. */
function codeUnderTest(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim();
  try {
    const commit = git('rev-parse', '--short', values.ref ?? 'HEAD');
    if (values.ref !== undefined) return `commit ${commit}`;
    const dirty = git('status', '--porcelain', '--', 'src', 'public', 'astro.config.mjs', 'package.json') !== '';
    return `working tree at ${commit}${dirty ? ' with uncommitted changes in src/ or config' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

const machine = {
  date: new Date().toISOString(),
  code: codeUnderTest(),
  node: process.version,
  cpus: availableParallelism(),
  totalMemoryGB: Number((totalmem() / 1024 ** 3).toFixed(1)),
  freeMemoryGB: Number((freemem() / 1024 ** 3).toFixed(1)),
};
progress(`node ${machine.node}, ${machine.cpus} CPUs, ${machine.totalMemoryGB} GB RAM; sizes ${sizes.join(', ')}`);

const results: SizeResult[] = [];
const largest = Math.max(...sizes);
for (const n of sizes) results.push(await benchSize(n, values.profile && n === largest));

if (values.json) {
  console.log(JSON.stringify({ machine, goals: GOALS, results }, null, 2));
} else {
  console.log(
    `Benchmark on ${machine.date.slice(0, 10)}: Node ${machine.node}, ${machine.cpus} CPUs, ${machine.totalMemoryGB} GB RAM; ${machine.code}\n`,
  );
  console.log(markdown(results));
}
