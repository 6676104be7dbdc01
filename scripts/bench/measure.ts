/**
 * Measuring a build: wall time and peak memory of a command's whole process tree, and the
 * size of what it wrote. Linux only (it reads /proc), which is what our machines and CI run.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface RunResult {
  exitCode: number | null;
  /** Set when the command was stopped for running past its time limit. */
  timedOut: boolean;
  wallMs: number;
  /** Highest sum of the resident memory of the command and all its descendants, sampled. */
  peakTreeRssBytes: number;
  /** The largest single process's peak RSS as the kernel counted it (GNU time), if available. */
  maxProcessRssBytes?: number;
  /** User + system CPU seconds of the whole tree (GNU time), if available. */
  cpuSeconds?: number;
  /** The last lines the command printed, for a failure report. */
  tail: string;
}

const GNU_TIME = '/usr/bin/time';

/** Resident memory of each process in the tree rooted at `root`, summed, in bytes. */
async function treeRss(root: number): Promise<number> {
  const children = new Map<number, number[]>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name is in parentheses and may hold spaces: the ppid follows the last ")".
      const statText = await readFile(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(statText.slice(statText.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    try {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      const kb = /^VmRSS:\s+(\d+)/m.exec(status)?.[1];
      if (kb) total += Number(kb) * 1024;
    } catch {
      continue;
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs a command to its end, sampling the memory of its process tree every `sampleMs`, with
 * its output in `logFile`. Under GNU time when it is installed, for the kernel's own counts.
 */
export async function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; timeoutMs: number; sampleMs?: number },
): Promise<RunResult> {
  const timeFile = `${options.logFile}.time`;
  const useTime = existsSync(GNU_TIME);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, [...args]];
  const log = createWriteStream(options.logFile);
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    lines.push(...chunk.toString('utf8').split('\n'));
    if (lines.length > 400) lines.splice(0, lines.length - 200);
  };

  const started = performance.now();
  const child = spawn(cmd, argv, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  let peak = 0;
  let sampling = false;
  // A sample that cannot be taken (no /proc) would make the peak a silent zero: kept, and thrown
  // once the run has ended.
  let samplingError: unknown;
  const sampler = setInterval(() => {
    if (sampling || child.pid === undefined) return;
    sampling = true;
    treeRss(child.pid)
      .then((rss) => (peak = Math.max(peak, rss)))
      .catch((error: unknown) => (samplingError ??= error))
      .finally(() => (sampling = false));
  }, options.sampleMs ?? 200);

  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    // The child leads its own process group (detached): end the whole build, not just GNU time.
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }, options.timeoutMs);

  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const wallMs = performance.now() - started;
  clearInterval(sampler);
  clearTimeout(timer);
  await new Promise((resolve) => log.end(resolve));
  if (samplingError !== undefined)
    throw new Error('Could not sample the memory of the build', { cause: samplingError });

  const result: RunResult = { exitCode, timedOut, wallMs, peakTreeRssBytes: peak, tail: lines.slice(-40).join('\n') };
  if (useTime && existsSync(timeFile)) {
    const text = await readFile(timeFile, 'utf8');
    const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(text)?.[1] ?? NaN);
    const maxKb = field('Maximum resident set size \\(kbytes\\)');
    if (Number.isFinite(maxKb)) {
      result.maxProcessRssBytes = maxKb * 1024;
      // A process can peak between two samples; the kernel's count is a floor for the tree.
      result.peakTreeRssBytes = Math.max(result.peakTreeRssBytes, result.maxProcessRssBytes);
    }
    const cpu = field('User time \\(seconds\\)') + field('System time \\(seconds\\)');
    if (Number.isFinite(cpu)) result.cpuSeconds = cpu;
  }
  return result;
}

export interface FileSize {
  /** Path relative to the output folder: "articles/x/index.html". */
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface OutputStats {
  htmlPages: number;
  files: number;
  totalBytes: number;
  /** The HTML page largest after gzip (the budget is on what travels). */
  largestHtml?: FileSize;
  /** HTML pages over `budgetBytes` gzipped. */
  htmlOverBudget: number;
  budgetBytes: number;
  largestJson?: FileSize;
  /** The time axis on the front page (`figure.axis`), against `AXIS_BUDGET_BYTES`. */
  axis?: FileSize;
}

/** The time axis's markup in a page: its `<figure class="axis">`, which holds no other figure. */
export const axisMarkup = (html: string) => /<figure class="axis"[\s\S]*?<\/figure>/.exec(html)?.[0];

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** gzip at level 6, the default of nginx, Apache and most CDNs. */
export const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 6 }).length;

/** The per-page budget (docs/benchmarks.md, Goals): no HTML page over 150 KB gzipped. */
export const HTML_BUDGET_BYTES = 150 * 1024;

/** Counts and sizes what a build wrote; every HTML page is gzipped to find the largest. */
export async function outputStats(dist: string, budgetBytes = HTML_BUDGET_BYTES): Promise<OutputStats> {
  const stats: OutputStats = { htmlPages: 0, files: 0, totalBytes: 0, htmlOverBudget: 0, budgetBytes };
  let biggestJson: { path: string; bytes: number } | undefined;
  for await (const path of walk(dist)) {
    const { size } = await stat(path);
    stats.files++;
    stats.totalBytes += size;
    if (path.endsWith('.html')) {
      stats.htmlPages++;
      const gzipBytes = gzipSize(await readFile(path));
      if (gzipBytes > budgetBytes) stats.htmlOverBudget++;
      if (!stats.largestHtml || gzipBytes > stats.largestHtml.gzipBytes)
        stats.largestHtml = { path: relative(dist, path), bytes: size, gzipBytes };
      const axis = relative(dist, path) === 'index.html' ? axisMarkup(await readFile(path, 'utf8')) : undefined;
      if (axis)
        stats.axis = { path: 'index.html', bytes: Buffer.byteLength(axis), gzipBytes: gzipSize(Buffer.from(axis)) };
    } else if (/\.(geo)?json$/.test(path) && (!biggestJson || size > biggestJson.bytes)) {
      biggestJson = { path, bytes: size };
    }
  }
  if (biggestJson)
    stats.largestJson = {
      path: relative(dist, biggestJson.path),
      bytes: biggestJson.bytes,
      gzipBytes: gzipSize(await readFile(biggestJson.path)),
    };
  return stats;
}
