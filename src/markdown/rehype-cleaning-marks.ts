/**
 * rehype plugin, trusted (runs after sanitising, before paragraph anchors and mention
 * links): on a source page, wraps the words each cleaning mark covers (see
 * cleaning-marks.ts) and follows them with a small link to the reason, written out on the
 * same page. Marks are placed by their offsets in the paragraph's text; where the page's
 * text at that place is not what the record says (a renderer changed a character), the
 * nearest place with those words is used, and a mark that cannot be placed is put at the
 * paragraph's end rather than dropped, so no doubt goes unshown. A paragraph whose damage
 * cleaning did not undo is marked as a whole: a class on the paragraph and a note at its
 * start, before the reader reads a word of it.
 *
 * Placing a mark walks its paragraph's children, which grow with every mark; so a paragraph
 * draws at most MAX_MARKS_ON_WORDS marks on its words (real paragraphs carry a few dozen at
 * most) and ends with one note saying how many more there are and linking to the first of
 * them. Without the bound, a 1 MB paragraph of tens of thousands of changes took minutes.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { Plugin } from 'unified';
import type { CleaningMark } from './cleaning-marks.ts';

export interface CleaningMarkOptions {
  /** The marks of each source, by slug. */
  bySlug: ReadonlyMap<string, readonly CleaningMark[]>;
  /** The slug of a file (by path), or undefined when the file is not a source. */
  slugOf: (path: string) => string | undefined;
  /** Where a change's reason is written (its row on the page of the source's changes that holds it), by slug, anchor and page. */
  changeHref: (slug: string, anchor: string, page: number) => string;
}

/** Length of the article's text under a node (the notes this plugin adds are not the article's). */
function textLength(node: ElementContent): number {
  if (node.type === 'text') return node.value.length;
  if (node.type === 'element') return isOurs(node) ? 0 : node.children.reduce((sum, child) => sum + textLength(child), 0);
  return 0;
}

/** The article's text under a node. */
function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return isOurs(node) ? '' : node.children.map(textOf).join('');
  return '';
}

const OPENING_MARKS = new Set(['“', '"', '„', '«']);
const CLOSING_MARKS = new Set(['”', '"', '»']);

/**
 * The link after marked words. Its symbol (or, for a quotation, its word) is drawn by the
 * stylesheet from its class, not written into the text: the article's text stays exactly
 * the article's, so copying a sentence, a browser's find, and the text fragments that
 * highlight evidence (`#p3:~:text=…`) all read the words alone. Its accessible name says
 * what the mark means.
 */
function note(mark: CleaningMark, href: string): Element {
  const quotation = mark.kind === 'quotation';
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: quotation ? ['mark-note', 'quotation-note', `quotation-note-${mark.status}`] : ['mark-note', `mark-${mark.kind}`],
      href,
      ariaLabel: mark.label,
      // Navigation, not the article's words: kept out of search excerpts.
      dataPagefindIgnore: '',
    },
    children: [],
  };
}

/** The note opening a paragraph whose wording is still the damaged copy's; its words are drawn by the stylesheet. */
function paragraphNote(mark: CleaningMark, href: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['mark-note', 'paragraph-note'], href, ariaLabel: mark.label, dataPagefindIgnore: '' },
    children: [],
  };
}

function wrapper(mark: CleaningMark, children: ElementContent[]): Element {
  const className = mark.kind === 'quotation' ? ['quoted', `quoted-${mark.status}`] : ['marked', `marked-${mark.kind}`];
  return { type: 'element', tagName: 'span', properties: { className }, children };
}

/**
 * Wraps [start, end) of `parent`'s text, descending into the child that holds the whole
 * range; a range that would cut through an element already there is narrowed to whole
 * children (marks never cross one another or a link). Returns false when nothing could be
 * wrapped.
 */
/** Where a note goes when the marked words are inside a link (a mention): after the link, never inside it. */
interface NoteHost {
  parent: Element;
  after: ElementContent;
}

function wrapRange(parent: Element, start: number, end: number, mark: CleaningMark, href: string, host?: NoteHost): boolean {
  let offset = 0;
  const spans = parent.children.map((child) => {
    const from = offset;
    offset += textLength(child);
    return { child, from, to: offset };
  });
  const holder = spans.find(({ child, from, to }) => child.type === 'element' && from <= start && end <= to && !(from === start && to === end));
  if (holder && holder.child.type === 'element' && !isOurs(holder.child)) {
    // A link may not hold another: inside a mention, the note waits after the mention.
    const inner = host ?? (holder.child.tagName === 'a' ? { parent, after: holder.child } : undefined);
    return wrapRange(holder.child, start - holder.from, end - holder.from, mark, href, inner);
  }
  let first = spans.findIndex(({ to }) => to > start);
  let last = spans.findLastIndex(({ from }) => from < end);
  if (first < 0 || last < first) return false;
  // Text nodes are split at the range's ends; an element cut by an end is left out.
  const split = (index: number, at: number): void => {
    const span = spans[index];
    if (!span || span.child.type !== 'text' || at <= span.from || at >= span.to) return;
    const text = span.child as Text;
    const head: Text = { type: 'text', value: text.value.slice(0, at - span.from) };
    const tail: Text = { type: 'text', value: text.value.slice(at - span.from) };
    parent.children.splice(index, 1, head, tail);
    spans.splice(index, 1, { child: head, from: span.from, to: at }, { child: tail, from: at, to: span.to });
  };
  split(last, end);
  split(first, start);
  first = spans.findIndex(({ from, to }) => to > start && from >= start);
  last = spans.findLastIndex(({ from, to }) => from < end && to <= end);
  if (first < 0 || last < first) return false;
  const covered = parent.children.slice(first, last + 1);
  if (host) {
    parent.children.splice(first, last - first + 1, wrapper(mark, covered));
    // After the link and after any note already placed behind it.
    let at = host.parent.children.indexOf(host.after) + 1;
    while (at < host.parent.children.length && host.parent.children[at]?.type === 'element' && isOurs(host.parent.children[at] as Element)) at += 1;
    host.parent.children.splice(at, 0, note(mark, href));
  } else {
    parent.children.splice(first, last - first + 1, wrapper(mark, covered), note(mark, href));
  }
  return true;
}

/** Marks and notes of this plugin: a later mark nests inside them, never splits them. */
function isOurs(element: Element): boolean {
  const classes = element.properties.className;
  return Array.isArray(classes) && classes.some((name) => name === 'mark-note');
}

/** Where the mark's words stand in the paragraph: at its offsets if the text agrees, else the nearest place that has them. */
function place(text: string, mark: CleaningMark): [number, number] | undefined {
  let found: [number, number] | undefined;
  if (mark.end <= text.length && (mark.text === undefined || text.slice(mark.start, mark.end) === mark.text)) found = [mark.start, mark.end];
  else if (mark.text !== undefined) {
    const candidates: number[] = [];
    for (let at = text.indexOf(mark.text); at !== -1; at = text.indexOf(mark.text, at + 1)) candidates.push(at);
    if (candidates.length === 0) return undefined;
    const nearest = candidates.reduce((best, at) => (Math.abs(at - mark.start) < Math.abs(best - mark.start) ? at : best));
    found = [nearest, nearest + mark.text.length];
  }
  // A quotation is marked with its marks, so its note follows the closing one.
  if (found && mark.kind === 'quotation' && OPENING_MARKS.has(text.charAt(found[0] - 1)) && CLOSING_MARKS.has(text.charAt(found[1]))) {
    found = [found[0] - 1, found[1] + 1];
  }
  return found;
}

/** The most marks a paragraph draws on its words; past it, one note counts the rest. */
export const MAX_MARKS_ON_WORDS = 250;

/** The note ending a paragraph that has more marks than it draws: how many, and a link to the first. */
function moreNote(count: number, href: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['mark-note', 'mark-more'],
      href,
      ariaLabel: `${count.toLocaleString('en-US')} more marks of doubt in this paragraph, not drawn on its words (a paragraph shows at most ${MAX_MARKS_ON_WORDS}): see the first`,
      dataPagefindIgnore: '',
    },
    children: [],
  };
}

const rehypeCleaningMarks: Plugin<[CleaningMarkOptions], Root> = function (options) {
  return (tree, file) => {
    const slug = options.slugOf(file.path ?? '');
    const marks = slug === undefined ? undefined : options.bySlug.get(slug);
    if (!marks || marks.length === 0) return;
    // A quotation's standing is on this page; a change's reason on the changes page.
    const hrefOf = (mark: CleaningMark) => (mark.kind === 'quotation' ? `#${mark.target}` : options.changeHref(slug ?? '', mark.target, mark.page ?? 1));
    // Numbered as the paragraph anchors will number them: the top-level paragraphs, in order.
    const paragraphs = tree.children.filter((node): node is Element => node.type === 'element' && node.tagName === 'p');
    const byParagraph = Map.groupBy(marks, (mark) => mark.paragraph);
    for (const [number, allMarks] of byParagraph) {
      const paragraph = paragraphs[number - 1];
      if (!paragraph) continue;
      const whole = allMarks.find((mark) => mark.kind === 'unrestored');
      const paragraphMarks = whole ? allMarks.filter((mark) => mark !== whole) : allMarks;
      // Wrapping adds no article text (notes are ours), so the paragraph's text is read once.
      let text = textOf(paragraph);
      for (const mark of paragraphMarks.slice(0, MAX_MARKS_ON_WORDS)) {
        const href = hrefOf(mark);
        const where = place(text, mark);
        if (!where || !wrapRange(paragraph, where[0], where[1], mark, href)) {
          paragraph.children.push({ type: 'text', value: ' ' }, note(mark, href));
          text += ' ';
        }
      }
      const rest = paragraphMarks.slice(MAX_MARKS_ON_WORDS);
      if (rest[0]) paragraph.children.push({ type: 'text', value: ' ' }, moreNote(rest.length, hrefOf(rest[0])));
      // Last, so that the words' offsets above are the paragraph's own.
      if (whole) {
        const classes = paragraph.properties.className;
        paragraph.properties.className = [...(Array.isArray(classes) ? classes : []), 'unrestored'];
        // No space of text after it (the stylesheet spaces it): the paragraph's text stays the article's.
        paragraph.children.unshift(paragraphNote(whole, hrefOf(whole)));
      }
    }
  };
};

export default rehypeCleaningMarks;
