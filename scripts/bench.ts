/**
 * The build benchmark (`npm run bench`): for N synthetic digests, builds a temporary copy of the
 * site and a bare Astro site rendering the same Markdown (the floor), and reports time, peak
 * memory and output size, and our build as a multiple of the floor. Never touches content/.
 *
 *   npm run bench                          N = 100, 1,000 and 10,000
 *   npm run bench -- --sizes 100,1000      chosen sizes
 *   npm run bench -- --sizes 30000         the opt-in large size (about an hour on two cores)
 *   npm run bench -- --profile             also CPU-profile our build at the largest size
 *   npm run bench -- --heap                also heap-profile our build at the largest size
 *   npm run bench -- --warm                at the largest size, add one digest and build again with caches kept
 *   npm run bench -- --ref HEAD            build the committed site, not the working tree
 *   npm run bench -- --keep --json         keep the temporary folders; print JSON, not Markdown
 *
 * Progress goes to stderr, the report to stdout. Results are recorded in docs/benchmarks.md.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { addedDigest, contentFiles, makeContent } from './bench/synthetic.ts';
import { makeFloorSite, makeProjectCopy } from './bench/sites.ts';
import { outputStats, runMeasured, type OutputStats, type RunResult } from './bench/measure.ts';
import { AXIS_BUDGET_BYTES } from '../src/consts.ts';
import { profileMarkdown, summariseProfile, type CpuProfile, type ProfileSummary } from './bench/profile.ts';
import { measureSearch, searchGoal, searchMarkdown, type SearchStats } from './bench/search.ts';
import { readBuildLog, type BuildLog } from './bench/routes.ts';
import { heapMarkdown, summariseHeap, type HeapProfile } from './bench/heap.ts';
import { dataFileSizes, exportsMarkdown } from './bench/exports.ts';
import type { ExportSize } from '../src/lib/exports/budgets.ts';

const GOALS = { seconds: 60, memoryBytes: 4 * 1024 ** 3, floorRatio: 2, firstQueryBytes: 150 * 1024, at: 10_000 };
const chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

interface Build {
  run: RunResult;
  /** The 1-minute load average as the build started and ended: other work on the machine skews timings. */
  load: [number, number];
  output?: OutputStats;
  /** The build's output (Astro's log), kept in the benchmark's folder. */
  logFile: string;
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
  /** Astro's phases and each page type's share of page generation, from our build's log. */
  log?: BuildLog;
  /** With --warm: the build again after one digest is added, with every cache kept. */
  warm?: Build & { log: BuildLog };
  /** With --heap: what was alive when a heap-profiled `astro build` peaked in memory. */
  heap?: ReturnType<typeof summariseHeap>;
  exports?: ExportSize[];
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    heap: { type: 'boolean', default: false },
    warm: { type: 'boolean', default: false },
    ref: { type: 'string' },
    'timeout-minutes': { type: 'string', default: '30' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    'Usage: npm run bench -- [--sizes 100,1000,10000] [--ref GIT-REF] [--keep] [--json] [--profile] [--heap] [--warm] [--timeout-minutes 30]',
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
  const logFile = join(dir, `build-${label.replace(/\W+/g, '-')}.log`);
  const run = await runMeasured(process.execPath, args, { cwd: dir, env, logFile, timeoutMs });
  const load: [number, number] = [loadBefore, loadavg()[0]!];
  const ok = run.exitCode === 0 && !run.timedOut;
  progress(
    `${label}: ${ok ? 'done' : run.timedOut ? 'TIMED OUT' : `FAILED (exit ${run.exitCode})`} in ${(run.wallMs / 1000).toFixed(1)} s, peak ${mb(run.peakTreeRssBytes)} MB`,
  );
  if (!ok) return { run, load, logFile };
  return { run, load, logFile, output: await outputStats(join(dir, 'dist')) };
}

/**
 * What a contributor waits for: one digest added to the archive just built, then `npm run build`
 * again with dist/ and Astro's and Vite's caches (node_modules/.astro, .astro/, node_modules/.vite)
 * left as the first build left them.
 */
async function warmBuild(siteDir: string, n: number): Promise<NonNullable<SizeResult['warm']>> {
  const added = addedDigest(makeContent({ articles: n }));
  await writeFile(join(siteDir, 'content', added.path), added.text);
  const warm = await build(siteDir, `ours-${n}-warm`, siteBuild(siteDir));
  return { ...warm, log: readBuildLog(await readFile(warm.logFile, 'utf8')) };
}

/**
 * A cold rebuild of our copy with V8's sampling heap profiler on (bench/heap-at-peak.mjs), and
 * what was alive when the build's memory peaked, summarised by package.
 */
async function heapProfileBuild(siteDir: string, n: number): Promise<SizeResult['heap']> {
  for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    await rm(join(siteDir, cache), { recursive: true, force: true });
  const profileFile = join(siteDir, 'heap-at-peak.json');
  process.env['ARAS_HEAP_PEAK_FILE'] = profileFile;
  const { run } = await build(
    siteDir,
    `ours-${n}-heap-profiled`,
    astroBuild(siteDir, ['--import', join(import.meta.dirname, 'bench/heap-at-peak.mjs')]),
  );
  delete process.env['ARAS_HEAP_PEAK_FILE'];
  if (run.exitCode !== 0 || !existsSync(profileFile)) return undefined;
  progress(`heap profile in ${profileFile}`);
  return summariseHeap(JSON.parse(await readFile(profileFile, 'utf8')) as HeapProfile);
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

async function benchSize(n: number, largest: boolean): Promise<SizeResult> {
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
  if (ours.output) result.log = readBuildLog(await readFile(ours.logFile, 'utf8'));
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
  // The warm build needs the first build's caches; the profiled builds below start cold.
  if (largest && values.warm && ours.output) result.warm = await warmBuild(site, n);
  if (largest && values.profile && ours.output) {
    const summary = await profileBuild(site, n);
    if (summary) result.profile = summary;
  }
  if (largest && values.heap && ours.output) {
    const summary = await heapProfileBuild(site, n);
    if (summary) result.heap = summary;
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
    if (built.length > 2) {
      const [a, b] = [built[0]!, built[built.length - 1]!];
      const k = growthExponent(a.articles, a.ours.run.wallMs, b.articles, b.ours.run.wallMs);
      const kf = growthExponent(a.articles, a.floor.run.wallMs, b.articles, b.floor.run.wallMs);
      lines.push(
        `- ${a.articles.toLocaleString('en')} → ${b.articles.toLocaleString('en')}: ours k = ${k.toFixed(2)}, floor k = ${kf.toFixed(2)}`,
      );
    }
    lines.push(...perPageMarkdown(built));
  }
  lines.push(...pageTypesMarkdown(results), ...warmMarkdown(results));

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
    if (r.heap)
      lines.push(
        '',
        `Heap profile of our build at ${r.articles.toLocaleString('en')} digests (a separate cold \`astro build\` under --heap-prof, main thread):`,
        '',
        heapMarkdown(r.heap),
      );
    if (r.dir) lines.push('', `Kept: ${r.dir}`);
  }
  return lines.join('\n');
}

/**
 * Time per HTML page, ours against the floor's in the same run: the site writes many pages per
 * digest (events, places, feeds, two more languages), the floor one, so per page is the fair unit.
 */
function perPageMarkdown(built: SizeResult[]): string[] {
  const lines = [
    '',
    'Per HTML page (wall time of the whole build over the HTML pages it wrote):',
    '',
    '| digests | HTML pages, ours | ms per page, ours | HTML pages, floor | ms per page, floor | ours per page × floor |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of built) {
    const ours = r.ours.run.wallMs / r.ours.output!.htmlPages;
    const floor = r.floor.run.wallMs / r.floor.output!.htmlPages;
    lines.push(
      `| ${r.articles.toLocaleString('en')} | ${r.ours.output!.htmlPages.toLocaleString('en')} | ${ours.toFixed(2)} | ${r.floor.output!.htmlPages.toLocaleString('en')} | ${floor.toFixed(2)} | ${(ours / floor).toFixed(2)} |`,
    );
  }
  return lines;
}

/** Astro's phases and what each page type costs, at the largest size built. */
function pageTypesMarkdown(results: SizeResult[]): string[] {
  const r = results.filter((x) => x.log).at(-1);
  if (!r?.log) return [];
  const { phases, pageTypes } = r.log;
  const span = pageTypes.reduce((a, t) => a + t.spanSeconds, 0);
  return [
    '',
    `Our build at ${r.articles.toLocaleString('en')} digests, by Astro's log: ${phases.map((p) => `${p.name} ${p.seconds.toFixed(1)} s`).join('; ')}.`,
    '',
    'Page generation by page type (span: wall seconds from the type’s first page to the next type’s, by the log’s timestamps; render: the sum of Astro’s per-page times, which overlap four at a time):',
    '',
    '| page type | files | span (s) | share of span | render sum (s) | ms per file (render) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...pageTypes.map(
      (t) =>
        `| ${t.type} | ${t.files.toLocaleString('en')} | ${t.spanSeconds} | ${((100 * t.spanSeconds) / span).toFixed(1)} % | ${(t.renderMs / 1000).toFixed(1)} | ${(t.renderMs / t.files).toFixed(1)} |`,
    ),
  ];
}

/** The warm build against the cold one, phase by phase. */
function warmMarkdown(results: SizeResult[]): string[] {
  const r = results.find((x) => x.warm);
  if (!r?.warm || !r.log) return [];
  const cold = new Map(r.log.phases.map((p) => [p.name, p.seconds]));
  const warm = new Map(r.warm.log.phases.map((p) => [p.name, p.seconds]));
  const names = [...new Set([...cold.keys(), ...warm.keys()])];
  const cell = (v: number | undefined) => (v === undefined ? '–' : v.toFixed(1));
  return [
    '',
    `Warm build: one digest added to the ${r.articles.toLocaleString('en')}-digest archive, \`npm run build\` again with dist/ and every cache kept (load ${r.warm.load[0].toFixed(1)} → ${r.warm.load[1].toFixed(1)}):`,
    '',
    '| | cold (s) | warm (s) |',
    '| --- | ---: | ---: |',
    `| \`npm run build\`, wall | ${s(r.ours.run.wallMs)} | ${status(r.warm) ?? s(r.warm.run.wallMs)} |`,
    `| CPU | ${r.ours.run.cpuSeconds?.toFixed(1) ?? '–'} | ${r.warm.run.cpuSeconds?.toFixed(1) ?? '–'} |`,
    ...names.map((name) => `| ${name} (Astro's log) | ${cell(cold.get(name))} | ${cell(warm.get(name))} |`),
    `| pages written | ${r.log.pageTypes.reduce((a, t) => a + t.files, 0).toLocaleString('en')} | ${r.warm.log.pageTypes.reduce((a, t) => a + t.files, 0).toLocaleString('en')} |`,
    `| of which copied from the previous build | ${r.log.pageTypes.reduce((a, t) => a + t.reused, 0).toLocaleString('en')} | ${r.warm.log.pageTypes.reduce((a, t) => a + t.reused, 0).toLocaleString('en')} |`,
  ];
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
for (const n of sizes) results.push(await benchSize(n, n === largest));

if (values.json) {
  console.log(JSON.stringify({ machine, goals: GOALS, results }, null, 2));
} else {
  console.log(
    `Benchmark on ${machine.date.slice(0, 10)}: Node ${machine.node}, ${machine.cpus} CPUs, ${machine.totalMemoryGB} GB RAM; ${machine.code}\n`,
  );
  console.log(markdown(results));
}
