/**
 * The bytes a reader's first search downloads: the built site is served on a local port by
 * the tests' static server (tests/support/static-server.ts), which gzips text as GitHub Pages
 * does and counts the bytes it sends, so this figure and the budget test's are counted the same
 * way. Debian's Chromium loads the search page with a common word in its address, and every
 * byte of `pagefind/` sent until the results are on screen and the network is idle is counted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveSite } from '../../tests/support/static-server.ts';

/** Same flags as tests/support/browser.ts: headless, no sandbox in containers, no background traffic. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface FirstQuery {
  word: string;
  /** Bytes of pagefind/ files sent, as sent (bundle, wasm, entry, filters, index chunks, fragments). */
  bytes: number;
  requests: number;
  /** Results the status line announced. */
  status: string;
}

export async function measureFirstQuery(siteDir: string, base: string, word: string, chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): Promise<FirstQuery> {
  const site = await serveSite(siteDir, base);
  const profile = mkdtempSync(join(tmpdir(), 'dossier-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await context.newPage();
    await page.goto(`${site.url}search/?q=${encodeURIComponent(word)}`);
    await page.locator('#search-results > li').first().waitFor({ timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    const status = (await page.locator('#search-status').textContent()) ?? '';
    const pagefind = [...site.sent].filter(([path]) => path.startsWith(`${base}pagefind/`));
    return { word, bytes: pagefind.reduce((sum, [, bytes]) => sum + bytes, 0), requests: pagefind.length, status: status.trim() };
  } finally {
    await context.close();
    await site.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
