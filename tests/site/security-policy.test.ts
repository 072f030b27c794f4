/**
 * The Content-Security-Policy is the second wall behind the sanitiser: every page carries it
 * before anything that could run, it allows only our own and hashed scripts, and Chromium
 * really refuses what it forbids, while search (Pagefind's WebAssembly) still works under it.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, test } from 'vitest';
import { builtPages } from '../support/built-pages.ts';
import { useSite, withPage, type Visit } from '../support/site-page.ts';
import { searchFor } from '../support/site-search.ts';

/** A policy's directives: name → sources, as the browser splits them. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function headOf(tree: Root): Element {
  let head: Element | undefined;
  visit(tree, 'element', (node) => {
    if (node.tagName === 'head' && !head) head = node;
  });
  if (!head) throw new Error('page has no <head>');
  return head;
}

const isPolicyMeta = (element: Element): boolean =>
  element.tagName === 'meta' && String(element.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy';

/** Elements that load or run something, which the policy must come before. */
const ACTIVE_ELEMENTS = new Set(['script', 'style', 'base', 'iframe', 'object', 'embed', 'img']);
/** Link relations that fetch code or style (a canonical or icon link runs nothing). */
const ACTIVE_LINK_RELS = new Set(['stylesheet', 'preload', 'modulepreload', 'prefetch']);

function isActive(element: Element): boolean {
  if (element.tagName === 'link') {
    const rels = element.properties.rel;
    return (Array.isArray(rels) ? rels : [rels]).some((rel) => ACTIVE_LINK_RELS.has(String(rel).toLowerCase()));
  }
  // A JSON-LD block is data, which the browser never runs.
  return ACTIVE_ELEMENTS.has(element.tagName) && element.properties.type !== 'application/ld+json';
}

const pages = builtPages(inject('siteDir'));

describe('every built page carries the policy', () => {
  test('the site has pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  test.each(pages.map((page) => [page.file, page.html] as const))('%s', (_file, html) => {
    const head = headOf(fromHtml(html));
    const children = head.children.filter((node): node is Element => node.type === 'element');
    const metas = children.filter(isPolicyMeta);
    expect(metas).toHaveLength(1);
    const policyIndex = children.findIndex(isPolicyMeta);
    // Nothing that runs or loads code may come before the policy: it only governs what follows.
    const activeBefore = children.slice(0, policyIndex).filter(isActive);
    expect(activeBefore.map((element) => element.tagName)).toEqual([]);

    const policy = parsePolicy(String(metas[0]?.properties.content ?? ''));
    const scripts = policy.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).toContain("'wasm-unsafe-eval'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts.filter((source) => source.includes('*') || /^(?:https?|data|blob):?$/.test(source))).toEqual([]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('style-src') ?? []).not.toContain("'unsafe-inline'");
  });
});

const site = useSite();

/** Runs `code` in the page as an attacker's injected markup would, and reports whether it ran. */
async function refused(visit: Visit, inject: (page: Visit['page']) => Promise<void>): Promise<boolean> {
  await inject(visit.page);
  // Give the browser a frame to run (or refuse) what was added.
  await visit.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return visit.page.evaluate(() => (window as unknown as { __ran?: number }).__ran === undefined);
}

describe('Chromium enforces it', () => {
  test('an inline script added to a page does not run, and is reported as a violation', async () => {
    await withPage(site(), 'sources/', async (visit) => {
      const wasRefused = await refused(visit, (page) =>
        page.evaluate(() => {
          const script = document.createElement('script');
          script.textContent = 'window.__ran = 1';
          document.body.append(script);
        }),
      );
      expect(wasRefused).toBe(true);
      await expect.poll(() => visit.errors.filter((error) => error.startsWith('securitypolicyviolation: script-src'))).toHaveLength(1);
    });
  });

  test('an event-handler attribute does not run', async () => {
    await withPage(site(), '', async (visit) => {
      const wasRefused = await refused(visit, async (page) => {
        await page.evaluate(() => {
          const image = document.createElement('img');
          image.setAttribute('src', 'data:image/gif;base64,R0lGODlhAQABAAAAACw=');
          image.setAttribute('onload', 'window.__ran = 1');
          document.body.append(image);
        });
        await page.waitForTimeout(100);
      });
      expect(wasRefused).toBe(true);
      expect(visit.errors.some((error) => error.startsWith('securitypolicyviolation: script-src'))).toBe(true);
    });
  });

  test('a javascript: link does not run when followed', async () => {
    await withPage(site(), 'about/', async (visit) => {
      const wasRefused = await refused(visit, async (page) => {
        await page.evaluate(() => {
          const link = document.createElement('a');
          link.href = 'javascript:window.__ran=1';
          link.textContent = 'follow me';
          link.id = 'injected-link';
          document.body.append(link);
        });
        await page.click('#injected-link');
      });
      expect(wasRefused).toBe(true);
      expect(visit.errors.some((error) => error.startsWith('securitypolicyviolation: script-src'))).toBe(true);
    });
  });

  test('an object element loads nothing', async () => {
    await withPage(site(), '', async (visit) => {
      await visit.page.evaluate(() => {
        const object = document.createElement('object');
        object.data = 'data:text/html,<script>parent.__ran=1<\/script>';
        document.body.append(object);
      });
      await expect.poll(() => visit.errors.some((error) => error.startsWith('securitypolicyviolation: object-src'))).toBe(true);
      expect(await visit.page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
    });
  });

  test('search works under the policy with no violation', async () => {
    await withPage(site(), 'search/', async (visit) => {
      const { hrefs } = await searchFor(visit.page, 'Hegseth');
      expect(hrefs.length).toBeGreaterThan(0);
      expect(visit.errors).toEqual([]);
    });
  });
});
