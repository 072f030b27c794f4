/**
 * The paragraphs of a source exactly as its page numbers them: the top-level `<p>`
 * elements of the rendered body (GFM on, raw HTML parsed), as plain text. Citation checks,
 * the compare page and actor mentions all count through here, so ¶3 means the same
 * paragraph everywhere.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { raw } from 'hast-util-raw';
import { toText } from 'hast-util-to-text';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';
import { isCitationUrl } from '../citations/citation-syntax.ts';
import { splitFrontMatter } from '../files/front-matter.ts';

function parseBody(markdown: string): MdastRoot {
  const body = splitFrontMatter(markdown)?.body ?? markdown;
  return fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** The top-level `<p>` elements of the rendered body. */
function paragraphElementsOf(mdast: MdastRoot): Element[] {
  const hast = raw(toHast(mdast, { allowDangerousHtml: true }) as HastRoot) as HastRoot;
  return hast.children.filter((node): node is Element => node.type === 'element' && node.tagName === 'p');
}

/** The top-level `<p>` elements of the rendered body (front matter, if any, left out). */
function paragraphElements(markdown: string): Element[] {
  return paragraphElementsOf(parseBody(markdown));
}

function plainText(paragraph: Element): string {
  return toText(paragraph).replace(/\s+/g, ' ').trim();
}

export function sourceParagraphs(markdown: string): string[] {
  return paragraphElements(markdown).map(plainText);
}

/** Italic stretches of a paragraph's plain text, as [start, end) offsets. */
export interface EmphasisSpan {
  start: number;
  end: number;
}

/** Marks put around italics to find them in the plain text: private-use characters, never in a paragraph that holds them already. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const ITALIC = new Set(['em', 'i', 'cite']);

function markItalics(node: Element): Element {
  const children = node.children.map((child) => (child.type === 'element' ? markItalics(child) : child));
  if (!ITALIC.has(node.tagName)) return { ...node, children };
  return { ...node, children: [{ type: 'text', value: OPEN }, ...children, { type: 'text', value: CLOSE }] };
}

/**
 * The italic stretches (`<em>`, `<i>`, `<cite>`: Markdown's `*…*`) of each paragraph of
 * `sourceParagraphs`, numbered the same way, as offsets of its plain text. Quotation
 * attribution reads titles of works from them. Whitespace is collapsed as `sourceParagraphs`
 * collapses it; a paragraph whose text would come out differently gets none.
 */
export function sourceParagraphEmphasis(markdown: string): EmphasisSpan[][] {
  return paragraphElements(markdown).map(emphasisOf);
}

function emphasisOf(paragraph: Element): EmphasisSpan[] {
  const plain = plainText(paragraph);
  if (plain.includes(OPEN) || plain.includes(CLOSE)) return [];
  const marked = toText(markItalics(paragraph));
  if (!marked.includes(OPEN)) return [];
  let text = '';
  let pendingSpace = false;
  const spans: EmphasisSpan[] = [];
  const opened: number[] = [];
  for (const char of marked) {
    if (char === OPEN) opened.push(text.length + (pendingSpace && text.length > 0 ? 1 : 0));
    else if (char === CLOSE) {
      const start = opened.pop();
      if (start !== undefined && text.length > start) spans.push({ start, end: text.length });
    } else if (/\s/u.test(char)) pendingSpace = true;
    else {
      if (pendingSpace && text.length > 0) text += ' ';
      pendingSpace = false;
      text += char;
    }
  }
  return text === plain ? spans.sort((a, b) => a.start - b.start) : [];
}

/** What one parse of a source's Markdown yields for the build (see parsed-source.ts, which caches it). */
export interface SourceReading {
  /** As `sourceParagraphs` gives them. */
  paragraphs: string[];
  /** As `sourceParagraphEmphasis` gives them. */
  emphasis: EmphasisSpan[][];
  /** The address of every citation link and definition (`source:…`), in document order, as the Markdown processor's citation plugin reads them. */
  citationUrls: string[];
}

/** Paragraphs, their italics and the citation addresses, from one parse. */
export function readSourceMarkdown(markdown: string): SourceReading {
  const mdast = parseBody(markdown);
  const citationUrls: string[] = [];
  visit(mdast, (node) => {
    if ((node.type === 'link' || node.type === 'definition') && isCitationUrl(node.url)) citationUrls.push(node.url);
  });
  const elements = paragraphElementsOf(mdast);
  return { paragraphs: elements.map(plainText), emphasis: elements.map(emphasisOf), citationUrls };
}

export function countParagraphs(markdown: string): number {
  return sourceParagraphs(markdown).length;
}
