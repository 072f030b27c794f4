/**
 * Rebuilding Pagefind excerpts as text runs. jsdom and happy-dom are not installed, so the
 * DOMParser is stood in for by a small adapter over parse5 (hast-util-from-html), which
 * parses HTML by the same WHATWG algorithm as a browser; it offers exactly what
 * `excerptParts` reads: `body.childNodes`, `nodeName`, `textContent`.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../../../src/search/excerpt.ts';

interface FakeNode {
  nodeName: string;
  textContent: string | null;
}

function textContent(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textContent).join('');
  return '';
}

function toFakeNode(node: ElementContent): FakeNode {
  if (node.type === 'element') return { nodeName: node.tagName.toUpperCase(), textContent: textContent(node) };
  if (node.type === 'text') return { nodeName: '#text', textContent: node.value };
  return { nodeName: '#comment', textContent: node.value };
}

function findBody(tree: Root): Element {
  const html = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html');
  const body = html?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'body');
  if (!body) throw new Error('no body');
  return body;
}

/** A stand-in for `new DOMParser().parseFromString(html, 'text/html')`, as far as excerptParts looks. */
function parse(html: string): Document {
  const nodes = findBody(fromHtml(html)).children.map(toFakeNode);
  const fake = { body: { childNodes: nodes } };
  // The test double covers only the members excerptParts uses.
  return fake as unknown as Document;
}

describe('excerptParts', () => {
  it('splits an excerpt into plain and marked runs, in order', () => {
    expect(excerptParts('Pete <mark>Hegseth</mark> ordered a <mark>pause</mark>.', parse)).toEqual([
      { text: 'Pete ', marked: false },
      { text: 'Hegseth', marked: true },
      { text: ' ordered a ', marked: false },
      { text: 'pause', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('decodes entities into text, so escaped markup stays text', () => {
    expect(excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>&quot;x&quot;</mark>', parse)).toEqual([
      { text: '<script>alert(1)</script> & ', marked: false },
      { text: '"x"', marked: true },
    ]);
  });

  it('keeps only the text of any other element, unmarked, and drops empty ones', () => {
    expect(excerptParts('<b>bold</b><img src="x" onerror="alert(1)"><mark><i>both</i></mark>', parse)).toEqual([
      { text: 'bold', marked: false },
      { text: 'both', marked: true },
    ]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptParts('', parse)).toEqual([]);
  });

  /**
   * HTML parsing (in a browser too) drops whitespace that comes before the first content of
   * the body; everything after it is kept.
   */
  function withoutLeadingSpace(pieces: ReadonlyArray<{ text: string; marked: boolean }>): string {
    let leading = true;
    return pieces
      .map(({ text, marked }) => {
        if (!leading) return text;
        if (marked) {
          leading = false;
          return text;
        }
        const trimmed = text.replace(/^ +/, '');
        if (trimmed !== '') leading = false;
        return trimmed;
      })
      .join('');
  }

  it('never loses or adds text: the runs join to the excerpt’s text', () => {
    const piece = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '&', '<', '>', '"'), maxLength: 8 }).map((text) => ({ text, marked: false })),
      fc.string({ unit: fc.constantFrom('x', 'y', ' '), minLength: 1, maxLength: 5 }).map((text) => ({ text, marked: true })),
    );
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const html = pieces.map(({ text, marked }) => (marked ? `<mark>${escape(text)}</mark>` : escape(text))).join('');
        const parts = excerptParts(html, parse);
        expect(parts.map((part) => part.text).join('')).toBe(withoutLeadingSpace(pieces));
        expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual(pieces.filter((p) => p.marked).map((p) => p.text));
      }),
      { numRuns: 500 },
    );
  });
});
