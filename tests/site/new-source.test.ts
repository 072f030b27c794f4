/**
 * Adding a source needs no code change: a copy of the project gets one more hand-written
 * Markdown source, naming known actors in forms no other source uses and people no actor
 * covers, and then `npm run validate`, the content build and the real build run on the copy
 * as a maintainer would run them. The built copy must link the known actors, attribute the
 * known speaker's words, and list the new names for the maintainer, all from the registry
 * in content/; and the new clean source must vouch for the words a damaged copy quotes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_BASE } from '../../src/site-location.ts';
import { buildEnvironment, runBuild } from '../support/build-site.ts';
import { copyProject } from '../support/project-copy.ts';
import { actors, outlets, sources } from '../support/site-content.ts';
import { openSiteAt, withPage, type OpenSite } from '../support/site-page.ts';
import { indexedUrls, searchFor } from '../support/site-search.ts';
import { isWordingDamage } from '../../src/schemas/damage-kinds.ts';

const SLUG = 'example-new-people';
const TITLE = 'Envoys and spokeswomen: an example source added by the tests';

const firstOutlet = outlets()[0];
if (!firstOutlet) throw new Error('content/outlets/ has no outlet for the new source to name');

/**
 * Hand-written, like a maintainer's clean Markdown source. Known actors appear in new forms
 * (a possessive, a lower-case title, a title and surname); Jane Doe and her ministry are in
 * no registry file. Paragraph numbers are used below: ¶1 Trump and Hegseth, ¶2 Hegseth,
 * ¶3 the new names, ¶4 Rubio's words, ¶5 Doe's words, ¶6 the words of Schumer's that the
 * BBC's spun copy quotes (there restored by the spinner lexicon, as probable).
 */
const NEW_SOURCE = `---
title: "${TITLE}"
outlet: "${firstOutlet.id}"
published: "2025-03-05"
language: "en"
notes: "Written by the test suite to show that a new source needs no code change."
---

Trump’s envoy met the defense secretary on Monday to discuss the pause.

Secretary Hegseth later said the review of the order would take weeks.

Jane Doe, a spokeswoman for the Ministry of Examples, said the ministry had not been consulted.

“We will review it,” Rubio said.

“We were not told in advance,” Doe said.

Schumer called the move “a critical strategic mistake”.
`;

const ARCHIVED = 'https://web.archive.org/web/20250305000000/https://news.example/envoys';
const GERMAN_SLUG = 'dpa-bericht-cyber-pause';
const GERMAN_TITLE = 'Pentagon stoppt Cyber-Operationen gegen Russland';
/** Two paragraphs in German, naming a known actor: its words must be marked as German. */
const GERMAN_SOURCE = `US-Verteidigungsminister Pete Hegseth hat nach Medienberichten eine Pause der offensiven Cyber-Operationen gegen Russland angeordnet.

Das Pentagon wollte sich zu dem Bericht nicht äußern.
`;

interface Copy {
  dir: string;
  validate: { status: number | null; stdout: string; stderr: string };
  site: OpenSite;
}

let copy: Copy | undefined;
let scaffoldOutput = '';
let contentOutput = '';
let buildOutput = '';
let germanOutput = '';
let copyDir: string | undefined;

function built(): Copy {
  if (!copy) throw new Error('the project copy was not built');
  return copy;
}

beforeAll(async () => {
  copyDir = copyProject('new-source');
  // A question whose record of the sources read without an answer is cleared, as before an
  // editor had read TechCrunch's copy for it: the build report then suggests evidence in that
  // machine-translated copy, and must say whose words it quotes.
  const howMany = join(copyDir, 'content/questions/05-how-many.md');
  writeFileSync(howMany, readFileSync(howMany, 'utf8').replace(/^noAnswerIn:\n(?: {2}- .*\n)+/m, ''));
  // As a maintainer would: the article's text in a file, the facts as options.
  writeFileSync(join(copyDir, 'article.txt'), NEW_SOURCE.replace(/^---\n[\s\S]*?\n---\n/, ''));
  const scaffold = spawnSync(
    'npm',
    ['run', 'new-source', '--', '--file', 'article.txt', '--title', TITLE, '--outlet', firstOutlet.id, '--published', '2025-03-05', '--slug', SLUG,
      '--url', 'https://news.example/envoys', '--archive-url', ARCHIVED,
      '--notes', 'Written by the test suite to show that a new source needs no code change.'],
    { cwd: copyDir, env: buildEnvironment(), encoding: 'utf8', input: '' },
  );
  if (scaffold.status !== 0) throw new Error(`npm run new-source failed:\n${scaffold.stdout}\n${scaffold.stderr}`);
  scaffoldOutput = scaffold.stdout;
  // A report in German from an outlet the dossier does not have yet: created by name, as in CI.
  writeFileSync(join(copyDir, 'bericht.txt'), GERMAN_SOURCE);
  const german = spawnSync(
    'npm',
    ['run', 'new-source', '--', '--file', 'bericht.txt', '--title', GERMAN_TITLE, '--outlet', 'Deutsche Presse-Agentur', '--published', '2025-03-04',
      '--language', 'de', '--slug', GERMAN_SLUG, '--new-outlet-name', 'Deutsche Presse-Agentur', '--new-outlet-description', 'German news agency.'],
    { cwd: copyDir, env: buildEnvironment(), encoding: 'utf8', input: '' },
  );
  if (german.status !== 0) throw new Error(`npm run new-source (German) failed:\n${german.stdout}\n${german.stderr}`);
  germanOutput = german.stdout;
  const validate = spawnSync('npm', ['run', 'validate'], { cwd: copyDir, env: buildEnvironment(), encoding: 'utf8' });
  // The clean source changes what the damaged copies' quotations rest on: the content build
  // records it, as \`npm run build\` would.
  const content = spawnSync('npm', ['run', 'build:content'], { cwd: copyDir, env: buildEnvironment(), encoding: 'utf8' });
  if (content.status !== 0) throw new Error(`npm run build:content failed:\n${content.stdout}\n${content.stderr}`);
  contentOutput = content.stdout;
  // The build's output must be inside the project: it imports its prerendered chunks from there.
  const outDir = join(copyDir, 'dist');
  buildOutput = runBuild(outDir, {}, copyDir);
  copy = {
    dir: copyDir,
    validate: { status: validate.status, stdout: validate.stdout, stderr: validate.stderr },
    site: await openSiteAt(outDir, DEFAULT_BASE),
  };
}, 240_000);

afterAll(async () => {
  await copy?.site.close();
  if (copyDir && !process.env.KEEP) rmSync(copyDir, { recursive: true, force: true });
});

const actorHref = (id: string) => `${DEFAULT_BASE}actors/${id}/`;
const newSourceHref = `${DEFAULT_BASE}sources/${SLUG}/`;

describe('a new Markdown source, added with no code change', () => {
  test('npm run new-source writes it and names the people and organisations to add', () => {
    expect(scaffoldOutput).toContain(`Wrote content/sources/${SLUG}.md (6 paragraphs).`);
    expect(scaffoldOutput).toMatch(/Jane Doe \(person\)/);
    expect(scaffoldOutput).toMatch(/Ministry of Examples \(organisation\)/);
  });

  test('the build does not warn that a hand-written source has no cleaning record (it has none by design)', () => {
    expect(buildOutput).toContain('Complete!');
    expect(buildOutput).not.toMatch(/was not found/);
  });

  test('npm run validate accepts it and names the people and organisations no actor covers', () => {
    const { status, stdout, stderr } = built().validate;
    expect(status, `${stdout}\n${stderr}`).toBe(0);
    expect(stdout).toContain(`content/ is valid: ${sources().length + 2} sources`);
    // "  Jane Doe (person) — example-new-people ¶3, ¶5"
    const listed = [...stdout.matchAll(/^ {2}(.+) \((person|organisation|unknown)\) — (.+)$/gmu)].map((match) => ({
      name: match[1] ?? '',
      kind: match[2] ?? '',
      where: match[3] ?? '',
    }));
    expect(listed).toEqual(
      expect.arrayContaining([
        { name: 'Jane Doe', kind: 'person', where: expect.stringMatching(new RegExp(`^${SLUG} ¶3\\b`)) },
        { name: 'Ministry of Examples', kind: 'organisation', where: `${SLUG} ¶3` },
      ]),
    );
    // The known actors, in whatever form the new source writes them, are not proposed.
    const forms = new Set([...actors(), ...outlets()].flatMap((entry) => [entry.name, ...entry.aliases]));
    expect(listed.filter(({ name }) => forms.has(name) || /Trump|Hegseth|Rubio/.test(name))).toEqual([]);
  });

  test('its page gives the original address and, beside it, the archived copy', async () => {
    await withPage(built().site, `sources/${SLUG}/`, async ({ page }) => {
      const original = page.locator('dl.facts dd', { has: page.locator('a[href="https://news.example/envoys"]') });
      expect(await original.locator('a.archived').getAttribute('href')).toBe(ARCHIVED);
      expect(await original.locator('a.archived').innerText()).toBe('archived copy');
    });
    const data = (await (await fetch(built().site.url('data/dossier.json'))).json()) as { sources: { slug: string; archiveUrl: string | null }[] };
    expect(data.sources.find((source) => source.slug === SLUG)?.archiveUrl).toBe(ARCHIVED);
  });

  test('its page links the known actors it names in new forms, and nobody else', async () => {
    await withPage(built().site, `sources/${SLUG}/`, async ({ page, status, errors }) => {
      expect(status).toBe(200);
      expect(await page.locator('h1').innerText()).toBe(TITLE);
      const mentions = await page.locator('.source-body a.mention').evaluateAll((links) =>
        links.map((link) => ({ paragraph: link.closest('p[id]')?.id ?? '', text: link.textContent ?? '', href: link.getAttribute('href') ?? '' })),
      );
      expect(mentions).toEqual([
        { paragraph: 'p1', text: 'Trump', href: actorHref('donald-trump') },
        { paragraph: 'p1', text: 'the defense secretary', href: actorHref('pete-hegseth') },
        { paragraph: 'p2', text: 'Secretary Hegseth', href: actorHref('pete-hegseth') },
        { paragraph: 'p4', text: 'Rubio', href: actorHref('marco-rubio') },
        { paragraph: 'p6', text: 'Schumer', href: actorHref('chuck-schumer') },
      ]);
      expect(errors).toEqual([]);
    });
  });

  test('"Who is quoted" gives Rubio his words, and Jane Doe hers as the text names her, with no link', async () => {
    await withPage(built().site, `sources/${SLUG}/`, async ({ page }) => {
      const quoted = await page.locator('section[aria-labelledby="quoted"] figure.quotation').evaluateAll((figures) =>
        figures.map((figure) => ({
          text: figure.querySelector('blockquote')?.textContent ?? '',
          speaker: figure.querySelector('.speaker a')?.getAttribute('href') ?? null,
          asWritten: figure.querySelector('.speaker.as-written .speaker-name')?.textContent ?? null,
          unattributed: figure.querySelector('.speaker.unattributed') !== null,
          href: figure.querySelector('figcaption .meta a')?.getAttribute('href') ?? '',
        })),
      );
      // "“We were not told in advance,” Doe said.": Doe is the Jane Doe of ¶3, whom no actor covers.
      expect(quoted).toEqual([
        { text: '“We will review it”', speaker: actorHref('marco-rubio'), asWritten: null, unattributed: false, href: `${newSourceHref}#p4` },
        { text: '“We were not told in advance”', speaker: null, asWritten: 'Jane Doe', unattributed: false, href: `${newSourceHref}#p5` },
        { text: '“a critical strategic mistake”', speaker: actorHref('chuck-schumer'), asWritten: null, unattributed: false, href: `${newSourceHref}#p6` },
      ]);
      const summary = await page.locator('section[aria-labelledby="quoted"] > p').first().innerText();
      expect(summary).toContain('3 direct quotations; the text names the speaker of all 3.');
      expect(await page.locator('section[aria-labelledby="quoted"] .speaker.as-written').innerText()).toContain('not one of the dossier’s actors');
    });
  });

  test('dossier.json keeps Jane Doe as written, with no actor id', async () => {
    const response = await fetch(built().site.url('data/dossier.json'));
    const data = (await response.json()) as { quotations: Array<{ source: string; paragraph: number; speaker: string | null; speakerAsWritten: string | null }> };
    const doe = data.quotations.filter((quotation) => quotation.source === SLUG && quotation.paragraph === 5);
    expect(doe.map(({ speaker, speakerAsWritten }) => ({ speaker, speakerAsWritten }))).toEqual([{ speaker: null, speakerAsWritten: 'Jane Doe' }]);
  });

  test('Rubio’s page lists the new quotation, and Hegseth’s page the new mentions', async () => {
    await withPage(built().site, 'actors/marco-rubio/', async ({ page }) => {
      const figure = page
        .locator('section[aria-labelledby="quotations"] figure.quotation')
        .filter({ has: page.locator('blockquote', { hasText: 'We will review it' }) });
      expect(await figure.count()).toBe(1);
      expect(await figure.locator('figcaption .meta a').first().getAttribute('href')).toBe(`${newSourceHref}#p4`);
      const row = page.locator('section[aria-labelledby="sources"] tbody tr', { has: page.locator(`a[href="${newSourceHref}"]`) });
      expect(await row.locator('td.number').allInnerTexts()).toEqual(['1', '1']);
    });
    await withPage(built().site, 'actors/pete-hegseth/', async ({ page }) => {
      const listed = await page
        .locator(`section[aria-labelledby="mentions"] li a[href^="${newSourceHref}#"]`)
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(listed).toEqual([`${newSourceHref}#p1`, `${newSourceHref}#p2`]);
    });
  });

  test('the build report lists Jane Doe, her ministry, and her words under the speakers no actor covers', async () => {
    await withPage(built().site, 'build-report/', async ({ page }) => {
      const rows = await page.locator('#unknown-names ~ table tbody tr').evaluateAll((cells) =>
        cells.map((row) => ({
          name: row.querySelector('td')?.textContent ?? '',
          hrefs: [...row.querySelectorAll('td a')].map((link) => link.getAttribute('href') ?? ''),
        })),
      );
      expect(rows).toEqual(
        expect.arrayContaining([
          { name: 'Jane Doe', hrefs: expect.arrayContaining([`${newSourceHref}#p3`]) },
          { name: 'Ministry of Examples', hrefs: [`${newSourceHref}#p3`] },
        ]),
      );
      const written = page.locator('#speakers-as-written ~ ul > li', { has: page.locator(`a[href="${newSourceHref}#p5"]`) });
      expect(await written.innerText()).toMatch(/^Jane Doe: .*“We were not told in advance”/u);
      // The section of quotations without a speaker, up to the next heading of its level, does not list them.
      const unattributed = await page.locator('#unattributed').evaluate((heading) => {
        const texts: string[] = [];
        for (let node = heading.nextElementSibling; node && node.tagName !== 'H2'; node = node.nextElementSibling) texts.push(node.textContent ?? '');
        return texts.join('\n');
      });
      expect(unattributed).not.toContain('We were not told in advance');
    });
  });

  test('the build report suggests its Schumer paragraph as evidence for the political reactions, which it does not answer yet', async () => {
    await withPage(built().site, 'build-report/', async ({ page }) => {
      const group = page.locator('#suggested-evidence ~ h3', { has: page.locator('a[href$="/questions/08-political-reactions/"]') });
      expect(await group.count()).toBe(1);
      const item = page.locator('#suggested-evidence ~ ul > li', { has: page.locator(`a[href^="${newSourceHref}#p6:~:text="]`) });
      expect(await item.innerText()).toContain('“Schumer called the move “a critical strategic mistake””');
    });
  });

  test('a key question says the sources not yet read for it may change how its answers relate, and lists them as not yet read', async () => {
    await withPage(built().site, 'questions/01-who-ordered/', async ({ page }) => {
      expect(await page.locator('article p.meta', { hasText: 'not yet been read' }).innerText()).toMatch(/^2 sources have not yet been read for this question: how the answers relate is the editors’ reading of the others/);
      const section = page.locator('section.question-answer', { has: page.locator(`a[href="${newSourceHref}"]`) });
      expect(await section.locator('.not-read').innerText()).toMatch(/^Not yet read for this question/);
      expect(await page.locator('.question-relation .badge.relation').innerText()).toMatch(/, so far$/);
    });
  });

  test('wherever a question’s relation is shown, its badge says "so far" while some source is not yet read for it', async () => {
    for (const [path, badge] of [
      ['', 'main .questions-summary li:has(a[href$="/compare/#q-01-who-ordered"]) .badge.relation'],
      ['compare/', '#q-01-who-ordered .badge.relation'],
      ['questions/01-who-ordered/', '.question-relation .badge.relation'],
    ] as const) {
      await withPage(built().site, path, async ({ page }) => {
        expect(await page.locator(badge).innerText(), path).toMatch(/^(Sources agree|Sources differ|Sources contradict each other|One source only), so far$/);
      });
    }
  });

  test('the build report says, wherever it quotes a spun or machine-translated copy, that the words are our cleaning’s, not the outlet’s', async () => {
    const damaged = new Set(sources().filter((source) => source.damage.some((kind) => isWordingDamage(kind))).map((source) => source.slug));
    // Guards the test: the seeds are damaged copies, and the report quotes them.
    expect(damaged.size).toBeGreaterThan(0);
    const items = await withPage(built().site, 'build-report/', ({ page }) =>
      page.locator('main li:has(a[href*="/sources/"])').evaluateAll((elements) =>
        elements
          .filter((element) => /“.+”/.test(element.textContent ?? ''))
          .map((element) => ({ href: element.querySelector('a[href*="/sources/"]')?.getAttribute('href') ?? '', text: element.textContent ?? '', labels: element.querySelectorAll('.copy-wording').length })),
      ),
    );
    // Evidence links carry a text fragment (`#p3:~:text=…`); the slug is what matters here.
    const slugOf = (href: string) => href.slice(DEFAULT_BASE.length).split(/[/#?]/)[1] ?? href;
    const quotingDamaged = items.filter(({ href }) => damaged.has(slugOf(href)));
    expect(quotingDamaged.length).toBeGreaterThan(0);
    for (const { text, labels } of quotingDamaged) {
      expect(labels, text).toBeGreaterThan(0);
      expect(text).toContain('not necessarily the outlet’s');
    }
    for (const { href, text, labels } of items.filter(({ href }) => !damaged.has(slugOf(href)))) expect(labels, `${href}: ${text}`).toBe(0);
  });

  test('new-source creates an outlet the dossier lacks, by name, and a source in another language is marked as such', async () => {
    expect(germanOutput).toContain('Wrote content/outlets/deutsche-presse-agentur.md');
    await withPage(built().site, `sources/${GERMAN_SLUG}/`, async ({ page, errors }) => {
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('h1').getAttribute('lang')).toBe('de');
      expect(await page.locator('.source-body').getAttribute('lang')).toBe('de');
      expect(await page.locator('.kicker').textContent()).toBe('Deutsche Presse-Agentur');
      expect(errors).toEqual([]);
    });
    await withPage(built().site, `sources/${SLUG}/`, async ({ page }) => {
      expect(await page.locator('.source-body').getAttribute('lang')).toBeNull();
    });
    await withPage(built().site, 'sources/', async ({ page }) => {
      expect(await page.locator(`main a[href="${DEFAULT_BASE}sources/${GERMAN_SLUG}/"]`).first().getAttribute('lang')).toBe('de');
    });
    await withPage(built().site, 'outlets/deutsche-presse-agentur/', async ({ status }) => {
      expect(status).toBe(200);
    });
  });

  test('the sources index, the search index and the search page all have it', async () => {
    await withPage(built().site, 'sources/', async ({ page }) => {
      expect(await page.locator(`main ul.cards a[href="${newSourceHref}"]`).innerText()).toBe(TITLE);
    });
    await withPage(built().site, 'search/', async ({ page }) => {
      expect(await indexedUrls(page, `${DEFAULT_BASE}pagefind/pagefind.js`)).toContain(newSourceHref);
      const { hrefs, status } = await searchFor(page, 'Ministry of Examples');
      expect(hrefs, status).toContain(newSourceHref);
    });
  });

  test('the compare page gains a column for it in the key questions and a list in the passage alignment', async () => {
    await withPage(built().site, 'compare/', async ({ page }) => {
      const columns = await page.locator('table.matrix thead th').count();
      expect(columns).toBe(sources().length + 3);
      // No editor has read the new source for any question yet, so every cell in its column
      // says so ("Not yet read"), never that it does not report.
      const rows = await page.locator('table.matrix tbody tr').count();
      expect(rows).toBeGreaterThan(0);
      const headers = await page.locator('table.matrix thead th').evaluateAll((ths) => ths.map((th) => th.querySelector('a')?.getAttribute('href') ?? ''));
      const at = headers.indexOf(newSourceHref) - 1;
      expect(at).toBeGreaterThanOrEqual(0);
      const column = await page.locator('table.matrix tbody tr').evaluateAll((trs, index) => trs.map((tr) => tr.querySelectorAll('td')[index]?.textContent?.trim() ?? ''), at);
      expect(column).toEqual(Array.from({ length: rows }, () => 'Not yet read'));
      const list = page.locator('section.passage-source', { has: page.locator('[id="passages-example-new-people"]') });
      expect(await list.locator('ol.passage-list > li').count()).toBe(6);
    });
  });
});

describe('a clean source vouches for a damaged copy’s quotation', () => {
  const BBC = 'bbc-hegseth-orders-pause-in-cyber-operations';

  test('the content build records it: the BBC’s spun copy’s quotation of Schumer is now corroborated', () => {
    expect(contentOutput).toContain(`wrote content/cleaning/${BBC}.json`);
  });

  test('the damaged copy’s page marks that quotation corroborated, and the others still unverified', async () => {
    await withPage(built().site, `sources/${BBC}/`, async ({ page, errors }) => {
      const marks = await page.locator('.source-body .quotation-note').evaluateAll((notes) =>
        notes.map((note) => ({ paragraph: note.closest('p[id]')?.id ?? '', drawn: getComputedStyle(note, '::after').content })),
      );
      expect(marks).toEqual(expect.arrayContaining([{ paragraph: 'p14', drawn: '"corroborated"' }, { paragraph: 'p13', drawn: '"unverified wording"' }]));
      const figure = page.locator('section[aria-labelledby="quoted"] figure.quotation', { has: page.locator('blockquote', { hasText: 'strategic mistake' }) });
      expect(await figure.locator('.standing').innerText()).toMatch(/^Corroborated\. The same words appear in .+, a copy that arrived undamaged\./);
      expect(await figure.locator(`.standing a[href="${newSourceHref}#p6"]`).count()).toBe(1);
      expect(errors).toEqual([]);
    });
  });

  test('Schumer’s page shows the statement in both sources, with the words that differ between them', async () => {
    await withPage(built().site, 'actors/chuck-schumer/', async ({ page }) => {
      const figure = page
        .locator('section[aria-labelledby="quotations"] figure.quotation', { has: page.locator('blockquote', { hasText: 'a critical strategic mistake' }) })
        .filter({ has: page.locator(`figcaption .meta a[href="${DEFAULT_BASE}sources/${BBC}/#p14"]`) });
      expect(await figure.count()).toBe(1);
      expect(await figure.locator('details.versions summary').innerText()).toBe('The same statement in 1 other source');
      expect(await figure.locator(`details.versions a[href="${newSourceHref}#p6"]`).count()).toBe(1);
    });
  });
});
