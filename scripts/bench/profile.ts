/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and says where the time went: self time per
 * function and per package, the question "where does the build spend its time" needs.
 */

/** The parts of a `.cpuprofile` this module reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  /** "parseFrontmatter node_modules/astro/dist/…:12", or "(garbage collector)". */
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: SelfTime[];
  packages: SelfTime[];
}

/**
 * Which package a script belongs to: `owner('file:///x/node_modules/@astrojs/markdown-remark/dist/a.js')`
 * is "@astrojs/markdown-remark"; our own code is "(site) src/lib/…"; Node's is "(node)".
 */
export function owner(url: string): string {
  if (url === '') return '(native / V8)';
  if (url.startsWith('node:')) return '(node)';
  const parts = url.split('/node_modules/');
  if (parts.length > 1) {
    const rest = parts.at(-1)!.split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const inSite = /\/(src\/.*|scripts\/.*|astro\.config\.mjs)$/.exec(url);
  if (inSite) return `(site) ${inSite[1]!.replace(/\/[^/]+$/, '/')}`;
  return url.replace(/^.*\//, '') || url;
}

function shortUrl(url: string): string {
  const parts = url.split('/node_modules/');
  return parts.length > 1 ? parts.at(-1)! : url.replace(/^file:\/\/.*?\/(src|scripts)\//, '$1/');
}

/** Self time per function and per package, largest first, `top` of each. */
export function summariseProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    total += us;
    const isMeta = frame.functionName.startsWith('(') && frame.url === '';
    const name = isMeta
      ? frame.functionName
      : `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
    const pkg = isMeta ? frame.functionName : owner(frame.url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
  }
  const rank = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: total === 0 ? 0 : us / total }));
  return { totalMs: total / 1000, functions: rank(functions), packages: rank(packages) };
}

/** The summary as two Markdown tables. */
export function profileMarkdown(summary: ProfileSummary): string {
  const table = (title: string, rows: SelfTime[]) =>
    [
      `| ${title} | self time (s) | share |`,
      '| --- | ---: | ---: |',
      ...rows.map((r) => `| \`${r.name.replace(/\|/g, '\\|')}\` | ${(r.ms / 1000).toFixed(2)} | ${(r.share * 100).toFixed(1)} % |`),
    ].join('\n');
  return `Sampled CPU time: ${(summary.totalMs / 1000).toFixed(1)} s\n\n${table('package', summary.packages)}\n\n${table('function', summary.functions)}`;
}

// `node scripts/bench/profile.ts FILE.cpuprofile [TOP]` prints the summary of any profile.
if (import.meta.main) {
  const { readFile } = await import('node:fs/promises');
  const [file, top] = process.argv.slice(2);
  if (file === undefined) {
    console.error('Usage: node scripts/bench/profile.ts FILE.cpuprofile [TOP]');
    process.exit(2);
  }
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  console.log(profileMarkdown(summariseProfile(profile, Number(top ?? 15))));
}
