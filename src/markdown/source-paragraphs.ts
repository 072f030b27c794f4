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

/** The paragraphs of a source's Markdown, with or without its front matter. */
export function sourceParagraphs(markdown: string): string[] {
  const body = splitFrontMatter(markdown)?.body ?? markdown;
  const mdast = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const hast = raw(toHast(mdast, { allowDangerousHtml: true }) as HastRoot) as HastRoot;
  return hast.children
    .filter((node): node is Element => node.type === 'element' && node.tagName === 'p')
    .map((paragraph) => toText(paragraph).replace(/\s+/g, ' ').trim());
}

export function countParagraphs(markdown: string): number {
  return sourceParagraphs(markdown).length;
}
