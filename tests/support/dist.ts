/** Reading the built site in dist/ as a reader's browser would get it. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';

/** The build under test: dist/, or another output folder named by ARAS_DIST. */
export const DIST = process.env['ARAS_DIST'] ?? 'dist';

if (!existsSync(join(DIST, 'index.html'))) throw new Error('There is no build in dist/. Run `npm run build` first.');

/** A built page, parsed: `page('articles/x/')`. */
export function page(path: string, dist = DIST): HTMLElement {
  return parse(readFileSync(join(dist, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8'));
}

export function json<T = unknown>(path: string, dist = DIST): T {
  return JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;
}

/** Every file in a build, as paths relative to it. */
export function files(dist = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dist, full));
    }
  };
  walk(dist);
  return out.sort();
}

/** The files that differ between two builds, or are in one only. */
export function differences(a: string, b: string): string[] {
  const [inA, inB] = [new Set(files(a)), new Set(files(b))];
  const onlyA = [...inA].filter((name) => !inB.has(name)).map((name) => `${name} (only in ${a})`);
  const onlyB = [...inB].filter((name) => !inA.has(name)).map((name) => `${name} (only in ${b})`);
  const differing = [...inA]
    .filter((name) => inB.has(name) && !readFileSync(join(a, name)).equals(readFileSync(join(b, name))))
    .map((name) => `${name} (differs)`);
  return [...onlyA, ...onlyB, ...differing];
}

export const text = (el: HTMLElement | null) => (el?.text ?? '').replace(/\s+/g, ' ').trim();

/** Bytes after gzip, as a server compresses text: what a reader downloads. */
export const gzipped = (path: string, dist = DIST) => gzipSync(readFileSync(join(dist, path)), { level: 6 }).length;

/**
 * The scripts a page makes every reader download before anything is asked of it: its module
 * scripts and every chunk they import statically (dynamic imports are left out: they load later).
 */
export function eagerScripts(pagePath: string, dist = DIST): Map<string, string> {
  const eager = new Map<string, string>();
  const visit = (file: string) => {
    if (eager.has(file)) return;
    const code = readFileSync(join(dist, file), 'utf8');
    eager.set(file, code);
    for (const [, dep] of code.matchAll(/^import[^;]*?from\s*"\.\/([^"]+)"/gm)) visit(`_astro/${dep}`);
    for (const [, dep] of code.matchAll(/^import\s*"\.\/([^"]+)"/gm)) visit(`_astro/${dep}`);
  };
  for (const script of page(pagePath, dist).querySelectorAll('script[src]'))
    visit(script.getAttribute('src')!.slice(1));
  return eager;
}

/**
 * The scripts a page runs: every `<script>` but data blocks (JSON-LD), which browsers never run.
 * e.g. a digest page runs none, though it carries its structured data in a script element.
 */
export const runScripts = (pagePath: string, dist = DIST) =>
  page(pagePath, dist)
    .querySelectorAll('script')
    .filter((el) => el.getAttribute('type') !== 'application/ld+json');

/**
 * The script the timeline's pages carry inline to follow old `#event-…` links to the entry's own
 * page (src/client/old-links.ts): identified by what it does, not by its bundled name.
 */
export const isOldLinksScript = (el: HTMLElement) =>
  !el.getAttribute('src') && el.rawText.includes('location.replace') && el.rawText.length < 1500;

/** The stylesheets a page links: render-blocking, so every one counts. */
export const stylesheets = (pagePath: string, dist = DIST) =>
  page(pagePath, dist)
    .querySelectorAll('link[rel="stylesheet"]')
    .map((link) => link.getAttribute('href')!.slice(1));
