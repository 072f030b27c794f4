/**
 * Scores attribution on the benchmark corpus (corpus.ts), as quotation-attribution work such
 * as Quotebank reports it: precision is the share of the quotations given a speaker that
 * were given the right one; recall, the share of the quotations with a speaker to find that
 * were given the right one. A speaker kept as written is right when it is the labelled name,
 * or when one of the two is the other with words added around it ("Fisherman Jonas
 * Albrecht" for "Jonas Albrecht"), the shorter having two words at least. Titles of works
 * are counted apart: set aside (right), kept as quotations (missed), and quotations wrongly
 * set aside as titles (lost, which the precision test forbids like a wrong speaker).
 */
import { NameMatcher, type NamedEntry } from '../../../src/actors/name-matcher.ts';
import { attributeSource } from '../../../src/attribution/attribute-source.ts';
import { english } from '../../../src/language/en/index.ts';
import { sourceParagraphEmphasis, sourceParagraphs } from '../../../src/markdown/source-paragraphs.ts';
import { ContentError, type ContentProblem } from '../../../src/files/content-error.ts';
import type { BenchmarkCase, Label, ShapeFile } from './corpus.ts';

/** What attribution gave one labelled quotation. */
export type Given = { kind: 'actor'; id: string } | { kind: 'as-written'; name: string } | { kind: 'none' } | { kind: 'title' };

export interface ScoredQuotation {
  shape: string;
  file: string;
  line: number;
  words: string;
  label: Label;
  given: Given;
  /** Given a speaker at all. */
  attributed: boolean;
  /** Given the labelled speaker. */
  correct: boolean;
}

export interface ShapeScore {
  shape: string;
  /** Labelled quotations that are not titles. */
  quotations: number;
  /** Of those, the ones a careful reader gives a speaker. */
  withSpeaker: number;
  attributed: number;
  correct: number;
  /** Labelled titles, and how many were set aside. */
  titles: number;
  titlesSetAside: number;
  /** Quotations wrongly set aside as titles. */
  lostAsTitles: number;
  precision: number;
  recall: number;
}

/** Quoted words compared without the punctuation news style leaves at their end. */
function normalised(words: string): string {
  return words.trim().replace(/[\s.,;:!?…]+$/u, '').replace(/\s+/gu, ' ');
}

function nameWords(name: string): string[] {
  return name.split(/\s+/u).filter((word) => word !== '');
}

/** A name as written matches the label's: the same, or one inside the other, the shorter of two words or more. */
export function sameWrittenName(given: string, labelled: string): boolean {
  const a = nameWords(given).join(' ');
  const b = nameWords(labelled).join(' ');
  if (a === b) return true;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return nameWords(shorter).length >= 2 && ` ${longer} `.includes(` ${shorter} `);
}

function isCorrect(label: Label, given: Given): boolean {
  if (label.kind === 'actor') return given.kind === 'actor' && given.id === label.id;
  if (label.kind === 'as-written') return given.kind === 'as-written' && sameWrittenName(given.name, label.name);
  return false;
}

/** Every labelled quotation of a case with what attribution gave it; a quotation found but not labelled, or labelled but not found, is a corpus error. */
function scoreCase(shape: string, item: BenchmarkCase, matcher: NameMatcher, kindOf: (id: string) => string | undefined, problems: ContentProblem[]): ScoredQuotation[] {
  const { quotations, titles } = attributeSource(sourceParagraphs(item.text), matcher, kindOf, english, sourceParagraphEmphasis(item.text));
  const found = [
    ...quotations.map((quotation) => ({
      words: normalised(quotation.text),
      given: (quotation.speaker
        ? { kind: 'actor', id: quotation.speaker }
        : quotation.speakerAsWritten
          ? { kind: 'as-written', name: quotation.speakerAsWritten }
          : { kind: 'none' }) satisfies Given as Given,
      used: false,
    })),
    ...titles.map((title) => ({ words: normalised(title.text), given: { kind: 'title' } as Given, used: false })),
  ];
  const scored = item.quotations.flatMap((labelled): ScoredQuotation[] => {
    const match = found.find((candidate) => !candidate.used && candidate.words === normalised(labelled.words));
    if (!match) {
      problems.push({ file: item.file, line: item.line, message: `no quotation “${labelled.words}” is found in this case's text` });
      return [];
    }
    match.used = true;
    const attributed = match.given.kind === 'actor' || match.given.kind === 'as-written';
    return [{ shape, file: item.file, line: item.line, words: labelled.words, label: labelled.label, given: match.given, attributed, correct: isCorrect(labelled.label, match.given) }];
  });
  for (const candidate of found.filter((entry) => !entry.used)) {
    problems.push({ file: item.file, line: item.line, message: `the quotation “${candidate.words}” has no label` });
  }
  return scored;
}

/** Every labelled quotation of the shape files, scored. */
export function scoreCorpus(files: readonly ShapeFile[], registry: readonly NamedEntry[]): ScoredQuotation[] {
  const matcher = new NameMatcher(registry);
  const kinds = new Map(registry.filter((entry) => entry.type === 'actor').map((entry) => [entry.id, entry.kind]));
  const problems: ContentProblem[] = [];
  const scored = files.flatMap((file) => file.cases.flatMap((item) => scoreCase(file.shape, item, matcher, (id) => kinds.get(id), problems)));
  if (problems.length > 0) throw new ContentError(problems);
  return scored;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** Totals for a group of scored quotations. */
export function summarise(shape: string, scored: readonly ScoredQuotation[]): ShapeScore {
  const quotations = scored.filter((item) => item.label.kind !== 'title');
  const titles = scored.filter((item) => item.label.kind === 'title');
  const attributed = scored.filter((item) => item.attributed).length;
  const correct = scored.filter((item) => item.correct).length;
  const withSpeaker = quotations.filter((item) => item.label.kind === 'actor' || item.label.kind === 'as-written').length;
  return {
    shape,
    quotations: quotations.length,
    withSpeaker,
    attributed,
    correct,
    titles: titles.length,
    titlesSetAside: titles.filter((item) => item.given.kind === 'title').length,
    lostAsTitles: quotations.filter((item) => item.given.kind === 'title').length,
    precision: ratio(correct, attributed),
    recall: ratio(correct, withSpeaker),
  };
}

/** Per shape, in the files' order, then all shapes together as "overall". */
export function scoreByShape(scored: readonly ScoredQuotation[]): ShapeScore[] {
  const shapes = [...new Set(scored.map((item) => item.shape))];
  return [...shapes.map((shape) => summarise(shape, scored.filter((item) => item.shape === shape))), summarise('overall', scored)];
}

/** How a label or a result reads in a message. */
export function describe(value: Label | Given): string {
  if (value.kind === 'actor') return value.id;
  if (value.kind === 'as-written') return `as written “${value.name}”`;
  if (value.kind === 'title') return 'a title';
  return 'no speaker';
}
