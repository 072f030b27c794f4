/**
 * The paragraphs of a source as plain text, numbered as its page numbers them, read from
 * the Markdown body (the same top-level paragraphs the paragraph anchors count).
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

export function sourceParagraphs(markdownBody: string): string[] {
  const tree: Root = fromMarkdown(markdownBody);
  return tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node));
}
