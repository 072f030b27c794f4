/**
 * The bytes a reader's first search downloads: the built site is served on a local port
 * (no compression, so the figure is the bytes of the files Pagefind fetches), Debian's
 * Chromium loads the search page with a common word in its address, and the server counts
 * every byte of `pagefind/` it sends until the results are on screen and the network is idle.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

/** Same flags as tests/support/browser.ts: headless, no sandbox in containers, no background traffic. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface FirstQuery {
  word: string;
  /** Bytes of pagefind/ files sent (bundle, wasm, entry, filters, index chunks, fragments). */
  bytes: number;
  requests: number;
  /** Results the status line announced. */
  status: string;
}

function serve(siteDir: string, base: string, counted: { bytes: number; requests: number }): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    let file = normalize(join(siteDir, path.slice(base.length)));
    if (!file.startsWith(siteDir)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const size = statSync(file).size;
    if (path.startsWith(`${base}pagefind/`)) {
      counted.bytes += size;
      counted.requests += 1;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size, 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function measureFirstQuery(siteDir: string, base: string, word: string, chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): Promise<FirstQuery> {
  const counted = { bytes: 0, requests: 0 };
  const server = await serve(siteDir, base, counted);
  const profile = mkdtempSync(join(tmpdir(), 'dossier-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await context.newPage();
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}${base}search/?q=${encodeURIComponent(word)}`);
    await page.locator('#search-results > li').first().waitFor({ timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    const status = (await page.locator('#search-status').textContent()) ?? '';
    return { word, bytes: counted.bytes, requests: counted.requests, status: status.trim() };
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
