/**
 * A paragraph as quotation attribution reads it: its text with the quotations blanked out,
 * its quotations, sentences and registry names, and the lookups attribution makes for every
 * quotation, each prepared once per paragraph. Attribution asks, per quotation, for the last
 * reporting verb or clause boundary before it in its sentence, the names in a stretch of the
 * text, the tidied words of a clause; answering each by reading the sentence or the list of
 * names again made a paragraph of thousands of quotations or names quadratic. Here a pattern
 * is scanned once per sentence, names and commas are found by binary search, and tidied
 * words are slices of the paragraph tidied once (cleaned-spans.ts).
 */
import { PrefixMatches, type PrefixMatch } from '../lib/prefix-matches.ts';
import { CleanedSpans } from './cleaned-spans.ts';
import type { NameMatch, NameMatcher } from '../actors/name-matcher.ts';
import { blankQuotations, QUOTATION_MASK } from '../language/blank-quotations.ts';
import type { Language, QuotedSpan, Span } from '../language/language.ts';


/** The first index in `0..length` for which `after` holds (it must hold for every later index too). */
function firstIndex(length: number, after: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (after(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

export class ParagraphView {
  /** 1-based paragraph number. */
  readonly number: number;
  readonly text: string;
  /** The text with every quotation blanked out, same length. */
  readonly masked: string;
  readonly quotations: readonly QuotedSpan[];
  readonly sentences: readonly Span[];
  /** Registry names outside quotations, in text order. */
  readonly names: readonly NameMatch[];
  /** For each quotation, the index of the sentence it opens in; -1 when none holds it. */
  readonly sentenceOfQuotation: readonly number[];
  /** The masked text's tidied words, for any span. */
  readonly cleaned: CleanedSpans;
  /** For each sentence, the quotations that open in it: [first, end) indexes. */
  readonly #quotationsOfSentence: readonly (readonly [number, number])[];
  /** Offsets of the commas of the masked text. */
  readonly #commas: readonly number[];
  /** Each outlet named, with the indexes of its names in `names`. */
  readonly #outletNames = new Map<string, number[]>();
  readonly #matches = new Map<RegExp, Map<string, PrefixMatches>>();

  /** `language` is the source's: it cuts the paragraph's quotations and sentences. */
  constructor(number: number, text: string, matcher: Pick<NameMatcher, 'find'>, language: Language) {
    this.number = number;
    this.text = text;
    const quotations = language.findQuotations(text);
    this.quotations = quotations;
    this.masked = blankQuotations(text, quotations);
    this.sentences = language.splitSentences(text, quotations);

    // Names and quotations are both in text order: walked together.
    let next = 0;
    this.names = matcher.find(text).filter((name) => {
      while (next < quotations.length && quotations[next]!.outer.end <= name.start) next += 1;
      const quotation = quotations[next];
      return !(quotation && name.start >= quotation.outer.start);
    });
    this.names.forEach((name, index) => {
      if (name.target.type !== 'outlet') return;
      const list = this.#outletNames.get(name.target.id);
      if (list) list.push(index);
      else this.#outletNames.set(name.target.id, [index]);
    });

    // Quotations and sentences are both in text order: walked together.
    const sentences = this.sentences;
    let sentence = 0;
    this.sentenceOfQuotation = quotations.map(({ outer }) => {
      while (sentence < sentences.length && sentences[sentence]!.end <= outer.start) sentence += 1;
      const holder = sentences[sentence];
      return holder && outer.start >= holder.start ? sentence : -1;
    });
    const ranges = sentences.map((): [number, number] => [0, 0]);
    this.sentenceOfQuotation.forEach((holder, index) => {
      const range = ranges[holder];
      if (!range) return;
      if (range[1] === 0) range[0] = index;
      range[1] = index + 1;
    });
    this.#quotationsOfSentence = ranges;

    const commas: number[] = [];
    for (let at = this.masked.indexOf(','); at !== -1; at = this.masked.indexOf(',', at + 1)) commas.push(at);
    this.#commas = commas;
    this.cleaned = new CleanedSpans(this.masked, QUOTATION_MASK);
  }

  /**
   * The last match of a global `pattern` in the masked text from `sentence.start` to `end`,
   * as a scan of that stretch would find it; the sentence is scanned once per pattern.
   */
  lastMatch(pattern: RegExp, sentence: Span, end: number): PrefixMatch | undefined {
    const found = this.#sentenceMatches(pattern, sentence).lastBefore(end - sentence.start);
    return found && { index: found.index + sentence.start, end: found.end + sentence.start, value: found.value };
  }

  /** Every match of a global `pattern` in the masked text of `sentence`, in order; the sentence is scanned once per pattern. */
  matchesIn(pattern: RegExp, sentence: Span): PrefixMatch[] {
    return this.#sentenceMatches(pattern, sentence).all.map((found) => ({ index: found.index + sentence.start, end: found.end + sentence.start, value: found.value }));
  }

  /** The first match of a global `pattern` in the masked text of `sentence` that starts at or after `from` and ends by `end`. */
  firstMatch(pattern: RegExp, sentence: Span, from: number, end: number): PrefixMatch | undefined {
    const all = this.#sentenceMatches(pattern, sentence).all;
    const found = all[firstIndex(all.length, (index) => all[index]!.index + sentence.start >= from)];
    return found && found.end + sentence.start <= end ? { index: found.index + sentence.start, end: found.end + sentence.start, value: found.value } : undefined;
  }

  #sentenceMatches(pattern: RegExp, sentence: Span): PrefixMatches {
    let bySentence = this.#matches.get(pattern);
    if (!bySentence) {
      bySentence = new Map();
      this.#matches.set(pattern, bySentence);
    }
    const key = `${sentence.start}:${sentence.end}`;
    let matches = bySentence.get(key);
    if (!matches) {
      matches = new PrefixMatches(pattern, this.masked.slice(sentence.start, sentence.end));
      bySentence.set(key, matches);
    }
    return matches;
  }

  /** Indexes of the quotations that open in sentence `index`: [first, end). */
  quotationsOf(index: number): readonly [number, number] {
    return this.#quotationsOfSentence[index] ?? [0, 0];
  }

  /** The offset of the last comma in [start, end), or -1. */
  lastComma(start: number, end: number): number {
    const at = this.#commas[firstIndex(this.#commas.length, (index) => this.#commas[index]! >= end) - 1];
    return at !== undefined && at >= start ? at : -1;
  }

  /** The offset of the first comma at or after `start`, or -1. */
  nextComma(start: number): number {
    return this.#commas[firstIndex(this.#commas.length, (index) => this.#commas[index]! >= start)] ?? -1;
  }

  /** Index in `names` of the first name starting at or after `offset` (`names.length` when none). */
  firstNameFrom(offset: number): number {
    return firstIndex(this.names.length, (index) => this.names[index]!.start >= offset);
  }

  /** Index in `names` of the last name ending at or before `offset` (-1 when none). */
  lastNameBy(offset: number): number {
    return firstIndex(this.names.length, (index) => this.names[index]!.end > offset) - 1;
  }

  /** The first name wholly inside `span`. */
  firstNameIn(span: Span): NameMatch | undefined {
    const name = this.names[this.firstNameFrom(span.start)];
    // Names do not overlap: if the first to start in the span ends past it, so do the rest.
    return name && name.end <= span.end ? name : undefined;
  }

  /** Ids of the outlets named wholly inside `span`, in the order first named there. */
  outletsIn(span: Span): string[] {
    const found: { id: string; at: number }[] = [];
    for (const [id, indexes] of this.#outletNames) {
      const first = indexes[firstIndex(indexes.length, (index) => this.names[indexes[index]!]!.start >= span.start)];
      if (first !== undefined && this.names[first]!.end <= span.end) found.push({ id, at: first });
    }
    return found.sort((a, b) => a.at - b.at).map((entry) => entry.id);
  }
}
