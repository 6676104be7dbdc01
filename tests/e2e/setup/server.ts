/**
 * Serves the built site (dist/) with `astro preview` on a local port for the browser tests,
 * exactly as a reader would get it, CSP included.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

export const PORT = 4399;
let server: ChildProcess | undefined;

async function waitForServer(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The preview server did not answer at ${url} within ${ms / 1000} s.`);
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('There is no build in dist/. Run `npm run build` first.');
  server = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const base = `http://127.0.0.1:${PORT}`;
  await waitForServer(`${base}/`, 30_000);
  project.provide('baseUrl', base);
  return () => {
    server?.kill();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
