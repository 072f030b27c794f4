/**
 * Our prose cites paragraphs as Markdown links (`[Courant ¶3](source:slug#p3 "the words")`).
 * For open data the text reads "(Courant ¶3)" and the citations are listed separately, each
 * with the words it rests on.
 */
import { INLINE_LINK } from '../citations/citation-syntax.ts';
import { readProse } from '../citations/prose-citations.ts';

/** A citation as the open data lists it. */
export interface PlainCitation {
  source: string;
  paragraph: number;
  /** The words of the paragraph the citation rests on, when the prose gives them. */
  words?: string;
}

export function citationsIn(markdown: string): PlainCitation[] {
  const seen = new Set<string>();
  const citations: PlainCitation[] = [];
  for (const citation of readProse(markdown).citations) {
    if (citation.source === undefined || citation.paragraph === undefined) continue;
    const key = `${citation.source}#${citation.paragraph}#${citation.words ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    citations.push({ source: citation.source, paragraph: citation.paragraph, ...(citation.words ? { words: citation.words } : {}) });
  }
  return citations;
}

export function plainText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(INLINE_LINK, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
