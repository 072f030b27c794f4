/**
 * Pagefind excerpts are HTML with `<mark>` around matches. They are rebuilt as DOM nodes
 * keeping only the marks, so nothing in an excerpt can ever become live markup.
 */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Splits excerpt HTML into plain and marked runs, decoding entities. */
export function excerptParts(html: string, parse: (html: string) => Document): ExcerptPart[] {
  const body = parse(html).body;
  const parts: ExcerptPart[] = [];
  body.childNodes.forEach((node) => {
    const text = node.textContent ?? '';
    if (text === '') return;
    parts.push({ text, marked: node.nodeName === 'MARK' });
  });
  return parts;
}
