/**
 * Words and the links beside them keep their space. Astro's compiler drops the line break
 * between a line of text and an element on the next line in some places ("Resting on:" then a
 * link read "Resting on:CBS News"), which no reader should meet and no browser check sees. Every
 * built page's markup is read: a word (or a colon, a full stop…) that runs straight into a
 * link, a code span or emphasis beginning with a word, or out of one into a word, is reported
 * with its page.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, test } from 'vitest';
import { builtPages } from '../support/built-pages.ts';

/** Inline elements that hold words of a sentence. */
const INLINE = new Set(['a', 'code', 'strong', 'em', 'time', 'abbr', 'cite', 'q']);
/** Text that ends a word or a clause: what must not touch the next word without a space. */
const ENDS_WORD = /[\p{L}\p{N}:;,.)]$/u;
const STARTS_WORD = /^[\p{L}\p{N}(“]/u;
/** Where markup is not prose. */
const NOT_PROSE = new Set(['script', 'style', 'svg', 'head', 'template']);

/** The text of a sibling, if it is a text node. */
const textOf = (node: ElementContent | undefined) => (node?.type === 'text' ? node.value : undefined);

/** Each place in a page where a word and an inline element touch: "…on:⟨CBS News⟩". */
function runOns(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, 'element', (node: Element, index, parent) => {
    if (NOT_PROSE.has(node.tagName)) return 'skip';
    if (!INLINE.has(node.tagName) || !parent || index === undefined) return;
    const inside = toText(node);
    if (inside.trim() === '') return;
    const before = textOf(parent.children[index - 1] as ElementContent | undefined);
    const after = textOf(parent.children[index + 1] as ElementContent | undefined);
    if (before !== undefined && ENDS_WORD.test(before) && STARTS_WORD.test(inside)) found.push(`…${before.slice(-20)}⟨${inside.slice(0, 20)}⟩`);
    if (after !== undefined && STARTS_WORD.test(after) && ENDS_WORD.test(inside)) found.push(`⟨${inside.slice(-20)}⟩${after.slice(0, 20)}…`);
    return undefined;
  });
  return found;
}

describe('text spacing', () => {
  const pages = builtPages(inject('siteDir'));

  test('the checker finds a word run into a link, and passes one with its space', () => {
    expect(runOns(fromHtml('<p>Resting on:<a href="x">CBS News</a>’s reporting.<a href="y">How</a> it works</p>', { fragment: true }))).toEqual([
      '…Resting on:⟨CBS News⟩',
      '…’s reporting.⟨How⟩',
    ]);
    expect(runOns(fromHtml('<p>add a file to<code>content/</code>, the <em>first</em>time</p>', { fragment: true }))).toEqual(['…add a file to⟨content/⟩', '⟨first⟩time…']);
    expect(runOns(fromHtml('<p>Resting on: <a href="x">CBS News</a>’s reporting (<a href="y">BBC ¶1</a>).</p>', { fragment: true }))).toEqual([]);
  });

  test('no page runs a word into a link, code or emphasis', () => {
    expect(pages.length).toBeGreaterThan(20);
    const problems = pages.flatMap(({ file, html }) => runOns(fromHtml(html)).map((place) => `${file}: ${place}`));
    expect(problems).toEqual([]);
  });
});
