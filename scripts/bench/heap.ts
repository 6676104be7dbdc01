/**
 * What holds the build's memory: a summary of a V8 sampling heap profile, taken when the build's
 * resident memory peaked (heap-at-peak.mjs). It counts live JavaScript objects by the function
 * and package that allocated them; resident memory beyond them is V8's unused heap, compiled
 * code and native memory (the bundler's, Pagefind's), which the profile does not see.
 */
import { owner } from './profile.ts';

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}
export interface HeapProfile {
  head: HeapNode;
  /** Set by heap-at-peak.mjs: the process's resident memory when the profile was taken, and when. */
  rss?: number;
  atMs?: number;
}

export interface HeapHolder {
  /** The package, or the site's own module, that allocated the memory. */
  owner: string;
  bytes: number;
  /** The functions in it that allocated the most, with their bytes. */
  top: { name: string; bytes: number }[];
}

/** Live bytes by owner, largest first, each with its largest allocating functions. */
export function summariseHeap(
  profile: HeapProfile,
  limit = 12,
): { totalBytes: number; rss?: number; atMs?: number; holders: HeapHolder[] } {
  const owners = new Map<string, Map<string, number>>();
  let totalBytes = 0;
  const walk = (node: HeapNode) => {
    if (node.selfSize > 0) {
      const by = owner(node.callFrame.url);
      const name = `${node.callFrame.functionName || '(anonymous)'}${node.callFrame.url ? ` (${node.callFrame.url.replace(/^.*\//, '')}:${node.callFrame.lineNumber + 1})` : ''}`;
      const byName = owners.get(by) ?? new Map<string, number>();
      byName.set(name, (byName.get(name) ?? 0) + node.selfSize);
      owners.set(by, byName);
      totalBytes += node.selfSize;
    }
    for (const child of node.children) walk(child);
  };
  walk(profile.head);
  const holders = [...owners].map(([by, byName]) => ({
    owner: by,
    bytes: [...byName.values()].reduce((a, b) => a + b, 0),
    top: [...byName]
      .map(([name, bytes]) => ({ name, bytes }))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 3),
  }));
  return {
    totalBytes,
    ...(profile.rss === undefined ? {} : { rss: profile.rss }),
    ...(profile.atMs === undefined ? {} : { atMs: profile.atMs }),
    holders: holders.sort((a, b) => b.bytes - a.bytes).slice(0, limit),
  };
}

/** The summary as a Markdown table. */
export function heapMarkdown(summary: ReturnType<typeof summariseHeap>): string {
  const mb = (n: number) => (n / 1024 ** 2).toFixed(1);
  const when =
    summary.rss === undefined
      ? ''
      : `, when the process's resident memory peaked at ${mb(summary.rss)} MB, ${((summary.atMs ?? 0) / 1000).toFixed(0)} s into the build`;
  return [
    `Live JavaScript objects (sampled): ${mb(summary.totalBytes)} MB${when}`,
    '',
    '| allocated by | MB | share | largest allocating functions |',
    '| --- | ---: | ---: | --- |',
    ...summary.holders.map(
      (h) =>
        `| ${h.owner} | ${mb(h.bytes)} | ${((100 * h.bytes) / summary.totalBytes).toFixed(1)} % | ${h.top.map((t) => `\`${t.name}\` ${mb(t.bytes)}`).join('; ')} |`,
    ),
  ].join('\n');
}
