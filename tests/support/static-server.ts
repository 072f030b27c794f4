/**
 * Serves a built site under its base path on a free loopback port, as GitHub Pages would:
 * `/base/x/` → `dist/x/index.html`, unknown paths → `dist/404.html` with status 404, and text
 * (HTML, CSS, JavaScript, JSON, SVG, XML) gzipped for a browser that accepts it. Counts the
 * bytes it sends, by path, so a test can weigh what a page really downloads (a browser's own
 * accounting misses what a worker fetches).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.xml': 'application/xml',
};

/** What GitHub Pages compresses: text. Pagefind's own files are compressed already. */
const COMPRESSED = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml']);

export interface StaticSite {
  /** Absolute URL of the site root, ending in the base path, e.g. `http://127.0.0.1:4321/dossier/`. */
  url: string;
  /** Bytes sent so far (after compression), by request path. */
  sent: Map<string, number>;
  close: () => Promise<void>;
}

function resolveFile(root: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const relative = normalize(decodeURIComponent(pathname.slice(base.length)));
  if (relative.startsWith('..')) return undefined;
  let file = join(root, relative);
  if (!file.startsWith(root + sep) && file !== root) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export async function serveSite(root: string, base: string): Promise<StaticSite> {
  const sent = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    // A directory without its trailing slash redirects, as Pages does.
    const directory = resolveFile(root, base, `${pathname}/`);
    if (!pathname.endsWith('/') && directory && !resolveFile(root, base, pathname)) {
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const file = resolveFile(root, base, pathname);
    const status = file ? 200 : 404;
    const served = file ?? join(root, '404.html');
    const gzip = COMPRESSED.has(extname(served)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(status, { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream', ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}) });
    const body = gzip ? createReadStream(served).pipe(createGzip()) : createReadStream(served);
    body.on('data', (chunk: Buffer) => sent.set(pathname, (sent.get(pathname) ?? 0) + chunk.length));
    body.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
