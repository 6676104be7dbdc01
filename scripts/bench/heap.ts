/**
 * What holds the build's memory: a summary of a V8 sampling heap profile (`node --heap-prof`).
 * Node writes the profile as the process exits, with the sampled allocations still alive then;
 * `astro build` keeps its content store, its page modules and our site data until it exits, so
 * what is alive at the end is what was held through page generation, where memory peaks.
 */
import { owner } from './profile.ts';

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}
export interface HeapProfile {
  head: HeapNode;
}

export interface HeapHolder {
  /** The package, or the site's own module, that allocated the memory. */
  owner: string;
  bytes: number;
  /** The functions in it that allocated the most, with their bytes. */
  top: { name: string; bytes: number }[];
}

/** Live bytes by owner, largest first, each with its largest allocating functions. */
export function summariseHeap(profile: HeapProfile, limit = 12): { totalBytes: number; holders: HeapHolder[] } {
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
  return { totalBytes, holders: holders.sort((a, b) => b.bytes - a.bytes).slice(0, limit) };
}

/** The summary as a Markdown table. */
export function heapMarkdown(summary: { totalBytes: number; holders: HeapHolder[] }): string {
  const mb = (n: number) => (n / 1024 ** 2).toFixed(1);
  return [
    `Live at exit (sampled): ${mb(summary.totalBytes)} MB`,
    '',
    '| allocated by | MB | share | largest allocating functions |',
    '| --- | ---: | ---: | --- |',
    ...summary.holders.map(
      (h) =>
        `| ${h.owner} | ${mb(h.bytes)} | ${((100 * h.bytes) / summary.totalBytes).toFixed(1)} % | ${h.top.map((t) => `\`${t.name}\` ${mb(t.bytes)}`).join('; ')} |`,
    ),
  ].join('\n');
}
