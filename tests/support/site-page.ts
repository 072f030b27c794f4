/**
 * Opening pages of the built site in Chromium for the site tests: one browser and one
 * static server per test file, a fresh tab per page, and every console error and uncaught
 * exception collected, so each test can assert that a page loaded cleanly.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveSite, type StaticSite } from './static-server.ts';

export interface Site {
  /** Base path the site is built for, e.g. `/dossier/`. */
  base: string;
  /** Origin of the local server, e.g. `http://127.0.0.1:43210`. */
  origin: string;
  context: BrowserContext;
  /**
   * Absolute URL of a path relative to the base (`sources/`), of a root-relative address
   * as links on the site write it (`/dossier/sources/`), or of an absolute URL unchanged.
   */
  url: (path?: string) => string;
  /** Bytes the server has sent (after compression), by request path. */
  sent: ReadonlyMap<string, number>;
}

export interface OpenSite extends Site {
  close: () => Promise<void>;
}

/**
 * Serves a site built in `dir` for `base` and starts Chromium on it; the caller closes it.
 * Most test files want `useSite()`, which does this for the site the global setup built.
 */
export async function openSiteAt(dir: string, base: string): Promise<OpenSite> {
  const server: StaticSite = await serveSite(dir, base);
  const context = await launchChromium();
  const root = new URL(server.url);
  return {
    base,
    origin: root.origin,
    context,
    url: (path = '') => new URL(path, root).href,
    sent: server.sent,
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}

/**
 * Starts the server and Chromium before the file's tests and stops them after; returns a
 * getter because the site only exists once `beforeAll` has run.
 */
export function useSite(): () => Site {
  let site: OpenSite | undefined;
  beforeAll(async () => {
    site = await openSiteAt(inject('siteDir'), inject('siteBase'));
  });
  afterAll(async () => {
    await site?.close();
  });
  return () => {
    if (!site) throw new Error('useSite(): the site is only available inside tests');
    return site;
  };
}

export interface Visit {
  page: Page;
  /** HTTP status of the page's own document. */
  status: number;
  /** Console errors and uncaught exceptions, live: it keeps growing while the page is used. */
  errors: string[];
}

export interface VisitOptions {
  colorScheme?: 'light' | 'dark';
  /**
   * Status the document is expected to have. Chromium logs "Failed to load resource" for a
   * document served with an error status; that one line is expected for the 404 page and
   * is not counted as an error, any other failed load still is.
   */
  expectedStatus?: number;
}

function requireResponse(response: Response | null, url: string): Response {
  if (!response) throw new Error(`no response for ${url}`);
  return response;
}

/** Opens a page in a new tab; the caller closes `visit.page`. Prefer `withPage`. */
export async function openPage(site: Site, path: string, options: VisitOptions = {}): Promise<Visit> {
  const page = await site.context.newPage();
  const errors: string[] = [];
  const url = site.url(path);
  page.on('pageerror', (error) => errors.push(`uncaught ${error.name}: ${error.message}`));
  // Chromium also logs most refusals itself; the event names the directive and the culprit.
  await page.exposeFunction('__reportCspViolation', (report: string) => errors.push(`securitypolicyviolation: ${report}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = `${event.effectiveDirective} refused ${event.blockedURI || 'inline code'} in ${event.sourceFile || 'the page'}:${event.lineNumber}`;
      (window as unknown as { __reportCspViolation: (report: string) => void }).__reportCspViolation(report);
    });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const location = message.location().url;
    const isOwnDocumentStatus =
      options.expectedStatus !== undefined &&
      options.expectedStatus >= 400 &&
      location === url &&
      message.text().includes(`status of ${options.expectedStatus}`);
    if (!isOwnDocumentStatus) errors.push(`console error: ${message.text()} (${location || 'no location'})`);
  });
  if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
  const response = requireResponse(await page.goto(url, { waitUntil: 'load' }), url);
  return { page, status: response.status(), errors };
}

/** Opens a page, runs `use` on it, and closes the tab whatever happens. */
export async function withPage<T>(
  site: Site,
  path: string,
  use: (visit: Visit) => Promise<T>,
  options: VisitOptions = {},
): Promise<T> {
  const visit = await openPage(site, path, options);
  try {
    return await use(visit);
  } finally {
    await visit.page.close();
  }
}

/** Every id on the page, for checking that a `#fragment` lands somewhere. */
export function idsOn(page: Page): Promise<string[]> {
  return page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
}

/** The page's URL without its origin (`/dossier/sources/x/?q=y#p1`), for readable assertions. */
export function pathOf(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search + parsed.hash;
}

/** Every page of the site that has a fixed address, relative to the base path. */
export const FIXED_PAGES = ['', 'sources/', 'actors/', 'questions/', 'compare/', 'compare/coverage/', 'compare/overlap/', 'search/', 'about/', 'corrections/', 'build-report/'] as const;

/**
 * Fixed pages for maintainers, not readers: served with status 200 but marked
 * `noindex`, with no canonical link, and left out of the site's search index.
 */
export const UNLISTED_PAGES: readonly (typeof FIXED_PAGES)[number][] = ['build-report/'];

/** An address no page has, to reach the 404 page. */
export const MISSING_PAGE = 'no-such-page-in-the-dossier/';
