/**
 * The editors' prose cites source paragraphs, and every factual sentence must: this reads a
 * Markdown text (a bio, a timeline event, the explainer) into its sentences and the
 * citations each carries, in one place for the content check, the build report and the
 * open data.
 *
 * A citation is a link `[BBC ¶7](source:<slug>#p7 "the words it rests on")`: the link title,
 * when given, is the words of the cited paragraph the sentence relies on, which the build
 * checks are there and the page shows beside the citation. A sentence that states no fact
 * about the events (a definition of our own terms, a sentence about the site) is marked
 * `<!-- not a claim -->` right after it, and is then exempt.
 */
import type { Html, Link, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { english } from '../language/en/index.ts';

/** `source:<slug>#p<n>`: the one shape of a citation's address. */
export const CITATION_URL = /^source:([a-z0-9-]+)#p(\d+)$/;

/** The comment that marks the sentence before it as stating no fact about the events. */
export const NOT_A_CLAIM = /^<!--\s*not a claim\b[^>]*-->$/i;

/** One citation in the prose. */
export interface ProseCitation {
  /** Slug of the cited source; undefined when the address is malformed. */
  source?: string;
  /** 1-based paragraph. */
  paragraph?: number;
  /** The address as written. */
  url: string;
  /** The words of the paragraph the citation rests on (the link's title), when given. */
  words?: string;
  /** The link's text as written ("BBC ¶7"); empty for a reference definition. */
  label: string;
  /** 1-based line in the Markdown. */
  line: number;
}

/** One sentence of the prose, and what makes it acceptable. */
export interface ProseSentence {
  text: string;
  /** 1-based line where it starts. */
  line: number;
  citations: ProseCitation[];
  /** Marked as stating no fact about the events. */
  exempt: boolean;
}

export interface ProseReading {
  citations: ProseCitation[];
  sentences: ProseSentence[];
}

/** A stretch of a block's flattened text, and the node behind it. */
interface Piece {
  start: number;
  end: number;
  citation?: ProseCitation;
  notAClaim?: boolean;
  line: number;
}

function citationOf(link: Link): ProseCitation {
  const match = CITATION_URL.exec(link.url);
  return {
    url: link.url,
    ...(match ? { source: match[1], paragraph: Number(match[2]) } : {}),
    ...(link.title ? { words: link.title } : {}),
    label: toString(link),
    line: link.position?.start.line ?? 1,
  };
}

/** Blocks whose text is prose: paragraphs (in lists, quotes and tables too); headings are titles, not claims. */
function blocks(tree: Root): Array<{ children: Nodes[]; line: number }> {
  const found: Array<{ children: Nodes[]; line: number }> = [];
  const walk = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      found.push({ children: node.children, line: node.position?.start.line ?? 1 });
      return;
    }
    if (node.type === 'heading' || node.type === 'code' || node.type === 'html') return;
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return found;
}

/** A block's inline content as text, with where each citation and marker falls in it. */
function flatten(children: readonly Nodes[], line: number): { text: string; pieces: Piece[] } {
  let text = '';
  const pieces: Piece[] = [];
  const visit = (node: Nodes) => {
    const start = text.length;
    const at = node.position?.start.line ?? line;
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
    else if (node.type === 'break') text += ' ';
    else if (node.type === 'html') {
      if (NOT_A_CLAIM.test((node as Html).value.trim())) pieces.push({ start, end: start, notAClaim: true, line: at });
      return;
    } else if ('children' in node) for (const child of node.children) visit(child as Nodes);
    if (node.type === 'link' && (node as Link).url.startsWith('source:')) pieces.push({ start, end: text.length, citation: citationOf(node as Link), line: at });
  };
  for (const child of children) visit(child);
  return { text, pieces };
}

/** Reads prose Markdown (front matter removed) into sentences and citations. */
export function readProse(markdown: string, lineOffset = 0): ProseReading {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const citations: ProseCitation[] = [];
  const sentences: ProseSentence[] = [];
  // Reference definitions count as citations too, for the address checks.
  const walkDefinitions = (node: Nodes) => {
    if (node.type === 'definition' && node.url.startsWith('source:')) {
      citations.push(citationOf({ type: 'link', url: node.url, title: node.title ?? null, children: [], position: node.position }));
    }
    if ('children' in node) for (const child of node.children) walkDefinitions(child as Nodes);
  };
  walkDefinitions(tree);
  for (const block of blocks(tree)) {
    const { text, pieces } = flatten(block.children, block.line);
    citations.push(...pieces.flatMap((piece) => (piece.citation ? [{ ...piece.citation, line: piece.citation.line + lineOffset }] : [])));
    // The dossier's own prose is written in English (the site's language).
    const spans = english.splitSentences(text);
    spans.forEach((span, index) => {
      const next = spans[index + 1]?.start ?? Number.POSITIVE_INFINITY;
      const sentence = text.slice(span.start, span.end).trim();
      if (!/\p{L}/u.test(sentence)) return;
      // A citation inside the sentence, or right after it (before the next one begins).
      const own = pieces.filter((piece) => piece.start < next && piece.end > span.start - 1 && piece.start >= span.start);
      sentences.push({
        text: sentence,
        line: (own[0]?.line ?? block.line) + lineOffset,
        citations: own.flatMap((piece) => (piece.citation ? [{ ...piece.citation, line: piece.citation.line + lineOffset }] : [])),
        exempt: own.some((piece) => piece.notAClaim === true),
      });
    });
  }
  return { citations, sentences };
}

/** Sentences with neither a citation nor the not-a-claim marker. */
export function uncitedSentences(reading: ProseReading): ProseSentence[] {
  return reading.sentences.filter((sentence) => sentence.citations.length === 0 && !sentence.exempt);
}
