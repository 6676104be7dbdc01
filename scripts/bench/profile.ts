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
  /** For a function: the caller most of its time came through. */
  caller?: string;
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
  // Astro bundles the site's pages and modules into hashed chunks: "content_D6AkpvJQ.mjs".
  const chunk = /\/\.prerender\/(?:chunks\/)?([^/]+?)(?:_[\w-]{8})?\.mjs$/.exec(url);
  if (chunk) return `(site, bundled) ${chunk[1]}`;
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
  if (parts.length > 1) return parts.at(-1)!;
  return url.replace(/^file:\/\/.*?\/(src|scripts)\//, '$1/').replace(/^file:\/\/.*\/\.prerender\/(chunks\/)?/, '');
}

/** Self time per function and per package, largest first, `top` of each. */
export function summariseProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const isMeta = (frame: CpuProfile['nodes'][number]['callFrame']) =>
    frame.functionName.startsWith('(') && frame.url === '';
  const nameOf = (id: number) => {
    const frame = byId.get(id)!.callFrame;
    return isMeta(frame)
      ? frame.functionName
      : `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
  };

  const functions = new Map<string, number>();
  const callers = new Map<string, Map<string, number>>();
  const packages = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    total += us;
    const name = nameOf(id);
    functions.set(name, (functions.get(name) ?? 0) + us);
    const parent = parentOf.get(id);
    if (parent !== undefined && !isMeta(frame)) {
      const byCaller = callers.get(name) ?? new Map<string, number>();
      const caller = nameOf(parent);
      byCaller.set(caller, (byCaller.get(caller) ?? 0) + us);
      callers.set(name, byCaller);
    }
    const pkg = isMeta(frame) ? frame.functionName : owner(frame.url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
  }
  const rank = (map: Map<string, number>, withCaller: boolean): SelfTime[] =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => {
        const caller = withCaller ? [...(callers.get(name) ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0] : undefined;
        return { name, ms: us / 1000, share: total === 0 ? 0 : us / total, ...(caller ? { caller } : {}) };
      });
  return { totalMs: total / 1000, functions: rank(functions, true), packages: rank(packages, false) };
}

/** The summary as two Markdown tables. */
export function profileMarkdown(summary: ProfileSummary): string {
  const code = (s: string) => `\`${s.replace(/\|/g, '\\|')}\``;
  const table = (title: string, rows: SelfTime[], withCaller: boolean) =>
    [
      `| ${title} | self time (s) | share |${withCaller ? ' mostly called from |' : ''}`,
      `| --- | ---: | ---: |${withCaller ? ' --- |' : ''}`,
      ...rows.map(
        (r) =>
          `| ${code(r.name)} | ${(r.ms / 1000).toFixed(2)} | ${(r.share * 100).toFixed(1)} % |${withCaller ? ` ${r.caller ? code(r.caller) : ''} |` : ''}`,
      ),
    ].join('\n');
  return `Sampled CPU time: ${(summary.totalMs / 1000).toFixed(1)} s\n\n${table('package', summary.packages, false)}\n\n${table('function', summary.functions, true)}`;
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
