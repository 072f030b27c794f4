/**
 * One paragraph as attribution reads it: its view (paragraph-view.ts: quotations blanked,
 * sentences, registry names, lookups prepared once), the names it writes that the registry
 * does not have (written-names.ts), and the answers worked out for it that several
 * quotations ask for again (the subject of one verb, the cue of one quotation), kept so
 * that each is worked out once and the work grows with the paragraph.
 */
import type { NameMatch, NameMatcher } from '../actors/name-matcher.ts';
import type { Language, Span } from '../language/language.ts';
import { ParagraphView } from './paragraph-view.ts';
import type { Finding } from './types.ts';
import { findWrittenNames, shadowedRegistryName, type WrittenName } from './written-names.ts';

/** Where a paragraph's italics are, as offsets of its plain text (from the Markdown's emphasis). */
export type Emphasis = readonly Span[];

export class Reading {
  readonly view: ParagraphView;
  /** Names the paragraph writes in capitals that the registry does not cover, in text order. */
  readonly writtenNames: readonly WrittenName[];
  /** Italic stretches of the paragraph's text. */
  readonly emphasis: Emphasis;
  /** For each registry name, the index of the last name up to it that can be the subject of a verb (-1 if none); filled by subjects.ts. */
  lastSubject: Int32Array | undefined;
  /** Worked-out answers, by what was asked and where. */
  readonly #memo = new Map<string, Map<string, unknown>>();

  constructor(number: number, text: string, matcher: Pick<NameMatcher, 'find'>, language: Language, emphasis: Emphasis = []) {
    // "Carla Reyes" is not the registry's Reyes: such names are left to the written names.
    const trusted = { find: (paragraph: string): NameMatch[] => matcher.find(paragraph).filter((name) => !shadowedRegistryName(paragraph, name)) };
    this.view = new ParagraphView(number, text, trusted, language);
    this.writtenNames = findWrittenNames(this.view.masked, this.view.names);
    this.emphasis = emphasis;
  }

  /** The answers kept for `question`, by key (the caller keeps one type of answer per question). */
  answers<T>(question: string): Map<string, T> {
    let answers = this.#memo.get(question);
    if (!answers) {
      answers = new Map();
      this.#memo.set(question, answers);
    }
    return answers as Map<string, T>;
  }

  /** The answer to `question` about `key`, worked out by `compute` the first time it is asked. */
  remember<T>(question: string, key: string | number, compute: () => T): T {
    const answers = this.answers<T>(question);
    const id = String(key);
    if (answers.has(id)) return answers.get(id) as T;
    const answer = compute();
    answers.set(id, answer);
    return answer;
  }

  /** Index in `writtenNames` of the last one ending at or before `offset` (-1 when none). */
  lastWrittenNameBy(offset: number): number {
    let low = 0;
    let high = this.writtenNames.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.writtenNames[middle]!.end > offset) high = middle;
      else low = middle + 1;
    }
    return low - 1;
  }

  /** The written names wholly inside `span`, in text order. */
  writtenNamesIn(span: Span): WrittenName[] {
    const found: WrittenName[] = [];
    for (let index = this.lastWrittenNameBy(span.end); index >= 0 && this.writtenNames[index]!.start >= span.start; index -= 1) {
      found.push(this.writtenNames[index]!);
    }
    return found.reverse();
  }
}

/** A quotation of the paragraph being attributed, with where it sits. */
export interface QuotationAt {
  reading: Reading;
  /** Its index among the paragraph's quotations. */
  position: number;
  /** The sentence it opens in, and that sentence's index. */
  sentence: Span;
  sentenceIndex: number;
}

/** What the strategies found about one quotation so far, in the order they ran. */
export type Findings = readonly Finding[];
