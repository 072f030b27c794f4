/**
 * rehype plugin, trusted (runs after sanitising and after paragraph anchors): on a source
 * page, marks every direct quotation that cleaning altered, so no reader takes restored
 * words for the speaker's own without being told. The quotation is wrapped and followed by
 * a marker linking to the list of altered quotations below the text.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';

export interface QuotationMark {
  paragraph: number;
  text: string;
}

export interface AlteredQuotationOptions {
  /** Altered quotations by source slug. */
  bySlug: ReadonlyMap<string, readonly QuotationMark[]>;
  /** The slug of a file (by path), or undefined when the file is not a source. */
  slugOf: (path: string) => string | undefined;
}

/** Id of the list the markers point to. */
export const ALTERED_QUOTATIONS_ID = 'altered-quotations';

function marked(quotation: string, number: number): ElementContent[] {
  return [
    { type: 'element', tagName: 'span', properties: { className: ['altered-quotation'] }, children: [{ type: 'text', value: quotation }] },
    {
      type: 'element',
      tagName: 'a',
      properties: {
        className: ['quotation-marker'],
        href: `#${ALTERED_QUOTATIONS_ID}-${number}`,
        ariaLabel: 'This quotation was altered by cleaning: see how',
        dataPagefindIgnore: '',
      },
      children: [{ type: 'text', value: '†' }],
    },
  ];
}

/**
 * Splits the first text child from `from` on that contains the quotation around it, and
 * returns the index of the child after the quotation; undefined when none contains it.
 */
function markIn(paragraph: Element, quotation: string, number: number, from: number): number | undefined {
  for (let index = from; index < paragraph.children.length; index += 1) {
    const child = paragraph.children[index]!;
    if (child.type !== 'text') continue;
    const at = child.value.indexOf(quotation);
    if (at === -1) continue;
    const parts = ([
      { type: 'text', value: child.value.slice(0, at) },
      ...marked(quotation, number),
      { type: 'text', value: child.value.slice(at + quotation.length) },
    ] satisfies ElementContent[]).filter((part) => part.type !== 'text' || part.value !== '');
    paragraph.children.splice(index, 1, ...parts);
    const rest = parts.at(-1)!;
    return index + parts.length - (rest.type === 'text' ? 1 : 0);
  }
  return undefined;
}

const rehypeAlteredQuotations: Plugin<[AlteredQuotationOptions], Root> = function (options) {
  return (tree, file) => {
    const slug = options.slugOf(file.path ?? '');
    const marks = slug === undefined ? undefined : options.bySlug.get(slug);
    if (!marks || marks.length === 0) return;
    const paragraphs = new Map<string, Element>();
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'p' && typeof node.properties.id === 'string') {
        paragraphs.set(node.properties.id, node);
      }
    }
    // A paragraph's quotations are listed in reading order, so each is looked for after the
    // one before: searching from the paragraph's start for each one was quadratic in a
    // paragraph with thousands of them.
    const resume = new Map<Element, number>();
    marks.forEach((mark, index) => {
      const paragraph = paragraphs.get(`p${mark.paragraph}`);
      if (!paragraph) return;
      const next = markIn(paragraph, mark.text, index + 1, resume.get(paragraph) ?? 0);
      if (next !== undefined) {
        resume.set(paragraph, next);
      } else {
        // The quotation spans markup (a link, emphasis): mark the paragraph's end instead.
        paragraph.children.push({ type: 'text', value: ' ' }, ...marked('', index + 1).slice(1));
      }
    });
  };
};

export default rehypeAlteredQuotations;
