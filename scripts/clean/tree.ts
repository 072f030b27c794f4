/**
 * The tree the cleaning passes share: an mdast root whose children are the article's
 * blocks (one optional level-1 heading for the headline, then paragraphs), each holding
 * a single text node. Passes rewrite that text through `rewriteBlocks`, which records
 * every change; nothing else may edit text, so nothing changes off the record.
 */
import type { Heading, Paragraph, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { Change } from '../../src/schemas/cleaning-record.ts';

declare module 'mdast' {
  interface ParagraphData {
    /** 1-based number of the raw line block this paragraph was read from. */
    rawParagraph?: number;
  }
  interface HeadingData {
    /** 1-based number of the raw line block the headline was read from. */
    rawParagraph?: number;
  }
}

/** A change as a pass records it; the final paragraph number is filled in at the end. */
export type PendingChange = Omit<Change, 'paragraph' | 'location'>;

declare module 'vfile' {
  interface DataMap {
    /** Raw line blocks of the seed, in order. */
    rawParagraphs: string[];
    /** Changes in the order the passes made them. */
    changes: PendingChange[];
  }
}

export type Block = Heading | Paragraph;

/** Source name on every message the cleaner emits, in the unified style. */
export const MESSAGE_SOURCE = 'dossier-clean';

export function blockText(block: Block): string {
  const first = block.children[0];
  return first?.type === 'text' ? first.value : '';
}

export function setBlockText(block: Block, value: string): void {
  const text: Text = { type: 'text', value };
  block.children = [text];
}

/** Comparison key for whole paragraphs: case, spacing and quotation-mark style do not count. */
export function comparable(text: string): string {
  return text
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function rawParagraphOf(block: Block): number {
  return block.data?.rawParagraph ?? 0;
}

export function blocksOf(tree: Root): Block[] {
  return tree.children.filter(
    (node): node is Block => node.type === 'paragraph' || node.type === 'heading',
  );
}

/** All block texts joined, for document-wide judgements (classification, context). */
export function documentText(tree: Root): string {
  return blocksOf(tree).map(blockText).join('\n\n');
}

/**
 * Spans of direct quotation in a text: curly “…” pairs and straight "…" pairs.
 * An unclosed quotation runs to the end of the text (news copy often continues a
 * quotation into the next paragraph without closing it).
 */
export function quotationSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const pattern = /“[^”]*(?:”|$)|"[^"]*(?:"|$)/g;
  for (const match of text.matchAll(pattern)) {
    spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

function overlapsAny(spans: Array<[number, number]>, start: number, end: number): boolean {
  return spans.some(([from, to]) => start < to && end > from);
}

export function isInQuotation(text: string, start: number, end: number = start + 1): boolean {
  return overlapsAny(quotationSpans(text), start, end);
}

/** Records one change on the file: as typed data for the record, and as a unified message. */
export function recordChange(file: VFile, change: PendingChange): void {
  (file.data.changes ??= []).push(change);
  const message = file.info(change.reason, { ruleId: change.ruleId, source: MESSAGE_SOURCE });
  message.actual = change.before;
  message.expected = [change.after];
}

/** A replacement that names its own rule (a lexicon entry), overriding the rewrite's. */
export interface RuledReplacement {
  after: string;
  ruleId: string;
  reason: string;
  confidence?: Change['confidence'];
  candidates?: Change['candidates'];
}

export interface Rewrite {
  /** Rule id, `<pass>/<rule>`. */
  ruleId: string;
  /** A global regular expression; each match is offered to `replace`. */
  pattern: RegExp;
  /** The replacement for a match, or null to leave it alone. */
  replace: (match: RegExpExecArray, text: string) => string | RuledReplacement | null;
  /** One line saying why, for readers. */
  reason: string;
}

/** Applies a rewrite to every block's text, recording each match it changes. */
export function rewriteBlocks(tree: Root, file: VFile, rewrite: Rewrite): void {
  if (!rewrite.pattern.global) throw new TypeError(`${rewrite.ruleId}: pattern must be global`);
  for (const block of blocksOf(tree)) {
    const text = blockText(block);
    let output = '';
    let cursor = 0;
    // Found once per block, and only if something changes: keeps long texts linear.
    let spans: Array<[number, number]> | undefined;
    rewrite.pattern.lastIndex = 0;
    for (const match of text.matchAll(rewrite.pattern)) {
      const result = rewrite.replace(match, text);
      if (result === null) continue;
      const replacement = typeof result === 'string' ? result : result.after;
      if (replacement === match[0]) continue;
      output += text.slice(cursor, match.index) + replacement;
      cursor = match.index + match[0].length;
      recordChange(file, {
        ruleId: typeof result === 'string' ? rewrite.ruleId : result.ruleId,
        before: match[0],
        after: replacement,
        rawParagraph: rawParagraphOf(block),
        offset: match.index,
        inQuotation: overlapsAny((spans ??= quotationSpans(text)), match.index, match.index + match[0].length),
        reason: typeof result === 'string' ? rewrite.reason : result.reason,
        ...(typeof result !== 'string' && result.confidence ? { confidence: result.confidence } : {}),
        ...(typeof result !== 'string' && result.candidates ? { candidates: result.candidates } : {}),
      });
    }
    if (cursor > 0) setBlockText(block, output + text.slice(cursor));
  }
}

/** Removes a block from the tree, recording the whole of its text as the change. */
export function removeBlock(
  tree: Root,
  file: VFile,
  block: Block,
  change: Pick<PendingChange, 'ruleId' | 'reason'>,
): void {
  tree.children = tree.children.filter((node) => node !== block);
  recordChange(file, {
    ...change,
    before: blockText(block),
    after: '',
    rawParagraph: rawParagraphOf(block),
    offset: 0,
    inQuotation: false,
  });
}
