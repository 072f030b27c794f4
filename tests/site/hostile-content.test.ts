/**
 * Hostile content, built: a copy of the project gets sources whose bodies are the whole
 * hostile Markdown corpus (tests/fixtures/hostile/) and the Big List of Naughty Strings, and
 * an actor, an outlet, a key question, a timeline event and the home page with hostile
 * strings in every text field of their front matter. `npm run validate` must accept it (text
 * is neutralised, not refused), the real build must succeed, and then:
 *
 * - statically, no built page holds markup that could act (tests/support/executable-markup.ts);
 * - in Chromium, on every page: no dialog, no print, no `window.__pwned`, no navigation away,
 *   no popup, no request to another host, and no error or CSP violation;
 * - hostile text reads as text: in <title>, headings, meta tags, JSON-LD, the open data and
 *   search results.
 *
 * Values that must be refused instead (a `javascript:` url, markup as a reference) are
 * tests/unit/scripts/content/hostile-front-matter.test.ts, on the content check alone.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { DEFAULT_BASE } from '../../src/site-location.ts';
import { buildEnvironment, printedText, runBuild } from '../support/build-site.ts';
import { describeFindings, dossierForms, findExecutableMarkup } from '../support/executable-markup.ts';
import { hostileCorpus, naughtyStrings } from '../support/hostile-corpus.ts';
import { builtPages, pagePath } from '../support/built-pages.ts';
import { mapConcurrently } from '../../scripts/lib/map-concurrently.ts';
import { copyProject } from '../support/project-copy.ts';
import { openSiteAt, withPage, type OpenSite } from '../support/site-page.ts';
import { searchFor } from '../support/site-search.ts';

/** Payloads per source page: an unclosed raw-text element (<textarea>, <xmp>) swallows what follows it, so pages stay short. */
const PER_PAGE = 20;
/** Tabs open at once in the per-page Chromium pass. */
const PAGES_AT_ONCE = 4;
/** A sentence every hostile source carries as ¶1, for the question's evidence and the event's citation. */
const PLAIN = 'This test source carries hostile payloads, and the payloads in this source are inert.';
const EVIDENCE = 'the payloads in this source are inert';

/** Front-matter text: short payloads that try to break out of an attribute, a <title>, JSON-LD or a Pagefind value. */
const TEXT_PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=alert(1)>",
  '</title><script>alert(1)</script>',
  '</script><script>window.__pwned=1</script>',
  '\u2028\u2029</SCRIPT ><!--<script>-->',
  'kind:pwned, title:pwned [data-pagefind-meta]',
  '&lt;iframe srcdoc=&quot;&lt;script&gt;parent.__pwned=1&lt;/script&gt;&quot;&gt;',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${alert(1)}',
] as const;

/** The title of a hostile page: a payload, plus the word searched for below. */
const hostileTitle = (index: number) => `${TEXT_PAYLOADS[index % TEXT_PAYLOADS.length]} pwnedtitle ${index}`;

function markdownFile(data: Record<string, unknown>, body: string): string {
  // The yaml package quotes and escapes whatever a string holds (controls, BOMs, "---").
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${body}\n`;
}

/** Text as an HTML parser hands it back: CR and CRLF become LF, NUL becomes U+FFFD. */
function asParsed(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
}

/** Splits `items` into runs of `size`. */
function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, index * size + size));
}

/** Whole naughty strings joined up to `limit` UTF-16 units, for titles (max 300). */
function packTitle(strings: readonly string[], limit: number): string {
  let title = '';
  for (const value of strings) {
    const next = title === '' ? value : `${title} ¦ ${value}`;
    if (next.length > limit) break;
    title = next;
  }
  // A string longer than the limit on its own is cut at a code point, never inside a surrogate pair.
  return title !== '' ? title : [...(strings[0] ?? 'blns')].slice(0, limit / 2).join('');
}

interface Written {
  /** Slugs of the sources written, the hostile ones first. */
  hostile: string[];
  blns: string[];
  /** Title of each source written, by slug. */
  titles: Map<string, string>;
}

/** Writes the hostile content into the copy at `dir`. */
function writeHostileContent(dir: string): Written {
  const write = (path: string, text: string) => writeFileSync(join(dir, path), text);
  const hostile: string[] = [];
  const blns: string[] = [];
  const titles = new Map<string, string>();
  const outlet = 'hostile-outlet';

  write(
    `content/outlets/${outlet}.md`,
    markdownFile(
      {
        name: `${TEXT_PAYLOADS[1]} Outlet`,
        aliases: [`${TEXT_PAYLOADS[0]} Outlet`, 'The Hostile Gazette'],
        homepage: 'https://example.com/?q="><script>window.__pwned=1</script>',
        description: `${TEXT_PAYLOADS[3]} ${TEXT_PAYLOADS[5]}`,
      },
      '',
    ),
  );

  let index = 0;
  for (const file of hostileCorpus()) {
    chunks(file.cases, PER_PAGE).forEach((cases, part) => {
      const slug = `hostile-${file.origin}-${String(part + 1).padStart(2, '0')}`;
      const title = hostileTitle(index);
      titles.set(slug, title);
      hostile.push(slug);
      write(
        `content/sources/${slug}.md`,
        markdownFile(
          {
            title,
            outlet,
            published: '2025-03-03',
            url: `https://example.com/${slug}?x="><svg/onload=alert(1)>`,
            language: `en"><script>window.__pwned=1</script>`,
            notes: `${TEXT_PAYLOADS[(index + 1) % TEXT_PAYLOADS.length]} ${TEXT_PAYLOADS[(index + 2) % TEXT_PAYLOADS.length]}`,
          },
          [PLAIN, ...cases.map((entry) => entry.payload)].join('\n\n'),
        ),
      );
      index += 1;
    });
  }

  const strings = naughtyStrings().filter((value) => value.trim() !== '');
  chunks(strings, 12).forEach((group, part) => {
    const slug = `blns-${String(part + 1).padStart(2, '0')}`;
    const title = packTitle(group, 300);
    titles.set(slug, title);
    blns.push(slug);
    write(`content/sources/${slug}.md`, markdownFile({ title, outlet, published: '2025-03-04', notes: group.join(' ') }, [PLAIN, ...group].join('\n\n')));
  });

  // Our prose must cite, with words, every sentence (validate); the payloads ride along.
  const cite = (slug: string) => `[¶1](source:${slug}#p1 "${EVIDENCE}")`;
  const [first = '', second = ''] = hostile;
  write(
    'content/actors/hostile-actor.md',
    markdownFile(
      {
        name: `${TEXT_PAYLOADS[1]} Person`,
        aliases: [`${TEXT_PAYLOADS[2]} Person`, 'Agent Javascript Alert'],
        kind: 'person',
        role: `${TEXT_PAYLOADS[3]} ${TEXT_PAYLOADS[4]}`,
        affiliations: [],
      },
      [`A bio with payloads ${cite(first)}.`, ...TEXT_PAYLOADS.map((payload) => `${payload} ${cite(first)}`), `<img src=x onerror=alert(1)> <a href="javascript:alert(1)">x</a> ${cite(first)}`].join('\n\n'),
    ),
  );
  write(
    'content/questions/99-hostile.md',
    markdownFile(
      {
        question: `${TEXT_PAYLOADS[0]} ${TEXT_PAYLOADS[4]}?`,
        order: 99,
        relation: 'agree',
        relationNote: `${TEXT_PAYLOADS[1]} ${TEXT_PAYLOADS[6]}`,
        answers: [first, second].map((source) => ({ source, answer: `${TEXT_PAYLOADS[2]} ${TEXT_PAYLOADS[7]}`, evidence: [EVIDENCE] })),
      },
      '',
    ),
  );
  write(
    'content/timeline/hostile-event.md',
    markdownFile(
      {
        title: `${TEXT_PAYLOADS[3]} event`,
        titleCitation: { source: first, paragraph: 1, words: EVIDENCE },
        date: '2025-03-01',
        precision: 'day',
        when: `${TEXT_PAYLOADS[5]} ${TEXT_PAYLOADS[8]}`,
        order: 9,
      },
      [`What happened ${cite(first)}.`, '<svg onload=alert(1)>', `[x](javascript:window.__pwned=1) ${cite(first)}`, '## __pwned'].join('\n\n'),
    ),
  );
  // The explainer (home) and the method page are the pages collection: hostile titles and descriptions.
  for (const [name, payload] of [['home', 0], ['about', 4]] as const) {
    const path = `content/pages/${name}.md`;
    const text = readFileSync(join(dir, path), 'utf8');
    const [, frontMatter = '', body = text] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    // The page keeps its other fields (the method page is not factual prose); its title and description turn hostile.
    const data = { ...(parse(frontMatter) as Record<string, unknown>), title: `${TEXT_PAYLOADS[payload]} ${name}`, description: `${TEXT_PAYLOADS[payload + 1]} ${name}` };
    write(path, markdownFile(data, `${body}\n\n<script>window.__pwned=1</script>\n\n## location`));
  }
  return { hostile, blns, titles };
}

/** What hostile content might make the browser do, watched across the whole browser context. */
interface Watch {
  dialogs: string[];
  /** Main-frame navigations, per page, so pages visited side by side each answer for their own. */
  navigationsOf: WeakMap<Page, string[]>;
  popups: string[];
  foreignRequests: string[];
}

/** Records dialogs, popups, requests to other hosts, and each page's own main-frame navigations. */
async function watch(context: BrowserContext, origin: string): Promise<Watch> {
  const seen: Watch = { dialogs: [], navigationsOf: new WeakMap(), popups: [], foreignRequests: [] };
  // Before any page script: print() opens no dialog Playwright can see, so calling it leaves a mark instead.
  await context.addInitScript(() => {
    window.print = () => {
      document.documentElement.setAttribute('data-print-called', '');
    };
  });
  context.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()} on ${dialog.page()?.url() ?? '?'}`);
    void dialog.dismiss();
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['http:', 'https:'].includes(url.protocol) || url.origin !== origin) seen.foreignRequests.push(`${request.url()} from ${request.frame().url()}`);
  });
  context.on('page', (page) => {
    void page.opener().then((opener) => {
      if (opener) seen.popups.push(`${page.url()} opened by ${opener.url()}`);
    });
    const own: string[] = [];
    seen.navigationsOf.set(page, own);
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) own.push(frame.url());
    });
  });
  return seen;
}

/**
 * A console error for an image the content names on this site that does not exist (a
 * payload's `<img src=x>`): the sanitiser keeps relative image addresses, the static
 * server answers 404, and nothing is loaded from anywhere else.
 */
async function missingContentImages(page: Page): Promise<Set<string>> {
  const sources: string[] = await page.locator('main img[src]').evaluateAll((images) => images.map((image) => (image as HTMLImageElement).src));
  return new Set(sources.filter((src) => new URL(src).origin === new URL(page.url()).origin));
}

let copyDir: string | undefined;
let site: OpenSite | undefined;
let seen: Watch | undefined;
let written: Written | undefined;
let validate: { status: number | null; output: string } | undefined;

function ready(): { dir: string; site: OpenSite; seen: Watch; written: Written } {
  if (!copyDir || !site || !seen || !written) throw new Error('the hostile copy was not built');
  return { dir: copyDir, site, seen, written };
}

beforeAll(async () => {
  copyDir = copyProject('hostile');
  written = writeHostileContent(copyDir);
  const result = spawnSync('npm', ['run', 'validate'], { cwd: copyDir, env: buildEnvironment(), encoding: 'utf8' });
  validate = { status: result.status, output: printedText(result) };
  if (result.status !== 0) return;
  // The build's output must be inside the project: it imports its prerendered chunks from there.
  runBuild(join(copyDir, 'dist'), {}, copyDir);
  site = await openSiteAt(join(copyDir, 'dist'), DEFAULT_BASE);
  seen = await watch(site.context, site.origin);
}, 600_000);

afterAll(async () => {
  await site?.close();
  if (copyDir && !process.env.KEEP) rmSync(copyDir, { recursive: true, force: true });
});

describe('hostile content in every field, built', () => {
  test('npm run validate accepts the hostile text, which is neutralised rather than refused', () => {
    expect(validate?.status, validate?.output).toBe(0);
    const { written: content } = ready();
    expect(validate?.output).toMatch(new RegExp(`content/ is valid: \\d+ sources`));
    expect(content.hostile.length).toBeGreaterThan(20);
    expect(content.blns.length).toBeGreaterThan(30);
  });

  // A control, so an empty list below means nothing happened rather than nothing was watched.
  test('the browser watchers see a dialog, a print, a popup and a navigation when one happens', async () => {
    const { site: built, seen: watched } = ready();
    await withPage(built, 'about/', async ({ page }) => {
      await page.evaluate(() => {
        alert('control');
        window.print();
        window.open('about:blank');
      });
      await page.evaluate((target) => window.location.assign(target), built.url('sources/'));
      await page.waitForURL(built.url('sources/'));
      await expect.poll(() => watched.popups.length).toBe(1);
      expect(watched.dialogs).toEqual([expect.stringContaining('alert: control')]);
      expect(watched.navigationsOf.get(page)).toContain(built.url('sources/'));
      for (const popup of built.context.pages().filter((other) => other !== page)) await popup.close();
    });
    await withPage(built, 'about/', async ({ page }) => {
      await page.evaluate(() => window.print());
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-print-called'))).toBe(true);
    });
    watched.dialogs.length = 0;
    watched.popups.length = 0;
  });

  test('no built page holds markup that could act', () => {
    const { dir } = ready();
    const pages = builtPages(join(dir, 'dist'));
    expect(pages.length).toBeGreaterThan(60);
    const report = pages
      .map(({ file, html }) => {
        const findings = findExecutableMarkup(html, { base: DEFAULT_BASE, forms: dossierForms(DEFAULT_BASE) });
        return findings.length === 0 ? '' : `${pagePath(file)}:\n${describeFindings(findings)}`;
      })
      .filter(Boolean);
    expect(report.join('\n\n')).toBe('');
  });

  test('in Chromium, no page runs, navigates, opens, posts, prints or fetches anything it should not', async () => {
    const { dir, site: built, seen: watched } = ready();
    const paths = builtPages(join(dir, 'dist')).map(({ file }) => pagePath(file));
    // A few tabs at a time: most of a visit is the wait below, and a tab's watchers are its own.
    const problems = await mapConcurrently(paths, PAGES_AT_ONCE, (path) =>
      withPage(built, path, async ({ page, errors }) => {
        const found: string[] = [];
        // Handlers that need a reader: hover and focus everything in the page's content.
        await page.locator('main *').evaluateAll((elements) => {
          for (const element of elements) {
            element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
            if (element instanceof HTMLElement) element.focus();
          }
        });
        // A meta refresh or a timer fires after load; give them time to.
        await page.waitForTimeout(300);
        const missing = await missingContentImages(page);
        const unexpected = errors.filter((error) => {
          // The address is the last parenthesised part, and may itself hold parentheses (`alert(1)`).
          const match = /^console error: Failed to load resource: the server responded with a status of 404 \(Not Found\) \((https?:\/\/.+)\)$/.exec(error);
          return !(match?.[1] && missing.has(match[1]));
        });
        const state = await page.evaluate(() => ({
          pwned: typeof (window as unknown as Record<string, unknown>).__pwned,
          printed: document.documentElement.hasAttribute('data-print-called'),
          at: window.location.href,
        }));
        const expected = built.url(path);
        const away = (watched.navigationsOf.get(page) ?? []).filter((url) => url.split('#')[0] !== expected.split('#')[0]);
        if (unexpected.length > 0) found.push(`${path}: ${unexpected.join('; ')}`);
        if (state.pwned !== 'undefined') found.push(`${path}: window.__pwned is ${state.pwned}`);
        if (state.printed) found.push(`${path}: print() was called`);
        if (away.length > 0 || state.at.split('#')[0] !== expected.split('#')[0]) found.push(`${path}: navigated to ${[...away, state.at].join(', ')}`);
        return found;
      }),
    );
    const visited = problems.length;
    expect(visited).toBeGreaterThan(60);
    expect({ problems: problems.flat(), dialogs: watched.dialogs, popups: watched.popups, foreignRequests: watched.foreignRequests }).toEqual({
      problems: [],
      dialogs: [],
      popups: [],
      foreignRequests: [],
    });
  }, 900_000);

  test('hostile titles read as text in <title>, the heading, meta tags and JSON-LD', async () => {
    const { site: built, written: content } = ready();
    for (const slug of [...content.hostile.slice(0, TEXT_PAYLOADS.length), ...content.blns.slice(0, 3)]) {
      const title = asParsed(content.titles.get(slug) ?? '');
      await withPage(built, `sources/${slug}/`, async ({ page }) => {
        // The browser turns runs of ASCII whitespace in a <title> into one space and strips
        // them at the ends (only ASCII: String.prototype.trim would also take U+2028).
        expect(await page.title(), slug).toBe(`${title} · The Dossier`.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, ''));
        // The page's own heading; a contributed body may hold <h1>s of its own.
        expect(await page.locator('h1[data-pagefind-meta="title"]').textContent(), slug).toBe(title);
        expect(await page.locator('meta[property="og:title"]').getAttribute('content'), slug).toBe(`${title} · The Dossier`);
        expect(await page.locator('meta[name="description"]').getAttribute('content'), slug).toContain(title);
        const jsonLd: unknown = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? 'null');
        // JSON escapes every control character, so JSON-LD gives back the title exactly as written.
        expect(jsonLd, slug).toMatchObject({ headline: content.titles.get(slug) });
      });
    }
  });

  test('the open data carries the hostile text verbatim, as JSON strings', () => {
    const { dir, written: content } = ready();
    const data = JSON.parse(readFileSync(join(dir, 'dist', 'data', 'dossier.json'), 'utf8')) as { sources: { slug: string; title: string }[] };
    for (const [slug, title] of content.titles) expect(data.sources.find((source) => source.slug === slug)?.title, slug).toBe(title);
  });

  test('a search for a payload’s words shows the hostile titles as text', async () => {
    const { site: built } = ready();
    await withPage(built, 'search/', async ({ page, errors }) => {
      const { hrefs, status } = await searchFor(page, 'pwnedtitle');
      expect(hrefs.length, status).toBeGreaterThan(0);
      const results = page.locator('#search-results');
      expect(await results.locator('script, img, svg, iframe, object, embed, form, [onerror], [onload]').count()).toBe(0);
      const titles = await results.locator('li > h2 > a').allTextContents();
      expect(titles.some((title) => title.includes('<script>window.__pwned=1</script>'))).toBe(true);
      expect(await page.evaluate(() => typeof (window as unknown as Record<string, unknown>).__pwned)).toBe('undefined');
      expect(errors).toEqual([]);
    });
  });
});
