/**
 * The tree the cleaning passes share: an mdast root whose children are the article's
 * blocks (one optional level-1 heading for the headline, then paragraphs), each holding
 * a single text node. Passes change that text only through `editBlock` (or `rewriteBlocks`,
 * built on it), which records every change; nothing else may edit text, so nothing changes
 * off the record. Each block also keeps where the words of its earlier changes now stand,
 * moved along by every later edit, so the record can mark exactly those words for readers.
 */
import type { Heading, Paragraph, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { Change, ChangeEvidence, Confidence } from '../../src/schemas/cleaning-record.ts';
import { meaningChanges } from '../../src/language/en/meaning-bearing.ts';
import { matchesOf } from './word-start-matches.ts';

/** Where the words of one recorded change stand in a block's current text. */
export interface ChangeSpan {
  /** Index of the change in `file.data.changes`. */
  change: number;
  start: number;
  end: number;
}

declare module 'mdast' {
  interface ParagraphData {
    /** 1-based number of the raw line block this paragraph was read from. */
    rawParagraph?: number;
    /** The spans of the changes made in this block, in the block's current text. */
    changeSpans?: ChangeSpan[];
  }
  interface HeadingData {
    /** 1-based number of the raw line block the headline was read from. */
    rawParagraph?: number;
    /** The spans of the changes made in this block, in the block's current text. */
    changeSpans?: ChangeSpan[];
  }
}

/** A change as a pass records it; the final paragraph number and span are filled in at the end. */
export type PendingChange = Omit<Change, 'paragraph' | 'location' | 'span'>;

declare module 'vfile' {
  interface DataMap {
    /** Raw line blocks of the seed, in order. */
    rawParagraphs: string[];
    /** Changes in the order the passes made them. */
    changes: PendingChange[];
  }
}

export type Block = Heading | Paragraph;

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

/**
 * Whether [start, end) overlaps one of `spans` (in text order, not overlapping, as
 * `quotationSpans` finds them). A binary search: a pass that records thousands of changes
 * in one paragraph asks once per change, and a scan of every span made that quadratic.
 */
function overlapsAny(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  // The first span that ends after `start` is the only one that can begin before `end`.
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]![1] > start) high = middle;
    else low = middle + 1;
  }
  const span = spans[low];
  return span !== undefined && span[0] < end;
}

/**
 * Answers "is [start, end) in a quotation?" for one text, its quotations found once: a pass
 * that records many changes in a paragraph asks this per change, and finding the quotations
 * again each time rescanned the whole paragraph per change.
 */
export function quotationLookup(text: string): (start: number, end?: number) => boolean {
  const spans = quotationSpans(text);
  return (start, end = start + 1) => overlapsAny(spans, start, end);
}

export function isInQuotation(text: string, start: number, end: number = start + 1): boolean {
  return overlapsAny(quotationSpans(text), start, end);
}

/** Thrown when a change claims certainty that its evidence cannot carry; the caller locates it. */
export class UnsupportedCertaintyError extends Error {
  readonly change: PendingChange;

  constructor(change: PendingChange) {
    super(
      `"${change.before}" → "${change.after}" can change ${change.meaning.join(', ')} and cites no evidence the build can check, so it cannot be certain: cite another source's paragraph or this copy's own words as evidence, or make it probable or a guess.`,
    );
    this.name = 'UnsupportedCertaintyError';
    this.change = change;
  }
}

/**
 * Records one change on the file, as typed data for the record. Returns its index.
 * A certain change that can alter a claim must carry evidence.
 */
export function recordChange(file: VFile, change: PendingChange): number {
  if (change.confidence === 'certain' && change.meaning.length > 0 && !change.evidence) throw new UnsupportedCertaintyError(change);
  const changes = (file.data.changes ??= []);
  changes.push(change);
  // The typed record is the record: no unified message as well. A VFileMessage is an Error,
  // its stack captured on creation, and nothing read them; at a million changes per 50 MB
  // they cost a tenth of the cleaning time.
  return changes.length - 1;
}

/** What a rule decides about one stretch of a block's text. */
export interface Edit {
  /** [start, end) in the block's text as the pass sees it. */
  start: number;
  end: number;
  /** The text that replaces it ('' removes it). */
  after: string;
  /** Rule id, `<family>/<rule>` (families and their documentation: rule-families.ts). */
  ruleId: string;
  /** One line saying why, for readers. */
  reason: string;
  /**
   * `typographic`: a change of form (spacing, punctuation, marks, case, a word printed
   * twice, an encoding repaired), with no meaning to weigh. `wording`: words changed; the
   * change is weighed for what it can alter in a claim.
   */
  kind: 'typographic' | 'wording';
  /** How sure the rule is; certain when not given (a form never found in correct text). */
  confidence?: Confidence;
  /** For wording changes: the checkable evidence it rests on. */
  evidence?: ChangeEvidence;
  /** For wording changes chosen by a language model: the readings it weighed, best first. */
  candidates?: Change['candidates'];
}

/**
 * Maps a position through edits applied at once (sorted, not overlapping, in the old
 * text's coordinates): a position inside an edit goes to the start (`side` 'start') or the
 * end ('end') of what replaced it; after it, it moves by the edit's change in length. A
 * binary search over the edits keeps this logarithmic per position.
 */
function mapPosition(position: number, edits: readonly Edit[], shifts: readonly number[], side: 'start' | 'end'): number {
  // The last edit that starts before the position (at it, for an end).
  let low = 0;
  let high = edits.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = edits[middle]?.start ?? 0;
    if (side === 'start' ? start < position : start < position || (start === position && (edits[middle]?.end ?? 0) > position)) low = middle + 1;
    else high = middle;
  }
  const index = low - 1;
  if (index < 0) return position;
  const edit = edits[index] as Edit;
  const shiftBefore = shifts[index] ?? 0;
  const newStart = edit.start + shiftBefore;
  if (position >= edit.end) return position + shiftBefore + edit.after.length - (edit.end - edit.start);
  return side === 'start' ? newStart : newStart + edit.after.length;
}

/**
 * Applies a pass's edits to one block: each is recorded as a change, the block's text is
 * rebuilt once, and the words of earlier changes keep their spans. Edits must be sorted by
 * start and not overlap. Returns the new text.
 */
export function editBlock(file: VFile, block: Block, edits: readonly Edit[]): string {
  const text = blockText(block);
  if (edits.length === 0) return text;
  const inQuotation = quotationLookup(text);
  // Cumulative change in length before each edit, for mapping positions.
  const shifts: number[] = [];
  let shift = 0;
  let output = '';
  let cursor = 0;
  const spans = (block.data ??= {}).changeSpans ?? [];
  const added: ChangeSpan[] = [];
  for (const edit of edits) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > text.length) throw new RangeError(`${edit.ruleId}: edits must be sorted, within the text, and not overlap`);
    shifts.push(shift);
    const before = text.slice(edit.start, edit.end);
    const wording = edit.kind === 'wording';
    const index = recordChange(file, {
      ruleId: edit.ruleId,
      before,
      after: edit.after,
      rawParagraph: rawParagraphOf(block),
      offset: edit.start,
      inQuotation: inQuotation(edit.start, Math.max(edit.end, edit.start + 1)),
      reason: edit.reason,
      confidence: edit.confidence ?? 'certain',
      meaning: wording ? meaningChanges(before, edit.after) : [],
      ...(edit.evidence ? { evidence: edit.evidence } : {}),
      ...(edit.candidates ? { candidates: edit.candidates } : {}),
    });
    output += text.slice(cursor, edit.start) + edit.after;
    added.push({ change: index, start: edit.start + shift, end: edit.start + shift + edit.after.length });
    shift += edit.after.length - (edit.end - edit.start);
    cursor = edit.end;
  }
  const next = output + text.slice(cursor);
  for (const span of spans) {
    span.start = mapPosition(span.start, edits, shifts, 'start');
    span.end = Math.max(span.start, mapPosition(span.end, edits, shifts, 'end'));
  }
  block.data.changeSpans = [...spans, ...added];
  setBlockText(block, next);
  return next;
}

/** Flags a passage as damaged and left as received: recorded as a change of nothing, a guess at best. */
export function flagPassage(file: VFile, block: Block, start: number, end: number, flag: { ruleId: string; reason: string }): void {
  const text = blockText(block);
  const index = recordChange(file, {
    ruleId: flag.ruleId,
    before: text.slice(start, end),
    after: text.slice(start, end),
    rawParagraph: rawParagraphOf(block),
    offset: start,
    inQuotation: isInQuotation(text, start, end),
    reason: flag.reason,
    confidence: 'guess',
    meaning: [],
  });
  ((block.data ??= {}).changeSpans ??= []).push({ change: index, start, end });
}

/** A replacement that names its own rule (a lexicon entry), overriding the rewrite's. */
export interface RuledReplacement {
  after: string;
  ruleId: string;
  reason: string;
  /** Overrides the rewrite's confidence (a lexicon entry gated on damage is only probable). */
  confidence?: Confidence;
  /** The readings a language model weighed, best first (the un-spinner's). */
  candidates?: Change['candidates'];
}

export interface Rewrite {
  /** Rule id, `<family>/<rule>` (families and their documentation: rule-families.ts). */
  ruleId: string;
  /** A global regular expression; each match is offered to `replace`. */
  pattern: RegExp;
  /**
   * A quick test every text holding a match passes (a pattern's telling pair of characters):
   * a text that fails it is not scanned with `pattern`, whose look-behinds make it try every
   * letter.
   */
  mayMatch?: RegExp;
  /** The replacement for a match, or null to leave it alone. */
  replace: (match: RegExpExecArray, text: string) => string | RuledReplacement | null;
  /** One line saying why, for readers. */
  reason: string;
  /** A change of form or of words (see `Edit.kind`). */
  kind: Edit['kind'];
  /** For wording rewrites: how sure their changes are, unless a replacement says otherwise. */
  confidence?: Confidence;
}

/**
 * Matches of one pattern (by source and flags) in each paragraph text, for one document: a
 * match depends on nothing but the pattern and the text, and every round of the fixed-point
 * loop scans the same paragraphs again, most of them unchanged since the last round. Kept
 * per document (a WeakMap on its file), so nothing is carried from one copy to the next.
 */
const matchesByFile = new WeakMap<VFile, Map<string, Map<string, RegExpExecArray[]>>>();

/**
 * Each pattern's memo key, made once per pattern object: a lexicon's pattern is thousands of
 * characters long, and a key built afresh at every call was a new string to hash every time.
 */
const patternKeys = new WeakMap<RegExp, string>();

/** The memo of one pattern's matches by text, for one document. */
function matchMemo(file: VFile, pattern: RegExp): Map<string, RegExpExecArray[]> {
  let byPattern = matchesByFile.get(file);
  if (!byPattern) matchesByFile.set(file, (byPattern = new Map()));
  let key = patternKeys.get(pattern);
  if (key === undefined) patternKeys.set(pattern, (key = `${pattern.flags}/${pattern.source}`));
  let byText = byPattern.get(key);
  if (!byText) byPattern.set(key, (byText = new Map()));
  return byText;
}

/** Applies a rewrite to every block's text, recording each match it changes. */
export function rewriteBlocks(tree: Root, file: VFile, rewrite: Rewrite): void {
  if (!rewrite.pattern.global) throw new TypeError(`${rewrite.ruleId}: pattern must be global`);
  const memo = matchMemo(file, rewrite.pattern);
  for (const block of blocksOf(tree)) {
    const text = blockText(block);
    const edits: Edit[] = [];
    let matches = memo.get(text);
    if (!matches) {
      memo.set(text, (matches = rewrite.mayMatch && !rewrite.mayMatch.test(text) ? [] : matchesOf(rewrite.pattern, text)));
    }
    for (const match of matches) {
      const result = rewrite.replace(match, text);
      if (result === null) continue;
      const replacement = typeof result === 'string' ? result : result.after;
      if (replacement === match[0]) continue;
      edits.push({
        start: match.index,
        end: match.index + match[0].length,
        after: replacement,
        ruleId: typeof result === 'string' ? rewrite.ruleId : result.ruleId,
        reason: typeof result === 'string' ? rewrite.reason : result.reason,
        kind: rewrite.kind,
        confidence: (typeof result === 'string' ? undefined : result.confidence) ?? rewrite.confidence,
        ...(typeof result !== 'string' && result.candidates ? { candidates: result.candidates } : {}),
      });
    }
    editBlock(file, block, edits);
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
    confidence: 'certain',
    meaning: [],
  });
}
