/**
 * Words and the links beside them keep their space. Astro 7's default whitespace rules for
 * `.astro` files (`compressHTML: 'jsx'`, React's rules) remove the line break between a line
 * of text and an element that begins the next line, and between two elements on separate
 * lines ("Resting on:" then a link read "Resting on:CBS News"); a space must be written as
 * `{' '}`. No browser check sees the difference where CSS keeps the parts apart, but copied
 * text, reader modes and search excerpts run them together. Every built page's markup is
 * read: a word (or a colon, a full stop…) that runs straight into a link, a code span or
 * emphasis beginning with a word, or out of one into a word, and two such elements or spans
 * side by side with no space between, are reported with their page; so is a sentence run
 * into the next inside one text node, which the same rule makes of an expression and a line
 * of text after it, a quotation opened with a closing mark, and a straight quotation mark or
 * apostrophe in prose (a field of ours that missed the typographer).
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, test } from 'vitest';
import { builtPages } from '../support/built-pages.ts';

/** Inline elements that hold words of a sentence: checked against the text either side. */
const INLINE = new Set(['a', 'code', 'strong', 'em', 'time', 'abbr', 'cite', 'q']);
/**
 * Spans are checked only against an inline element or span right beside them: a cleaning mark
 * may wrap part of a word ("caf⟨é⟩"), but two spans side by side are two parts of a line.
 */
const BESIDE = new Set([...INLINE, 'span']);
/** Text that ends a word or a clause: what must not touch the next word without a space. */
const ENDS_WORD = /[\p{L}\p{N}:;,.)]$/u;
const STARTS_WORD = /^[\p{L}\p{N}(“]/u;
/** Where markup is not prose. */
const NOT_PROSE = new Set(['script', 'style', 'svg', 'head', 'template']);

/** The text just before an element: a text node's, or that of an element `BESIDE` it, with nothing between. */
function textBefore(node: ElementContent | undefined, inline: boolean): string | undefined {
  if (node?.type === 'text') return inline ? node.value : undefined;
  if (node?.type === 'element' && BESIDE.has(node.tagName)) return toText(node);
  return undefined;
}

/** Each place in a page where a word and an inline element touch: "…on:⟨CBS News⟩". */
function runOns(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, 'element', (node: Element, index, parent) => {
    if (NOT_PROSE.has(node.tagName)) return 'skip';
    if (!BESIDE.has(node.tagName) || !parent || index === undefined) return;
    const inline = INLINE.has(node.tagName);
    const inside = toText(node);
    if (inside.trim() === '') return;
    // An element after is checked as the next one's "before".
    const before = textBefore(parent.children[index - 1] as ElementContent | undefined, inline);
    const next = parent.children[index + 1] as ElementContent | undefined;
    const after = inline && next?.type === 'text' ? next.value : undefined;
    if (before !== undefined && ENDS_WORD.test(before) && STARTS_WORD.test(inside)) found.push(`…${before.slice(-20)}⟨${inside.slice(0, 20)}⟩`);
    if (after !== undefined && STARTS_WORD.test(after) && ENDS_WORD.test(inside)) found.push(`⟨${inside.slice(-20)}⟩${after.slice(0, 20)}…`);
    return undefined;
  });
  return found;
}

/**
 * A sentence that runs into the next inside one text node ("…the speaker of 6.A speaker is
 * given…"): the same rule drops the line break between an expression (`{summary}`) and the
 * line of text after it. A lower-case letter or digit, the stop, then a capitalised word ("A" too).
 */
const SENTENCE_RUN_ON = /[\p{Ll}\p{N}][.?!]\p{Lu}(?:\p{Ll}|\s)/u;

/**
 * A closing double quotation mark where a quotation opens: after a space or a bracket and
 * before a word or another mark. Markdown's typographer turns a straight `"` into one when
 * the next character is a curly mark (`"“…”`), so prose must write the marks it means.
 */
const CLOSING_MARK_OPENING = /(?:^|[\s(])”[\p{L}\p{N}“‘]/u;

/** Each text node of prose (outside the elements `skip`) matching `pattern`, with the words around the place. */
function textMatching(tree: Root, pattern: RegExp, skip: ReadonlySet<string> = NOT_PROSE): string[] {
  const found: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'element' && skip.has(node.tagName)) return 'skip';
    if (node.type !== 'text') return undefined;
    const match = pattern.exec(node.value);
    if (match) found.push(`…${node.value.slice(Math.max(0, match.index - 20), match.index + 22)}…`);
    return undefined;
  });
  return found;
}

/**
 * Where a straight mark is the text shown, not ours to curl: code, and the words a change
 * removed (a damaged copy's, as it had them). A copy as received is a page of such words.
 */
const AS_WRITTEN = new Set([...NOT_PROSE, 'code', 'pre', 'kbd', 'samp', 'del']);
/** A straight double quotation mark, or a straight apostrophe or single mark. */
const STRAIGHT_MARK = /["']/u;
const asReceivedPage = (file: string) => /(?:^|\/)received\/index\.html$/.test(file);

/** Each text node of prose in which one sentence runs straight into the next. */
const sentenceRunOns = (tree: Root) => textMatching(tree, SENTENCE_RUN_ON);

/** Each text node of prose in which a quotation opens with a closing mark. */
const closingMarksOpening = (tree: Root) => textMatching(tree, CLOSING_MARK_OPENING);

/**
 * Each text node of prose holding a straight quotation mark or apostrophe. Our prose, the
 * front matter fields readers read (src/schemas/prose-text.ts), the change reasons and the
 * cleaned text all carry curly marks; a straight one is a string that missed them.
 */
const straightMarks = (tree: Root) => textMatching(tree, STRAIGHT_MARK, AS_WRITTEN);

describe('text spacing', () => {
  const pages = builtPages(inject('siteDir'));

  test('the checker finds a word run into a link, and passes one with its space', () => {
    expect(runOns(fromHtml('<p>Resting on:<a href="x">CBS News</a>’s reporting.<a href="y">How</a> it works</p>', { fragment: true }))).toEqual([
      '…Resting on:⟨CBS News⟩',
      '…’s reporting.⟨How⟩',
    ]);
    expect(runOns(fromHtml('<p>add a file to<code>content/</code>, the <em>first</em>time</p>', { fragment: true }))).toEqual(['…add a file to⟨content/⟩', '⟨first⟩time…']);
    expect(runOns(fromHtml('<p><span>Changed by cleaning.</span><span><a href="x">BBC ¶10</a></span></p>', { fragment: true }))).toEqual([
      '…Changed by cleaning.⟨BBC ¶10⟩',
    ]);
    expect(runOns(fromHtml('<p>Resting on: <a href="x">CBS News</a>’s reporting (<a href="y">BBC ¶1</a>). <span>Next</span> <span class="x">removed: </span>in, caf<span class="marked">é</span></p>', { fragment: true }))).toEqual([]);
  });

  test('the checker finds one sentence run into the next, and passes abbreviations and addresses', () => {
    expect(sentenceRunOns(fromHtml('<p>the speaker of 6.A speaker is given</p>', { fragment: true }))).toEqual(['…the speaker of 6.A speaker is given…']);
    expect(sentenceRunOns(fromHtml('<p>The U.S. Army. A second sentence, at example.org and 3.5 million.</p><script>a.B</script>', { fragment: true }))).toEqual([]);
  });


  test('the checker finds a quotation opened with a closing mark, and passes marks the right way round', () => {
    expect(closingMarksOpening(fromHtml('<p>in ”“…” as the country continues”</p>', { fragment: true }))).toEqual(['…in ”“…” as the country c…']);
    expect(closingMarksOpening(fromHtml('<p>in “‘…’ as the country continues” the country. (“So”.)</p>', { fragment: true }))).toEqual([]);
  });

  test.for([
    ['runs one sentence into the next', sentenceRunOns],
    ['opens a quotation with a closing mark', closingMarksOpening],
  ] as const)('no page %s', ([, find]) => {
    const problems = pages.flatMap(({ file, html }) => find(fromHtml(html)).map((place) => `${file}: ${place}`));
    expect(problems).toEqual([]);
  });

  test('the checker finds a straight mark in prose, and passes code and the words a change removed', () => {
    expect(straightMarks(fromHtml('<p>the copy\'s "The file", restored</p>', { fragment: true }))).toEqual(['…the copy\'s "The file", restore…']);
    expect(straightMarks(fromHtml('<p>the copy’s “The file” <code>aliases: ["x"]</code> <del>the copy\'s</del></p>', { fragment: true }))).toEqual([]);
  });

  test('no page shows a straight quotation mark or apostrophe in prose (a copy as received aside)', () => {
    const problems = pages.filter(({ file }) => !asReceivedPage(file)).flatMap(({ file, html }) => straightMarks(fromHtml(html)).map((place) => `${file}: ${place}`));
    expect(problems).toEqual([]);
  });

  test('no page runs a word into a link, code, emphasis or the span beside it', () => {
    expect(pages.length).toBeGreaterThan(20);
    const problems = pages.flatMap(({ file, html }) => runOns(fromHtml(html)).map((place) => `${file}: ${place}`));
    expect(problems).toEqual([]);
  });
});
