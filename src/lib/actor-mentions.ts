/**
 * Where an actor is mentioned across sources: paragraph by paragraph, with a short snippet
 * around the first mention in each paragraph.
 */
import { findMentions } from './mentions';

export interface ParagraphMention {
  /** 1-based paragraph number. */
  paragraph: number;
  /** Mentions in the paragraph. */
  count: number;
  /** Text around the first mention, with the mention split out for emphasis. */
  snippet: { before: string; mention: string; after: string };
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

export function mentionsInParagraphs(paragraphs: readonly string[], names: readonly string[]): ParagraphMention[] {
  const result: ParagraphMention[] = [];
  paragraphs.forEach((text, index) => {
    const mentions = findMentions(text, names);
    const first = mentions[0];
    if (!first) return;
    result.push({
      paragraph: index + 1,
      count: mentions.length,
      snippet: {
        before: trimStart(text.slice(0, first.index)),
        mention: first.text,
        after: trimEnd(text.slice(first.index + first.text.length)),
      },
    });
  });
  return result;
}
