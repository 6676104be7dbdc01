import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { fileFor, serveDist, type StaticServer } from '../../../scripts/lib/static-server.ts';

/** A GET that does not decompress, so the test sees the bytes on the wire. */
function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((ok, fail) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

describe('the static server used by the Lighthouse script', () => {
  let root: string;
  let server: StaticServer;
  const page = `<!doctype html><title>Map</title>${'<p>Jolfa</p>'.repeat(200)}`;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'aras-static-'));
    await mkdir(join(root, 'map'));
    await writeFile(join(root, 'map/index.html'), page);
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Home</title>');
    await writeFile(join(root, '404.html'), '<!doctype html><title>Not found</title>');
    server = await serveDist(root);
  });
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  test('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test('gzips HTML for a client that accepts it', async () => {
    const res = await get(`${server.url}map/`, { 'accept-encoding': 'gzip, deflate' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body.length).toBeLessThan(page.length);
    expect(gunzipSync(res.body).toString()).toBe(page);
  });

  test('sends plain bytes to a client that does not accept gzip', async () => {
    const res = await get(`${server.url}map/`);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe(page);
  });

  test('redirects a folder without its slash, as GitHub Pages does', async () => {
    const res = await get(`${server.url}map`);
    expect(res.status).toBe(301);
    expect(res.headers['location']).toBe('/map/');
  });

  test('answers a missing page with the site 404 page', async () => {
    const res = await get(`${server.url}nowhere/`);
    expect(res.status).toBe(404);
    expect(res.body.toString()).toContain('Not found');
  });

  test('never resolves a path outside the served folder', () => {
    expect(fileFor('/srv/dist', '/../etc/passwd')).toBe('/srv/dist/etc/passwd');
    expect(fileFor('/srv/dist', '/%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/dist/etc/passwd');
    expect(fileFor('/srv/dist', '/map/?x=1')).toBe('/srv/dist/map');
    expect(fileFor('/srv/dist', '/%E0%A4%A')).toBeUndefined();
  });
});
