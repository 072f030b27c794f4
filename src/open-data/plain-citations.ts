/**
 * Our prose cites paragraphs as Markdown links (`[BBC ¶3](source:slug#p3)`). For open data
 * the text reads "(BBC ¶3)" and the citations are listed separately.
 */
const CITATION = /\[([^\]]*)\]\(source:([a-z0-9-]+)#p(\d+)\)/g;

export function citationsIn(markdown: string): { source: string; paragraph: number }[] {
  const seen = new Set<string>();
  const citations: { source: string; paragraph: number }[] = [];
  for (const match of markdown.matchAll(CITATION)) {
    const key = `${match[2]}#${match[3]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    citations.push({ source: match[2] ?? '', paragraph: Number(match[3]) });
  }
  return citations;
}

export function plainText(markdown: string): string {
  return markdown
    .replace(CITATION, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
