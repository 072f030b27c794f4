/**
 * The actor registry on the built site, in Chromium: actor pages, who is quoted and where,
 * mention links in the sources, the actor index, search, and the build report. Quotations
 * and mentions are checked in both directions (the source page against the actor page),
 * so a link that is counted on one side and missing on the other fails.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { actors, outlets, sources, type ActorInfo } from '../support/site-content.ts';
import { useSite, withPage } from '../support/site-page.ts';
import { searchFor } from '../support/site-search.ts';

const site = useSite();
const actorList = actors();
const sourceList = sources();
const outletList = outlets();
const actorsById = new Map(actorList.map((actor) => [actor.id, actor]));
const outletIds = new Set(outletList.map((outlet) => outlet.id));

function actor(id: string): ActorInfo {
  const found = actorsById.get(id);
  if (!found) throw new Error(`content/actors/${id}.md does not exist`);
  return found;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const actorHref = (id: string) => `${site().base}actors/${id}/`;
const sourceHref = (slug: string) => `${site().base}sources/${slug}/`;

/** The actor id an address points at (`/dossier/actors/x/` → `x`), or undefined. */
function actorIdOf(href: string): string | undefined {
  return new RegExp(`^${escapeRegExp(site().base)}actors/([^/#?]+)/$`).exec(href)?.[1];
}

/** The outlet id an address points at (`/dossier/outlets/x/` → `x`), or undefined. */
function outletIdOf(href: string): string | undefined {
  return new RegExp(`^${escapeRegExp(site().base)}outlets/([^/#?]+)/$`).exec(href)?.[1];
}

/** Source slug and paragraph id of a paragraph link (`/dossier/sources/x/#p3` → x, p3). */
function paragraphOf(href: string): { slug: string; id: string } {
  const match = new RegExp(`^${escapeRegExp(site().base)}sources/([^/#?]+)/#(p\\d+)$`).exec(href);
  if (!match?.[1] || !match[2]) throw new Error(`${href} is not a link to a source paragraph`);
  return { slug: match[1], id: match[2] };
}

/** The one number in a piece of text matched by `pattern` (first group), or fails. */
/** How many speakers "N direct quotations; the text names the speaker of M." says are named, in each of its wordings. */
function namedSpeakersIn(summary: string): number {
  if (summary.includes('the text names its speaker.')) return 1;
  if (summary.includes('the text does not name its speaker.') || summary.includes('the speaker of none of them.')) return 0;
  return numberIn(summary, /the speaker of (?:all )?(\d+)\./);
}

function numberIn(text: string, pattern: RegExp): number {
  const match = pattern.exec(text);
  if (!match?.[1]) throw new Error(`"${text}" does not match ${pattern}`);
  return Number(match[1]);
}

// ---------------------------------------------------------------------------------------
// What each page shows, read once per page however many tests look at it.
// ---------------------------------------------------------------------------------------

interface MentionLink {
  href: string;
  text: string;
  type: string | null;
  kind: string | null;
  /** Index of the block (paragraph, list item, cell…) the link is in; -1 when in none. */
  block: number;
  /** Id of the numbered paragraph the link is in (`p3`), if any. */
  paragraph: string | null;
  inHeading: boolean;
  inLink: boolean;
  inSourceBody: boolean;
}

interface ListedQuotation {
  /** The quoted words as shown, quotation marks included. */
  text: string;
  /** The quotation's paragraph link. */
  href: string;
  /** Speaker link and name, when the text establishes a speaker. */
  speakerHref: string | null;
  speakerName: string | null;
  /** A speaker no actor covers, as the text names them (never a link). */
  asWritten: string | null;
  /** The "speaker not established" line is shown instead. */
  unattributed: boolean;
}

interface SourcePage {
  status: number;
  mentions: MentionLink[];
  /** Text of each numbered paragraph, by id. */
  paragraphs: Map<string, string>;
  /** The "Who is quoted" list. */
  quoted: ListedQuotation[];
  /** The sentence above it ("6 direct quotations; the text names the speaker of all 6."), or "". */
  quotedSummary: string;
}

interface ActorPage {
  status: number;
  h1: string;
  /** The "In the sources" fact: "10 mentions in 2 sources; 1 quotation". */
  inTheSources: string;
  quotations: ListedQuotation[];
  /** Rows of "Which sources name X". */
  sourceRows: { href: string; mentions: number; paragraphs: number }[];
  /** "Every mention": per source, the count in its heading and the paragraph links listed. */
  mentionGroups: { href: string; heading: string; paragraphHrefs: string[] }[];
  /** "Named alongside": the other actor and the number of paragraphs shown. */
  alongside: { href: string; label: string }[];
}

const BLOCKS = 'p, li, td, th, dt, dd, figcaption, caption';

function listedQuotations(page: Page, section: string): Promise<ListedQuotation[]> {
  return page.locator(`section[aria-labelledby="${section}"] figure.quotation`).evaluateAll((figures) =>
    figures.map((figure) => {
      const speaker = figure.querySelector('.speaker a');
      return {
        text: figure.querySelector('blockquote')?.textContent?.trim() ?? '',
        href: figure.querySelector('figcaption .meta a[href*="#p"]')?.getAttribute('href') ?? '',
        speakerHref: speaker?.getAttribute('href') ?? null,
        speakerName: speaker?.textContent ?? null,
        asWritten: figure.querySelector('.speaker.as-written .speaker-name')?.textContent ?? null,
        unattributed: figure.querySelector('.speaker.unattributed') !== null,
      };
    }),
  );
}

const sourcePages = new Map<string, Promise<SourcePage>>();

function sourcePage(slug: string): Promise<SourcePage> {
  let cached = sourcePages.get(slug);
  if (!cached) {
    cached = withPage(site(), `sources/${slug}/`, async ({ page, status }) => ({
      status,
      mentions: await page.locator('a.mention').evaluateAll((links, blockSelector) => {
        const blocks = [...document.querySelectorAll(blockSelector)];
        return links.map((link) => {
          const block = link.closest(blockSelector);
          const paragraph = link.closest('p[id]');
          return {
            href: link.getAttribute('href') ?? '',
            text: link.textContent ?? '',
            type: link.getAttribute('data-mention'),
            kind: link.getAttribute('data-mention-kind'),
            block: block ? blocks.indexOf(block) : -1,
            paragraph: paragraph && /^p\d+$/.test(paragraph.id) ? paragraph.id : null,
            inHeading: link.closest('h1, h2, h3, h4, h5, h6') !== null,
            inLink: (link.parentElement?.closest('a') ?? null) !== null,
            inSourceBody: link.closest('.source-body') !== null,
          };
        });
      }, BLOCKS),
      paragraphs: new Map(
        await page
          .locator('.source-body p[id]')
          .evaluateAll((paragraphs) => paragraphs.map((paragraph): [string, string] => [paragraph.id, paragraph.textContent ?? ''])),
      ),
      quoted: await listedQuotations(page, 'quoted'),
      quotedSummary: await page
        .locator('section[aria-labelledby="quoted"] > p')
        .evaluateAll((summaries) => summaries[0]?.textContent ?? ''),
    }));
    sourcePages.set(slug, cached);
  }
  return cached;
}

const actorPages = new Map<string, Promise<ActorPage>>();

function actorPage(id: string): Promise<ActorPage> {
  let cached = actorPages.get(id);
  if (!cached) {
    cached = withPage(site(), `actors/${id}/`, async ({ page, status }) => ({
      status,
      h1: await page.locator('h1').innerText(),
      inTheSources: await page
        .locator('dl.facts dt')
        .evaluateAll((terms) => terms.find((term) => term.textContent === 'In the sources')?.nextElementSibling?.textContent ?? ''),
      quotations: await listedQuotations(page, 'quotations'),
      sourceRows: await page.locator('section[aria-labelledby="sources"] table tbody tr').evaluateAll((rows) =>
        rows.map((row) => ({
          href: row.querySelector('td a')?.getAttribute('href') ?? '',
          mentions: Number(row.querySelectorAll('td')[2]?.textContent),
          paragraphs: Number(row.querySelectorAll('td')[3]?.textContent),
        })),
      ),
      mentionGroups: await page.locator('section[aria-labelledby="mentions"] h3').evaluateAll((headings) =>
        headings.map((heading) => {
          const list = heading.nextElementSibling;
          return {
            href: heading.querySelector('a')?.getAttribute('href') ?? '',
            heading: heading.textContent ?? '',
            paragraphHrefs:
              list?.tagName === 'UL'
                ? [...list.querySelectorAll(':scope > li')].map((item) => item.querySelector('a')?.getAttribute('href') ?? '')
                : [],
          };
        }),
      ),
      alongside: await page.locator('section[aria-labelledby="alongside"] li').evaluateAll((items) =>
        items.map((item) => ({ href: item.querySelector('a')?.getAttribute('href') ?? '', label: item.textContent ?? '' })),
      ),
    }));
    actorPages.set(id, cached);
  }
  return cached;
}

/** Status of an address, fetched without opening a tab. */
async function statusOf(href: string): Promise<number> {
  return (await site().context.request.get(site().url(href))).status();
}

// ---------------------------------------------------------------------------------------

describe('actor pages', () => {
  const KEY_ACTORS = [
    'pete-hegseth',
    'donald-trump',
    'jd-vance',
    'volodymyr-zelensky',
    'vladimir-putin',
    'mike-waltz',
    'marco-rubio',
    'chuck-schumer',
    'tricia-mclaughlin',
    'us-cyber-command',
    'nsa',
    'cisa',
    'department-of-homeland-security',
    'department-of-defense',
    'svr',
    'senior-defence-official',
  ];

  test.for(KEY_ACTORS)('%s has a page headed with the name in content/actors', async (id) => {
    const { name } = actor(id);
    await withPage(site(), `actors/${id}/`, async ({ page, status, errors }) => {
      expect(status).toBe(200);
      expect(await page.locator('h1').innerText()).toBe(name);
      expect(await page.title()).toBe(`${name} · The Dossier`);
      expect(errors).toEqual([]);
    });
  });
});

describe('the forms damaged copies wrote for a name', () => {
  const entries = [
    ...actorList.map((entry) => ({ ...entry, page: `actors/${entry.id}/` })),
    ...outletList.map((entry) => ({ ...entry, page: `outlets/${entry.id}/` })),
  ].filter((entry) => entry.damagedForms.length > 0);

  test('the registry records some, so this is checked on real pages', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  test.for(entries.map((entry) => [entry.page, entry] as const))('%s shows them apart from the names, as a damaged copy’s words', async ([page, entry]) => {
    await withPage(site(), page, async ({ page: view }) => {
      const facts = await view.locator('dl.facts dt').evaluateAll((terms) =>
        terms.map((term) => [term.textContent?.trim() ?? '', term.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim() ?? '']),
      );
      const row = (label: string) => facts.find(([term]) => term === label)?.[1] ?? '';
      for (const form of entry.damagedForms) {
        expect(row('In damaged copies')).toContain(`“${form}”`);
        expect(row('Also written')).not.toContain(form);
      }
      expect(row('In damaged copies')).toContain('not a name it goes by');
      for (const alias of entry.aliases) expect(row('Also written')).toContain(alias);
    });
  });
});

describe('quotations and their speakers', () => {
  interface QuotationCase {
    slug: string;
    /** Part of the quoted words, as the source writes them. */
    words: string;
    speaker: string;
  }

  const BBC = 'bbc-hegseth-orders-pause-in-cyber-operations';
  const TECHCRUNCH = 'techcrunch-us-suspends-offensive-cyber-operations';
  const QUOTATIONS: QuotationCase[] = [
    { slug: BBC, words: 'playing with World War Three', speaker: 'donald-trump' },
    { slug: BBC, words: 'There isn’t a greater priority', speaker: 'senior-defence-official' },
    { slug: BBC, words: 'all kinds of carrots and sticks', speaker: 'mike-waltz' },
    { slug: BBC, words: 'You are not going to bring', speaker: 'marco-rubio' },
    { slug: BBC, words: 'a critical strategic mistake', speaker: 'chuck-schumer' },
    { slug: BBC, words: 'a free pass as Russia', speaker: 'chuck-schumer' },
    { slug: TECHCRUNCH, words: 'discuss the information, plans or operations', speaker: 'senior-defence-official' },
    { slug: TECHCRUNCH, words: 'CISA remains committed', speaker: 'tricia-mclaughlin' },
    { slug: TECHCRUNCH, words: 'There has been no change', speaker: 'tricia-mclaughlin' },
    { slug: TECHCRUNCH, words: 'constant cyberspace', speaker: 'us-intelligence-community' },
  ];

  test.for(QUOTATIONS)(
    '“$words” is on the page of $speaker, and its link lands on the paragraph that says it',
    async ({ slug, words, speaker }) => {
      await withPage(site(), `actors/${speaker}/`, async ({ page, errors }) => {
        const figure = page
          .locator('section[aria-labelledby="quotations"] figure.quotation')
          .filter({ has: page.locator('blockquote', { hasText: words }) });
        expect(await figure.count(), `“${words}” listed once under "What ${actor(speaker).name} said"`).toBe(1);
        const link = figure.locator('figcaption .meta a[href*="#p"]');
        const href = (await link.getAttribute('href')) ?? '';
        const target = paragraphOf(href);
        expect(target.slug).toBe(slug);
        expect(await figure.locator('blockquote').getAttribute('cite')).toBe(href);
        await link.click();
        await page.waitForURL((url) => url.pathname === sourceHref(slug) && url.hash === `#${target.id}`);
        const paragraph = page.locator(':target');
        expect(await paragraph.getAttribute('id')).toBe(target.id);
        expect(await paragraph.evaluate((element) => element.tagName)).toBe('P');
        expect(await paragraph.textContent()).toContain(words);
        expect(errors).toEqual([]);
      });
    },
  );

  test.for(QUOTATIONS)('“$words” is listed on $slug as said by $speaker', async ({ slug, words, speaker }) => {
    const { quoted, paragraphs } = await sourcePage(slug);
    const listed = quoted.filter((quotation) => quotation.text.includes(words));
    expect(listed, `“${words}” under "Who is quoted"`).toHaveLength(1);
    const [quotation] = listed;
    expect(quotation?.speakerHref).toBe(actorHref(speaker));
    expect(quotation?.speakerName).toBe(actor(speaker).name);
    const target = paragraphOf(quotation?.href ?? '');
    expect(target.slug).toBe(slug);
    expect(paragraphs.get(target.id), `#${target.id} holds the words`).toContain(words);
  });

  test('every attributed quotation of a source is on its speaker’s page, and actor pages list no other', async () => {
    const fromSources = new Map<string, string[]>();
    for (const source of sourceList) {
      const { quoted, quotedSummary } = await sourcePage(source.slug);
      // "N direct quotations; the text names the speaker of M."
      if (quoted.length > 0) {
        expect(numberIn(quotedSummary, /^(\d+) direct quotations?/)).toBe(quoted.length);
        expect(namedSpeakersIn(quotedSummary)).toBe(quoted.filter((quotation) => quotation.speakerHref || quotation.asWritten).length);
      }
      for (const quotation of quoted) {
        // A speaker link, a name as written (never a link), or the line saying there is none: exactly one.
        const shown = [quotation.speakerHref !== null, quotation.asWritten !== null, quotation.unattributed].filter(Boolean).length;
        expect(shown, `“${quotation.text}” has a speaker link, a name as written, or says it has none`).toBe(1);
        if (quotation.speakerHref === null) continue;
        const id = actorIdOf(quotation.speakerHref);
        if (!id) throw new Error(`speaker link ${quotation.speakerHref} is not an actor page`);
        fromSources.set(id, [...(fromSources.get(id) ?? []), `${quotation.href} ${quotation.text}`]);
      }
    }
    expect(fromSources.size, 'some quotation has a speaker').toBeGreaterThan(0);
    for (const { id, name } of actorList) {
      const page = await actorPage(id);
      const listed = page.quotations.map((quotation) => `${quotation.href} ${quotation.text}`);
      expect(listed.toSorted(), `quotations on ${id}'s page`).toEqual((fromSources.get(id) ?? []).toSorted());
      // On the speaker's own page the speaker line is left out.
      expect(page.quotations.filter((quotation) => quotation.speakerHref !== null || quotation.asWritten !== null || quotation.unattributed)).toEqual([]);
      const counted = page.inTheSources === 'not named in any source' ? 0 : numberIn(page.inTheSources, /; (\d+) quotations?$/);
      expect(counted, `${name}: quotations counted under "In the sources"`).toBe(page.quotations.length);
    }
  });
});

describe('outlets are never speakers', () => {
  const outletNames = new Set(outletList.flatMap((outlet) => [outlet.name, ...outlet.aliases]));

  test('every speaker on every source page is an actor with a page, never an outlet', async () => {
    let speakers = 0;
    for (const source of sourceList) {
      for (const quotation of (await sourcePage(source.slug)).quoted) {
        if (quotation.speakerHref === null) continue;
        speakers += 1;
        const id = actorIdOf(quotation.speakerHref);
        expect(id, `${quotation.speakerHref} on ${source.slug} points into actors/`).toBeDefined();
        expect(actorsById.has(id ?? ''), `${id} is an actor of content/actors/`).toBe(true);
        expect(outletIds.has(id ?? ''), `${id} is not an outlet`).toBe(false);
        expect(outletNames.has(quotation.speakerName ?? ''), `${quotation.speakerName} is not an outlet`).toBe(false);
      }
    }
    expect(speakers).toBeGreaterThan(0);
  });

  test.for(outletList)('outlet $id has no actor page', async ({ id }) => {
    expect(actorsById.has(id), `content/actors/${id}.md would make the outlet an actor`).toBe(false);
    expect(await statusOf(`actors/${id}/`)).toBe(404);
  });

  test('an outlet that passed the words on is named as the way they came, not as the speaker', async () => {
    await withPage(site(), `sources/bbc-hegseth-orders-pause-in-cyber-operations/`, async ({ page }) => {
      const figure = page
        .locator('section[aria-labelledby="quoted"] figure.quotation')
        .filter({ has: page.locator('blockquote', { hasText: 'all kinds of carrots and sticks' }) });
      expect(await figure.locator('.speaker').innerText()).toBe('— Mike Waltz');
      expect(await figure.locator('.meta').innerText()).toContain('through CNN');
    });
  });
});

describe('mention links in the sources', () => {
  test.for(sourceList)('$slug: every mention link goes to the actor (or outlet) it names, once per paragraph', async ({ slug }) => {
    const { mentions } = await sourcePage(slug);
    for (const mention of mentions) {
      const where = `“${mention.text}” (${mention.href}) in ${mention.paragraph ?? 'no paragraph'}`;
      expect(mention.inSourceBody, `${where} is in the article text`).toBe(true);
      expect(mention.inHeading, `${where} is not in a heading`).toBe(false);
      expect(mention.inLink, `${where} is not inside another link`).toBe(false);
      expect(mention.block, `${where} is in a paragraph`).toBeGreaterThanOrEqual(0);
      if (mention.type === 'outlet') {
        // Outlets the source names link to their own pages, never to an actor page.
        const id = outletIdOf(mention.href);
        expect(outletIds.has(id ?? ''), `${where} links to an outlet of content/outlets/`).toBe(true);
        expect(mention.kind).toBe('outlet');
      } else {
        expect(mention.type, `${where} is an actor or outlet mention`).toBe('actor');
        const id = actorIdOf(mention.href);
        expect(id, `${where} links to an actor page`).toBeDefined();
        expect(mention.kind, `${where} carries the actor's kind`).toBe(actor(id ?? '').kind);
      }
    }
    expect(mentions.filter((mention) => mention.type === 'actor').length, 'the source names some actor').toBeGreaterThan(0);
    const perBlock = mentions.map((mention) => `${mention.block} ${mention.href}`);
    expect(perBlock.filter((key, index) => perBlock.indexOf(key) !== index), 'two links to one actor in one paragraph').toEqual([]);
    for (const href of new Set(mentions.map((mention) => mention.href))) {
      expect(await statusOf(href), `${href} is served`).toBe(200);
    }
  });

  test('BBC ¶7 links the full "Defence Secretary Pete Hegseth", once, to his page', async () => {
    await withPage(site(), 'sources/bbc-hegseth-orders-pause-in-cyber-operations/', async ({ page }) => {
      const links = page.locator(`#p7 a.mention[href="${actorHref('pete-hegseth')}"]`);
      expect(await links.count()).toBe(1);
      expect(await links.innerText()).toBe('Defence Secretary Pete Hegseth');
      await links.click();
      await page.waitForURL((url) => url.pathname === actorHref('pete-hegseth'));
      expect(await page.locator('h1').innerText()).toBe(actor('pete-hegseth').name);
    });
  });

  test('each actor page lists exactly the paragraphs whose mention links point at it', async () => {
    let compared = 0;
    for (const { id } of actorList) {
      const { mentionGroups } = await actorPage(id);
      const listed = mentionGroups.flatMap((group) => group.paragraphHrefs).toSorted();
      const linked: string[] = [];
      for (const source of sourceList) {
        for (const mention of (await sourcePage(source.slug)).mentions) {
          if (mention.href === actorHref(id) && mention.paragraph) linked.push(`${sourceHref(source.slug)}#${mention.paragraph}`);
        }
      }
      expect(listed, `"Every mention" on ${id}'s page`).toEqual(linked.toSorted());
      compared += listed.length;
    }
    expect(compared).toBeGreaterThan(0);
  });
});

describe('the actor index', () => {
  interface IndexSection {
    kind: string;
    heading: string;
    cards: { href: string; name: string; meta: string }[];
  }

  function indexSections(): Promise<IndexSection[]> {
    return withPage(site(), 'actors/', ({ page }) =>
      page.locator('main section[aria-labelledby^="kind-"]').evaluateAll((sections) =>
        sections.map((section) => ({
          kind: (section.getAttribute('aria-labelledby') ?? '').replace(/^kind-/, ''),
          heading: section.querySelector('h2')?.textContent ?? '',
          cards: [...section.querySelectorAll('li.card')].map((card) => ({
            href: card.querySelector('h3 a')?.getAttribute('href') ?? '',
            name: card.querySelector('h3 a')?.textContent ?? '',
            meta: [...card.querySelectorAll('p.meta')].at(-1)?.textContent ?? '',
          })),
        })),
      ),
    );
  }

  test('each kind is a section whose heading counts its cards, and each card links to an actor of that kind', async () => {
    const sections = await indexSections();
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      expect(numberIn(section.heading, /\((\d+)\)\s*$/), `count in "${section.heading}"`).toBe(section.cards.length);
      for (const card of section.cards) {
        const id = actorIdOf(card.href);
        expect(id, `${card.href} is an actor page`).toBeDefined();
        const listed = actor(id ?? '');
        expect(card.name).toBe(listed.name);
        expect(listed.kind).toBe(section.kind);
        expect(await statusOf(card.href), `${card.href} is served`).toBe(200);
      }
    }
    expect(sections.flatMap((section) => section.cards.map((card) => card.href)).toSorted()).toEqual(
      actorList.map((listed) => actorHref(listed.id)).toSorted(),
    );
  });

  test('each card shows the mentions and quotations its actor page lists', async () => {
    let quoted = 0;
    for (const section of await indexSections()) {
      for (const card of section.cards) {
        const page = await actorPage(actorIdOf(card.href) ?? '');
        const mentions = page.sourceRows.reduce((sum, row) => sum + row.mentions, 0);
        if (mentions === 0) expect(card.meta).toMatch(/^Not named in the sources/);
        else expect(card.meta).toMatch(new RegExp(`^${mentions} mentions? in ${page.sourceRows.length} sources?`));
        if (page.quotations.length === 0) {
          expect(card.meta, card.name).not.toMatch(/quotation/);
        } else {
          quoted += 1;
          expect(card.meta, card.name).toMatch(new RegExp(`· ${page.quotations.length} quotations?$`));
        }
      }
    }
    expect(quoted, 'some actor is quoted').toBeGreaterThan(0);
  });
});

describe('what an actor page counts', () => {
  test.for(actorList)('$id: "Which sources name" agrees with "Every mention"', async ({ id }) => {
    const page = await actorPage(id);
    expect(page.status).toBe(200);
    expect(page.mentionGroups.map((group) => group.href)).toEqual(page.sourceRows.map((row) => row.href));
    for (const [index, row] of page.sourceRows.entries()) {
      const group = page.mentionGroups[index];
      expect(group?.paragraphHrefs, `paragraphs listed for ${row.href}`).toHaveLength(row.paragraphs);
      expect(numberIn(group?.heading ?? '', /(\d+) mentions?\)$/), `count in "${group?.heading}"`).toBe(row.mentions);
      expect(row.mentions, 'a paragraph that names the actor names it at least once').toBeGreaterThanOrEqual(row.paragraphs);
      for (const href of group?.paragraphHrefs ?? []) expect(sourceHref(paragraphOf(href).slug)).toBe(row.href);
    }
    const total = page.sourceRows.reduce((sum, row) => sum + row.mentions, 0);
    if (total === 0) expect(page.inTheSources).toBe('not named in any source');
    else expect(page.inTheSources).toMatch(new RegExp(`^${total} mentions? in ${page.sourceRows.length} sources?;`));
  });

  test('Donald Trump is named in several paragraphs of every source', async () => {
    const page = await actorPage('donald-trump');
    expect(page.sourceRows.map((row) => row.href).toSorted()).toEqual(sourceList.map((source) => sourceHref(source.slug)).toSorted());
    for (const group of page.mentionGroups) expect(group.paragraphHrefs.length).toBeGreaterThan(1);
  });

  test('"Named alongside" links to actors that name the actor back, with the paragraphs they share', async () => {
    // Paragraphs that link to each actor, from the source pages (outlets are never "alongside").
    const paragraphsOf = new Map<string, Set<string>>();
    for (const source of sourceList) {
      for (const mention of (await sourcePage(source.slug)).mentions) {
        const id = actorIdOf(mention.href);
        if (id === undefined) continue;
        paragraphsOf.set(id, (paragraphsOf.get(id) ?? new Set()).add(`${source.slug}#${mention.paragraph}`));
      }
    }
    let links = 0;
    for (const { id } of actorList) {
      const { alongside } = await actorPage(id);
      const shown = alongside.map((other) => ({
        id: actorIdOf(other.href) ?? other.href,
        paragraphs: numberIn(other.label, /\((\d+) paragraphs?\)$/),
      }));
      const own = paragraphsOf.get(id) ?? new Set<string>();
      const expected = [...paragraphsOf]
        .filter(([other]) => other !== id)
        .map(([other, theirs]) => ({ id: other, paragraphs: [...theirs].filter((paragraph) => own.has(paragraph)).length }))
        .filter((other) => other.paragraphs > 0);
      expect(shown.toSorted((a, b) => a.id.localeCompare(b.id)), `"Named alongside" on ${id}'s page`).toEqual(
        expected.toSorted((a, b) => a.id.localeCompare(b.id)),
      );
      const counts = shown.map((other) => other.paragraphs);
      expect(counts, 'most often first').toEqual(counts.toSorted((a, b) => b - a));
      for (const other of alongside) {
        expect(await statusOf(other.href), `${other.href} is served`).toBe(200);
        links += 1;
      }
    }
    expect(links).toBeGreaterThan(0);
  });
});

describe('searching for actors', () => {
  test('an actor’s surname finds the actor’s page', async () => {
    await withPage(site(), 'search/', async ({ page, errors }) => {
      const { hrefs, status } = await searchFor(page, 'Schumer');
      expect(hrefs, status).toContain(actorHref('chuck-schumer'));
      expect(errors).toEqual([]);
    });
  });

  test('words of a quotation find the speaker’s page and the source', async () => {
    await withPage(site(), 'search/', async ({ page }) => {
      const { hrefs, status } = await searchFor(page, 'critical strategic mistake');
      expect(hrefs, status).toEqual(
        expect.arrayContaining([actorHref('chuck-schumer'), sourceHref('bbc-hegseth-orders-pause-in-cyber-operations')]),
      );
    });
  });
});

describe('the build report', () => {
  interface Report {
    h1: string;
    robots: string | null;
    canonical: number;
    names: { name: string; kind: string; hrefs: string[] }[];
    namesSummary: string;
    quotationsSummary: string;
    unattributed: { href: string; text: string }[];
  }

  function report(): Promise<Report> {
    return withPage(site(), 'build-report/', async ({ page, status }) => {
      expect(status).toBe(200);
      return {
        h1: await page.locator('h1').innerText(),
        robots: await page.locator('meta[name="robots"]').getAttribute('content'),
        canonical: await page.locator('link[rel="canonical"]').count(),
        names: await page.locator('#unknown-names ~ table tbody tr').evaluateAll((rows) =>
          rows.map((row) => ({
            name: row.querySelectorAll('td')[0]?.textContent ?? '',
            kind: row.querySelectorAll('td')[1]?.textContent ?? '',
            hrefs: [...row.querySelectorAll('td a')].map((link) => link.getAttribute('href') ?? ''),
          })),
        ),
        namesSummary: (await page.locator('#unknown-names + p').textContent()) ?? '',
        quotationsSummary: (await page.locator('#unattributed + p').textContent()) ?? '',
        unattributed: await page.locator('#unattributed ~ ul > li').evaluateAll((items) =>
          items.map((item) => ({ href: item.querySelector('a')?.getAttribute('href') ?? '', text: item.textContent ?? '' })),
        ),
      };
    });
  }

  /** Whether `form` occurs in `text` as whole words, as the registry matches it (capitalised forms by case). */
  function containsForm(text: string, form: string): boolean {
    const straight = (value: string) => value.replace(/’/g, "'");
    const flags = form === form.toLowerCase() ? 'iu' : 'u';
    return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(straight(form))}(?![\\p{L}\\p{N}])`, flags).test(straight(text));
  }

  test('is headed "Build report" and kept out of search engines', async () => {
    const { h1, robots, canonical } = await report();
    expect(h1).toBe('Build report');
    expect(robots).toBe('noindex');
    expect(canonical).toBe(0);
  });

  test('lists no name that an actor or outlet covers', async () => {
    const { names, namesSummary } = await report();
    const forms = [...actorList, ...outletList].flatMap((entry) => [entry.name, ...entry.aliases]);
    expect(forms).toContain('Hegseth');
    if (names.length > 0) expect(numberIn(namesSummary, /^(\d+) names?/)).toBe(names.length);
    for (const { name } of names) {
      expect(name.trim()).not.toBe('');
      expect(forms.filter((form) => containsForm(name, form)), `"${name}" contains a registry name`).toEqual([]);
    }
    expect(names.map(({ name }) => name)).not.toContain('Hegseth');
  });

  test('its paragraph links land on paragraphs that say what it lists', async () => {
    const { names, unattributed } = await report();
    for (const { name, hrefs } of names) {
      expect(hrefs.length, `"${name}" has a place`).toBeGreaterThan(0);
      for (const href of hrefs) {
        const { slug, id } = paragraphOf(href);
        const { status, paragraphs } = await sourcePage(slug);
        expect(status).toBe(200);
        // A person named in full once may be named later by surname alone.
        expect(paragraphs.get(id), `${href} names "${name}"`).toContain(name.split(' ').at(-1));
      }
    }
    for (const { href, text } of unattributed) {
      const { slug, id } = paragraphOf(href);
      const words = /“(.+?)”/.exec(text)?.[1] ?? '';
      expect(words, `quoted words in "${text}"`).not.toBe('');
      expect((await sourcePage(slug)).paragraphs.get(id), `${href} holds “${words}”`).toContain(words);
    }
  });

  test('its quotation totals agree with the source pages', async () => {
    const { quotationsSummary, unattributed } = await report();
    let total = 0;
    let attributed = 0;
    for (const source of sourceList) {
      const { quoted } = await sourcePage(source.slug);
      total += quoted.length;
      attributed += quoted.filter((quotation) => quotation.speakerHref !== null).length;
    }
    expect(quotationsSummary).toMatch(
      new RegExp(`^${total} direct quotations? in ${sourceList.length} sources?; the text establishes the speaker of ${attributed}\\.`),
    );
    expect(unattributed).toHaveLength(total - attributed);
  });

  test('the about page links to it', async () => {
    await withPage(site(), 'about/', async ({ page }) => {
      const link = page.locator('main a', { hasText: 'build report' });
      expect(await link.count()).toBe(1);
      await link.click();
      await page.waitForURL((url) => url.pathname === `${site().base}build-report/`);
      expect(await page.locator('h1').innerText()).toBe('Build report');
    });
  });
});
