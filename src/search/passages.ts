/**
 * Where on a page a search matched, as links to the passage: a source's numbered paragraph
 * (`#p14`) or a heading with an id. Pagefind's own sub-results split pages on headings only,
 * so the passages are computed here from what Pagefind returns for every result: `content`
 * (the indexed text, whose words `locations` count), `locations` (the matching words) and
 * `anchors` (every element with an id, with the word it starts at).
 *
 * Each link also carries a text fragment (`#p14:~:text=…`) naming the matched words with a
 * few words of context either side, so the browser scrolls to them and highlights them with
 * no script on the page it opens. Where the context cannot be trusted to read the same on
 * the page as in the index (see `BOUNDARY`), it is cut short; a browser that cannot match
 * the fragment still lands on the paragraph or heading.
 */
import type { ExcerptPart } from './excerpt';
import type { PagefindResultData } from './pagefind-types';

export interface Passage {
  /** Id of the element the passage starts at (`p14`, `quotations`); empty for the text before the first. */
  id: string;
  /** Paragraph number, for a source's numbered paragraph. */
  paragraph: number | undefined;
  /** Heading text, for a passage under a heading. */
  heading: string | undefined;
  /** Matching words in the passage. */
  hits: number;
  excerpt: ExcerptPart[];
  href: string;
}

interface Section {
  id: string;
  paragraph: number | undefined;
  heading: string | undefined;
  /** First word of the section in the page's content, the first after its heading, and the word after its last. */
  start: number;
  body: number;
  end: number;
}

interface Run {
  /** First and last matching word, inclusive. */
  start: number;
  end: number;
}

const PARAGRAPH_ID = /^p(\d+)$/;
const HEADING = /^h[1-6]$/i;
const CONTEXT_WORDS = 3;
const EXCERPT_BEFORE = 8;
const EXCERPT_WORDS = 30;
const MAX_HEADING = 70;

/** Words of Pagefind's content, split as Pagefind itself splits it for excerpts. */
export function contentWords(content: string): string[] {
  return content.split(/[\r\n\s]+/g);
}

/**
 * The first word after the page's title, which opens its content, perhaps after a kicker;
 * 0 when the title is not found there. (Pagefind may have ended the title with a full stop.)
 */
function afterTitle(data: PagefindResultData, words: readonly string[]): number {
  const bare = (word: string) => word.replace(/\.$/, '');
  const title = contentWords((data.meta.title ?? '').trim()).filter((word) => word !== '');
  if (title.length === 0) return 0;
  const at = [0, 1, 2, 3].find((start) => title.every((word, index) => bare(words[start + index] ?? '') === bare(word)));
  return at === undefined ? 0 : at + title.length;
}

/** The opening words of a page after its title, for a result with no matching words (browsing). */
export function openingText(data: PagefindResultData, count = EXCERPT_WORDS): string {
  const words = contentWords(data.content.trim());
  const start = afterTitle(data, words);
  const opening = words.slice(start, start + count).join(' ');
  return start + count < words.length ? `${opening} …` : opening;
}

/**
 * The page cut at each numbered paragraph and each heading with an id, plus the text
 * between the page's title and the first of them (an actor's bio, say); matches in the
 * title itself need no passage, the result's own link covers them.
 */
function sectionsOf(data: PagefindResultData, words: readonly string[]): Section[] {
  const starts = data.anchors
    .filter((anchor) => (anchor.element.toLowerCase() === 'p' && PARAGRAPH_ID.test(anchor.id)) || (HEADING.test(anchor.element) && /\S/.test(anchor.text ?? '')))
    .sort((a, b) => a.location - b.location);
  const sections: Section[] = starts.map((anchor, index) => {
    const number = PARAGRAPH_ID.exec(anchor.id);
    const heading = HEADING.test(anchor.element) ? (anchor.text ?? '').trim().replace(/\s+/g, ' ') : undefined;
    return {
      id: anchor.id,
      paragraph: number && heading === undefined ? Number(number[1]) : undefined,
      heading: heading && heading.length > MAX_HEADING ? `${heading.slice(0, MAX_HEADING - 1).trimEnd()}…` : heading,
      start: anchor.location,
      body: anchor.location + (heading === undefined ? 0 : contentWords(heading).length),
      end: starts[index + 1]?.location ?? words.length,
    };
  });
  const leadStart = afterTitle(data, words);
  const leadEnd = sections[0]?.start ?? words.length;
  if (leadEnd > leadStart) sections.unshift({ id: '', paragraph: undefined, heading: undefined, start: leadStart, body: leadStart, end: leadEnd });
  return sections;
}

/** Consecutive matching words make one run, so a phrase is highlighted as one. */
function runsOf(locations: readonly number[]): Run[] {
  const runs: Run[] = [];
  for (const location of [...new Set(locations)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && location === last.end + 1) last.end = location;
    else runs.push({ start: location, end: location });
  }
  return runs;
}

/** A word's leading punctuation, its letters and digits, and its trailing punctuation. */
function splitWord(word: string): { lead: string; core: string; trail: string } {
  const match = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word);
  return { lead: match?.[1] ?? '', core: match?.[2] ?? '', trail: match?.[3] ?? '' };
}

/**
 * Punctuation after which the page and the index may read differently, so context never
 * reaches past it: closing quotation marks and brackets (the index leaves out what a page
 * marks `data-pagefind-ignore`, such as the † after a quotation cleaning altered) and the
 * ends of sentences (Pagefind ends each block, a heading say, with a full stop the page
 * does not have, and the next block's words are not the same run of text on the page).
 */
const BOUNDARY = /[”’"'»›)\].?!:;…]/u;

const endsAtBoundary = (word: string) => BOUNDARY.test(splitWord(word).trail);

/** Percent-encodes a text directive's part, including the `-`, `,` and `&` it uses as syntax. */
function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * A text directive (`text=prefix-,words,-suffix`) for one run of matching words, with up
 * to three words of context from the same block either side, so the browser highlights
 * these words and not the same word earlier on the page; undefined when the run is only
 * punctuation.
 */
export function textDirective(words: readonly string[], run: Run, block: { start: number; end: number }): string | undefined {
  const first = splitWord(words[run.start] ?? '');
  const last = run.end === run.start ? first : splitWord(words[run.end] ?? '');
  const middle = words.slice(run.start + 1, run.end);
  const core = run.end === run.start ? first.core : [`${first.core}${first.trail}`, ...middle, `${last.lead}${last.core}`].join(' ');
  if (!/[\p{L}\p{N}]/u.test(core)) return undefined;

  const before: string[] = [];
  for (let at = run.start - 1; at >= block.start && before.length < CONTEXT_WORDS; at -= 1) {
    const word = words[at] ?? '';
    if (endsAtBoundary(word)) break;
    before.unshift(word);
  }
  // Leading punctuation sits against the match with no space: it ends the prefix.
  if (first.lead !== '') before.push(first.lead);
  const prefix = before.join(' ');

  const after: string[] = [];
  if (!BOUNDARY.test(last.trail)) {
    // Trailing punctuation sits against the match with no space: it begins the suffix.
    if (last.trail !== '') after.push(last.trail);
    for (let at = run.end + 1; at < block.end && after.length < CONTEXT_WORDS; at += 1) {
      const word = words[at] ?? '';
      if (!endsAtBoundary(word)) {
        after.push(word);
        continue;
      }
      const { lead, core } = splitWord(word);
      if (core !== '') after.push(`${lead}${core}`);
      break;
    }
  }
  const suffix = after.join(' ');

  return `text=${prefix ? `${encodePart(prefix)}-,` : ''}${encodePart(core)}${suffix ? `,-${encodePart(suffix)}` : ''}`;
}

/** An excerpt of a section around its first match, the matching words marked. */
function sectionExcerpt(words: readonly string[], section: Section, hits: ReadonlySet<number>, firstHit: number): ExcerptPart[] {
  // A match after a heading is shown without the heading, which the link already names.
  const from = Math.max(firstHit < section.body ? section.start : section.body, firstHit - EXCERPT_BEFORE);
  const to = Math.min(section.end, from + EXCERPT_WORDS);
  const parts: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  if (from > section.body) push('… ', false);
  for (let at = from; at < to; at += 1) {
    if (at > from) push(' ', false);
    const word = words[at] ?? '';
    if (!hits.has(at)) {
      push(word, false);
      continue;
    }
    const { lead, core, trail } = splitWord(word);
    push(lead, false);
    push(core, true);
    push(trail, false);
  }
  if (to < section.end) push(' …', false);
  return parts.filter((part) => part.text !== '');
}

/**
 * The passages of a result that hold matches, at most `limit`, those with the most matches
 * first chosen and then given in page order. Matches in the page's title belong to no
 * passage: the result's own link covers them.
 */
export function passagesOf(data: PagefindResultData, limit = 3): Passage[] {
  if (data.locations.length === 0) return [];
  const words = contentWords(data.content);
  const hits = new Set(data.locations);
  const found = sectionsOf(data, words)
    .map((section, order) => ({ section, order, locations: data.locations.filter((location) => location >= section.start && location < section.end) }))
    .filter((entry) => entry.locations.length > 0);
  const chosen = found
    .sort((a, b) => b.locations.length - a.locations.length || a.order - b.order)
    .slice(0, limit)
    .sort((a, b) => a.order - b.order);
  const page = data.url.split('#')[0] ?? data.url;
  return chosen.map(({ section, locations }) => {
    const runs = runsOf(locations);
    // Context stays on the run's side of the heading: a heading and its text are separate blocks.
    const directives = runs
      .slice(0, 3)
      .map((run) => textDirective(words, run, run.start < section.body ? { start: section.start, end: section.body } : { start: section.body, end: section.end }))
      .filter((directive) => directive !== undefined);
    const fragment = directives.length > 0 ? `${section.id}:~:${[...new Set(directives)].join('&')}` : section.id;
    return {
      id: section.id,
      paragraph: section.paragraph,
      heading: section.heading,
      hits: locations.length,
      excerpt: sectionExcerpt(words, section, hits, Math.min(...locations)),
      href: fragment === '' ? page : `${page}#${fragment}`,
    };
  });
}
