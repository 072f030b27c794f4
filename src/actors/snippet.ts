/**
 * A short context snippet around a span of a paragraph: up to 70 characters either side,
 * cut at a word boundary and marked with an ellipsis where it was cut.
 */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

const CONTEXT = 70;

function trimStart(text: string): string {
  if (text.length <= CONTEXT) return text;
  const cut = text.slice(-CONTEXT);
  return `…${cut.slice(cut.indexOf(' ') + 1)}`;
}

function trimEnd(text: string): string {
  if (text.length <= CONTEXT) return text;
  const cut = text.slice(0, CONTEXT);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

export function snippetAround(text: string, start: number, end: number): Snippet {
  return { before: trimStart(text.slice(0, start)), match: text.slice(start, end), after: trimEnd(text.slice(end)) };
}
