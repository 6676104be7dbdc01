/**
 * A small static server for a built site, gzip-compressed as GitHub Pages serves it, so that
 * Lighthouse measures the bytes a reader really downloads. Bound to 127.0.0.1 on a free port.
 *
 *   const server = await serveDist('dist');  // server.url is "http://127.0.0.1:43121/"
 *   await server.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.geojson', '.svg', '.xml', '.txt']);

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** The file a URL path names under `root`, or undefined if it would leave `root`. */
export function fileFor(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
  const file = resolve(root, `.${normalize(`/${path}`)}`);
  const base = resolve(root);
  return file === base || file.startsWith(base + sep) ? file : undefined;
}

/** Serves `root` on 127.0.0.1 at a free port, gzipping text when the client accepts it. */
export async function serveDist(root: string): Promise<StaticServer> {
  const gzipped = new Map<string, Buffer>();

  async function send(req: IncomingMessage, res: ServerResponse, file: string, status = 200) {
    const body = await readFile(file);
    const ext = extname(file);
    const headers: Record<string, string> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': 'max-age=600',
    };
    let out: Buffer = body;
    if (COMPRESSIBLE.has(ext)) {
      headers['Vary'] = 'Accept-Encoding';
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        out = gzipped.get(file) ?? gzipSync(body, { level: 6 });
        gzipped.set(file, out);
        headers['Content-Encoding'] = 'gzip';
      }
    }
    headers['Content-Length'] = String(out.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : out);
  }

  const server = createServer(async (req, res) => {
    try {
      const urlPath = req.url ?? '/';
      const file = fileFor(root, urlPath);
      if (file === undefined) {
        res.writeHead(400).end();
        return;
      }
      const info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!urlPath.split('?')[0]!.endsWith('/')) {
          // As GitHub Pages does: /map redirects to /map/.
          res.writeHead(301, { Location: `${urlPath.split('?')[0]}/` }).end();
          return;
        }
        const index = join(file, 'index.html');
        if (await stat(index).catch(() => undefined)) return await send(req, res, index);
      } else if (info?.isFile()) {
        return await send(req, res, file);
      }
      const notFound = join(root, '404.html');
      if (await stat(notFound).catch(() => undefined)) return await send(req, res, notFound, 404);
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The static server has no TCP address.');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : ok()));
      }),
  };
}
