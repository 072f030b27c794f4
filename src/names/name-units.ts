/**
 * A paragraph's words as the name reader sees them, and the runs of capitalised words that
 * may be names. A name is a run of capitalised words ("Jane Doe", "Foo Agency", "U.S.",
 * "NATO"), with lower-case connectors inside ("Bank of England", "Ursula von der Leyen"):
 * English capitalises little else, so this finds nearly every name; the work is in throwing
 * out what is capitalised for other reasons (candidates.ts).
 */
import { lookupForm } from '../language/lookup-form.ts';
import type { NameLexicon } from './name-lexicon.ts';

/** Initials ("U.S.", "J."), or a word with inner hyphens and apostrophes ("O’Brien", "Jean-Luc"). */
const WORD_UNIT = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

/** One word of a paragraph. */
export interface Unit {
  /** The word, without a possessive ending. */
  text: string;
  start: number;
  /** End of the word, without a possessive ending. */
  end: number;
  /** End including a possessive ending. */
  rawEnd: number;
  possessive: boolean;
  nameLike: boolean;
  connector: boolean;
  /** First word of a sentence or of a quotation. */
  initial: boolean;
  /** Inside a name the registry's matcher found. */
  covered: boolean;
}

function isNameLike(word: string, lex: NameLexicon): boolean {
  if (lex.vocabulary.particleName.test(word)) return true;
  if (!/^\p{Lu}/u.test(word)) return false;
  // "Russian-backed", "Trump-era": an adjective built on a name, not a name.
  return word.split('-').slice(1).every((part) => !/^\p{Ll}/u.test(part));
}

export function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.){2,}$/u.test(word) || /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word);
}

/** Text between two words that starts a sentence or a quotation. */
const SENTENCE_BREAK = /[.!?:;…]/;
const OPENING = /(?:^|\s)["“‘(\[]+$/;

/**
 * The words of a paragraph, in one forward pass. `covered` are the known names' ranges, in
 * text order and not overlapping (as the matcher finds them): walked alongside the words,
 * where checking every range for every word was quadratic in a paragraph of many names.
 */
export function units(paragraph: string, covered: readonly (readonly [number, number])[], lex: NameLexicon): Unit[] {
  const { nameAbbreviations, sentenceStarters, connectors, possessive: possessiveEnding } = lex.vocabulary;
  const found: Unit[] = [];
  let previous: Unit | undefined;
  let nextCovered = 0;
  for (const match of paragraph.matchAll(WORD_UNIT)) {
    const raw = match[0];
    const start = match.index;
    const possessive = raw.length > 2 && possessiveEnding.test(raw);
    const text = possessive ? raw.slice(0, -2) : raw;
    const end = start + text.length;
    // Words come in text order: ranges that end before this word end before every later one.
    while (nextCovered < covered.length && covered[nextCovered]![1] <= start) nextCovered += 1;
    const range = covered[nextCovered];
    const before = paragraph.slice(previous ? previous.rawEnd : 0, start);
    let initial: boolean;
    if (!previous) initial = true;
    else if (nameAbbreviations.has(lookupForm(previous.text)) || /^\p{Lu}\.$/u.test(previous.text)) initial = false;
    else initial = SENTENCE_BREAK.test(before) || OPENING.test(before) || (previous.text.endsWith('.') && sentenceStarters.has(lookupForm(text)));
    const unit: Unit = {
      text,
      start,
      end,
      rawEnd: start + raw.length,
      possessive,
      nameLike: isNameLike(text, lex),
      connector: connectors.has(text),
      initial,
      covered: range !== undefined && start < range[1] && range[0] < end,
    };
    found.push(unit);
    previous = unit;
  }
  return found;
}

/** A connector or a conjunction ("and"): joins words inside a name, never starts or ends one. */
export function isJoiner(unit: Unit, lex: NameLexicon): boolean {
  return unit.connector || lex.vocabulary.conjunctions.has(unit.text);
}

/** The words without joiners at either end. */
export function trimConnectors(segment: readonly Unit[], lex: NameLexicon): Unit[] {
  let from = 0;
  let to = segment.length;
  while (from < to && isJoiner(segment[from]!, lex)) from += 1;
  while (to > from && isJoiner(segment[to - 1]!, lex)) to -= 1;
  return segment.slice(from, to);
}

/** Words may be parted by spaces only, or by the full stop of "Mr." or "Gen.". */
function joins(paragraph: string, left: Unit, right: Unit, lex: NameLexicon): boolean {
  if (left.possessive) return false;
  const between = paragraph.slice(left.rawEnd, right.start);
  if (/^\s+$/.test(between)) return true;
  return /^\.\s+$/.test(between) && lex.vocabulary.nameAbbreviations.has(lookupForm(left.text));
}

/** A conjunction ("and") joins only names already built with "of" or "for": "Department of Health and Human Services". */
function joinsAnd(run: readonly Unit[], hasOfOrFor: boolean): boolean {
  const last = run.at(-1);
  return last !== undefined && last.nameLike && hasOfOrFor;
}


/** Runs of name-like words, connectors allowed inside ("of the" only after "of" or "for"; "and" see above). */
export function runs(paragraph: string, all: readonly Unit[], lex: NameLexicon): Unit[][] {
  const { articles, conjunctions, ofWords } = lex.vocabulary;
  const isOfOrFor = (unit: Unit) => ofWords.has(unit.text);
  const found: Unit[][] = [];
  let current: Unit[] = [];
  // Whether `current` holds "of" or "for", kept as it grows: looking again at every "and"
  // was quadratic in a long run.
  let hasOfOrFor = false;
  const close = () => {
    while (current.length > 0 && isJoiner(current.at(-1)!, lex)) current.pop();
    if (current.length > 0) found.push(current);
    current = [];
    hasOfOrFor = false;
  };
  for (const unit of all) {
    const last = current.at(-1);
    const canJoin =
      last !== undefined &&
      joins(paragraph, last, unit, lex) &&
      (unit.nameLike || (unit.connector && (!articles.has(unit.text) || last.connector)) || (conjunctions.has(unit.text) && joinsAnd(current, hasOfOrFor)));
    if (canJoin) {
      current.push(unit);
      hasOfOrFor ||= isOfOrFor(unit);
    } else {
      close();
      if (unit.nameLike) {
        current.push(unit);
        hasOfOrFor = isOfOrFor(unit);
      }
    }
  }
  close();
  return found;
}
