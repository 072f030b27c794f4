/**
 * The paragraphs of a source exactly as its page numbers them: the top-level `<p>`
 * elements of the rendered body (GFM on, raw HTML parsed), as plain text. Citation checks,
 * the compare page and actor mentions all count through here, so ¶3 means the same
 * paragraph everywhere.
 */
import type { Element, Root as HastRoot } from 'hast';
import { raw } from 'hast-util-raw';
import { toText } from 'hast-util-to-text';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
import { splitFrontMatter } from '../files/front-matter.ts';

/** The top-level `<p>` elements of the rendered body (front matter, if any, left out). */
function paragraphElements(markdown: string): Element[] {
  const body = splitFrontMatter(markdown)?.body ?? markdown;
  const mdast = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const hast = raw(toHast(mdast, { allowDangerousHtml: true }) as HastRoot) as HastRoot;
  return hast.children.filter((node): node is Element => node.type === 'element' && node.tagName === 'p');
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
  return paragraphElements(markdown).map((paragraph) => {
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
  });
}

export function countParagraphs(markdown: string): number {
  return sourceParagraphs(markdown).length;
}
