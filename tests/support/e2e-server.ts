/**
 * Serves the built site (dist/) for the browser tests on a free local port, gzip-compressed and
 * with directory indexes, as GitHub Pages serves it; the CSP travels in each page's <meta>.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/lib/static-server.ts';

export default async function setup(project: TestProject) {
  const dist = process.env['ARAS_DIST'] ?? 'dist';
  if (!existsSync(`${dist}/index.html`)) throw new Error(`There is no build in ${dist}/. Run \`npm run build\` first.`);
  const server = await serveDist(dist);
  project.provide('baseUrl', server.url.replace(/\/$/, ''));
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
