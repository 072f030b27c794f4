/**
 * A second dossier, built by the same engine with no change to it: the fixture in
 * tests/fixtures/second-dossier/ (an invented event: its own title, tagline, base path,
 * three seeds, actors, outlets, a question, a timeline event, places and one lexicon entry
 * of its own) is copied beside a copy of the engine and built there by `npm run build`
 * (content, validation, Astro, search index), once for this file. Its site must pass the
 * generic checks every dossier's site must: every page reached and served cleanly, no
 * address outside its base, no accessibility violation, a working search; its own lexicon
 * entry must be applied; and nothing of the seed dossier may show in it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyEngine } from '../../scripts/lib/project-copy.ts';
import { mapConcurrently } from '../../scripts/lib/map-concurrently.ts';
import { blockingViolations } from '../support/axe.ts';
import { buildEnvironment, printedText } from '../support/build-site.ts';
import { crawlSite, withoutHash, type Crawl } from '../support/crawl-site.ts';
import { seedTopicWords } from '../support/seed-topic-words.ts';
import { openSiteAt, pathOf, withPage, type OpenSite } from '../support/site-page.ts';
import { searchFor } from '../support/site-search.ts';

const PROJECT = resolve('.');
const FIXTURE = join(PROJECT, 'tests/fixtures/second-dossier');
/** What the fixture's dossier.config.ts says; the built site must follow it, not the seed dossier's. */
const BASE = '/bridge-watch/';
const TITLE = 'Bridge Watch';

let dir: string | undefined;
let site: OpenSite | undefined;
let crawl: Crawl | undefined;
let buildOutput = '';

const built = () => {
  if (!dir || !site || !crawl) throw new Error('the second dossier was not built');
  return { dir, site, crawl, dist: join(dir, 'dist') };
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-second-'));
  copyEngine(PROJECT, dir);
  cpSync(FIXTURE, dir, { recursive: true });
  // The environment overrides the configuration (CI passes the Pages base path): none here,
  // so the fixture's own dossier.config.ts decides everything.
  const env = buildEnvironment();
  for (const name of ['BASE_PATH', 'SITE_URL', 'REPOSITORY_URL', 'REPOSITORY_BRANCH', 'GITHUB_SERVER_URL', 'GITHUB_REPOSITORY', 'DOSSIER_OUT_DIR', 'DOSSIER_CACHE_DIR']) delete env[name];
  const result = spawnSync(process.execPath, ['scripts/build-site.ts'], { cwd: dir, env, encoding: 'utf8' });
  buildOutput = printedText(result);
  if (result.status !== 0) throw new Error(`the second dossier's build failed (exit ${result.status}):\n${buildOutput}`);
  site = await openSiteAt(join(dir, 'dist'), BASE);
  crawl = await crawlSite(site);
}, 300_000);

afterAll(async () => {
  await site?.close();
  if (dir && !process.env.KEEP) rmSync(dir, { recursive: true, force: true });
});

describe('a second dossier, built by the same engine', () => {
  test('is cleaned and validated from its own seeds and content', () => {
    expect(buildOutput).toMatch(/content: 3 sources from seeds\//);
    expect(buildOutput).toMatch(/content\/ is valid: 3 sources, 2 actors, 3 outlets, 2 pages, 1 questions, 1 timeline events/);
    // Its declared places are not proposed as actors.
    expect(buildOutput).not.toMatch(/^\s+Saltgate \(/m);
  });

  test('carries its own title and base path', async () => {
    const { site } = built();
    await withPage(site, '', async ({ page, status }) => {
      expect(status).toBe(200);
      expect(await page.locator('header').first().textContent()).toContain(TITLE);
    });
    await withPage(site, 'about/', async ({ page }) => {
      expect(await page.title()).toBe(`How this dossier is made · ${TITLE}`);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`https://bridge-watch.example.org${BASE}about/`);
    });
  });

  test('every page it reaches is served with status 200 and logs no error', () => {
    const { crawl } = built();
    const failing = [...crawl.pages].flatMap(([url, page]) => [
      ...(page.status === 200 ? [] : [`${pathOf(url)} → ${page.status}`]),
      ...page.errors.map((error) => `${pathOf(url)}: ${error}`),
    ]);
    const reached = [...crawl.pages.keys()].map(pathOf);
    for (const path of ['sources/saltgate-courier-bridge-closed/', 'actors/orla-venmarr/', 'outlets/harbour-times/', 'questions/01-why-closed/', 'about/', 'search/']) {
      expect(reached).toContain(`${BASE}${path}`);
    }
    expect(failing).toEqual([]);
  });

  test('every #fragment lands, and no address leaves its base path', () => {
    const { crawl } = built();
    const broken = crawl.links
      .filter((link) => link.target.hash !== '')
      .filter((link) => {
        const id = decodeURIComponent(link.target.hash.slice(1).split(':~:')[0] ?? '');
        return !crawl.pages.get(withoutHash(link.target))?.ids.includes(id);
      })
      .map((link) => `${link.href} on ${pathOf(link.from)}`);
    expect(broken).toEqual([]);
    expect(crawl.escapes).toEqual([]);
  });

  test('no page it reaches has an accessibility violation', async () => {
    const { crawl, site } = built();
    // One page of each kind: a second source page is built by the same template as the first.
    const kindOf = (url: string) => new URL(url).pathname.slice(BASE.length).replace(/^(sources|actors|outlets|questions)\/[^/]+/, '$1/*');
    const byKind = new Map<string, string>();
    for (const url of crawl.pages.keys()) if (/\/$/.test(new URL(url).pathname) && !byKind.has(kindOf(url))) byKind.set(kindOf(url), url);
    const pages = [...byKind.values()];
    expect(pages.length).toBeGreaterThan(10);
    // Three tabs at once, as the seed dossier's accessibility test runs; reported in page order.
    const violations = await mapConcurrently(pages, 3, (url) =>
      withPage(site, url, async ({ page }) => (await blockingViolations(page)).map((violation) => `${pathOf(url)}: ${violation}`)),
    );
    expect(violations.flat()).toEqual([]);
  }, 180_000);

  test('its search finds its own sources and actors, under its base', async () => {
    const { site } = built();
    const results = await withPage(site, 'search/', ({ page }) => searchFor(page, 'Venmarr'));
    expect(results.hrefs).toContain(`${BASE}actors/orla-venmarr/`);
    expect(results.hrefs.some((href) => href.startsWith(`${BASE}sources/`))).toBe(true);
    expect(results.hrefs.every((href) => href.startsWith(BASE))).toBe(true);
  });

  test('applies its own lexicon entry, recorded under the general lexicon’s rule id', async () => {
    const { dir, site } = built();
    const record = JSON.parse(readFileSync(join(dir, 'content/cleaning/harbour-times-bridge-month.json'), 'utf8')) as { changes: Array<{ ruleId: string; before: string; after: string }> };
    expect(record.changes).toContainEqual(expect.objectContaining({ ruleId: 'spinner/harbour-occasions', before: 'Harbour Occasions', after: 'Harbour Times' }));
    await withPage(site, 'sources/harbour-times-bridge-month/', async ({ page }) => {
      expect(await page.locator('main').textContent()).toContain('the Harbour Times has learned');
    });
  });

  test('shows nothing of the seed dossier', () => {
    const { dist } = built();
    const words = seedTopicWords();
    const found: string[] = [];
    const visit = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (/\.(?:html|xml|json|txt|js)$/.test(entry.name) && !path.includes(`${join(dist, 'pagefind')}`)) {
          const text = readFileSync(path, 'utf8');
          for (const word of words) if (new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text)) found.push(`${path.slice(dist.length)}: ${word}`);
        }
      }
    };
    visit(dist);
    expect(words.length).toBeGreaterThan(10);
    expect(found).toEqual([]);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('The Dossier');
  });
});
