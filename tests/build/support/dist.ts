/** Reading the built site in dist/ as a reader's browser would get it. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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

export const text = (el: HTMLElement | null) => (el?.text ?? '').replace(/\s+/g, ' ').trim();
