/**
 * Reporting words right after the quotation: "“…,” Reyes said", "“…,” said Reyes", "“…,”
 * Osei, who chairs the committee, said", "“…”, according to Petrov", up to the end of the
 * sentence (or the next quotation that is not a title).
 *
 * The words after a quotation name its speaker only when they are attached to it as a cue:
 * the quotation opens its sentence, or it is set off from what follows by a comma or a dash
 * (inside or outside the marks, or a "?" or "!" inside them). A partial quotation in the
 * middle of a clause ("giving Kessmark “a free hand” as Brennholm continues …") is part of
 * that clause, and what follows it is not a cue. Nor are words that open with a conjunction
 * or a preposition ("and Varga said", "as Orvik continued"): they start another clause, and
 * a place named there is not the speaker unless a reporting verb makes it one ("“…,” Orvik
 * said").
 */
import { cueFinding } from '../cue-words.ts';
import type { QuotationAt, Reading } from '../reading.ts';
import { clean, namedAfter, subjectOf, words, type IntroducedNames } from '../subjects.ts';
import type { Finding, Strategy } from '../types.ts';
import { CONJUNCTION, PREPOSITION, REPORTING_VERB, VERB_FIRST } from '../vocabulary.ts';
import { isTitleWord } from '../written-names.ts';
import { titleEvidence } from './title-of-work.ts';

/** How far after a quotation its cue may reach, in characters: far more than any cue's words. */
const CUE_REACH = 400;
/** Most words a subject before its verb has ("Harbour Commissioner Lukas Brandt, who …"). */
const SUBJECT_WORDS = 14;

/** Where the clause that starts at `offset` ends: the next comma or stop that is not a title's or an initial's. */
function clauseEnd(reading: Reading, offset: number, end: number): number {
  const masked = reading.view.masked;
  const stops = /[,.;:!?]/gu;
  stops.lastIndex = offset;
  for (let stop = stops.exec(masked); stop && stop.index < end; stop = stops.exec(masked)) {
    if (stop[0] === '.' && abbreviationBefore(masked, stop.index)) continue;
    return stop.index;
  }
  return end;
}

/** Whether the full stop at `at` closes a title's abbreviation or an initial ("Rep.", "J."). */
function abbreviationBefore(text: string, at: number): boolean {
  const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
  return (word.length === 1 && word !== word.toLowerCase()) || isTitleWord(word);
}

/** The next quotation after `position` that is not a title, or the paragraph's end. */
function nextQuotationStart(reading: Reading, position: number): number {
  const { quotations, text } = reading.view;
  // A few titles may sit inside a cue ("said on ABN’s “Sunday Harbour” and “Ledger Live”").
  for (let next = position + 1; next < quotations.length; next += 1) {
    if (next > position + 4 || titleEvidence(reading, next) === undefined) return quotations[next]!.outer.start;
  }
  return text.length;
}

/** Whether the words after the quotation are attached to it as its cue. */
function attached(reading: Reading, at: QuotationAt, lead: string): boolean {
  const quotation = reading.view.quotations[at.position]!;
  if (clean(reading.view, { start: at.sentence.start, end: quotation.outer.start }) === '') return true;
  if (/[,–—-]/u.test(lead)) return true;
  const inner = reading.view.text.slice(quotation.inner.start, quotation.inner.end).trimEnd();
  return /[,!?–—-]$/u.test(inner);
}

/** Where the sentence of a quotation ends for its cue: past a "?" or "!" that ends both ("“…?” Osei asked"). */
function cueSentenceEnd(at: QuotationAt): number {
  const view = at.reading.view;
  const quotation = view.quotations[at.position]!;
  const inner = view.text.slice(quotation.inner.start, quotation.inner.end).trimEnd();
  const next = view.sentences[at.sentenceIndex + 1];
  const endsHere = view.text.slice(quotation.outer.end, at.sentence.end).trim() === '';
  return endsHere && /[?!]$/u.test(inner) && next ? next.end : at.sentence.end;
}

/**
 * The cue in `masked[from, end)`: "according to X", "said X", or a subject and its verb
 * ("Osei, who chairs the committee, said"); undefined when the words are none of these.
 * `detached` is for a cue at the end of the sentence, after a comma: it must end the
 * sentence, and a participle ("…, adding that …") is not one.
 */
function readCue(at: QuotationAt, from: number, end: number, introduced: IntroducedNames, detached: boolean): Finding | undefined {
  const { reading } = at;
  const after = reading.view.masked.slice(from, end);
  const according = /^according to\s+/iu.exec(after);
  if (according) {
    const nameStart = from + according[0].length;
    const nameEnd = clauseEnd(reading, nameStart, end);
    return cueFinding(reading, 'cue-after', 'cue-after', { start: from, end: nameEnd }, namedAfter(reading, { start: nameStart, end: nameEnd }, true, introduced));
  }
  const verbFirst = VERB_FIRST.exec(after);
  if (verbFirst) {
    if (detached && /ing\s*$/iu.test(verbFirst[0])) return undefined;
    const nameStart = from + verbFirst[0].length;
    const nameEnd = clauseEnd(reading, nameStart, end);
    const named = namedAfter(reading, { start: nameStart, end: nameEnd }, false, introduced);
    if (detached && !named.speaker && !named.pronoun) return undefined;
    return cueFinding(reading, 'cue-after', 'cue-after', { start: from, end: nameEnd }, named);
  }
  // "…,” Osei, who chairs the committee, said": the subject may carry an appositive.
  const verb = new RegExp(REPORTING_VERB.source, 'iu').exec(after);
  if (!verb || verb.index === 0) return undefined;
  const subject = after.slice(0, verb.index);
  const subjectWords = words(subject);
  const firstWord = subjectWords[0]?.toLowerCase() ?? '';
  if (subjectWords.length === 0 || subjectWords.length > SUBJECT_WORDS || CONJUNCTION.has(firstWord) || PREPOSITION.has(firstWord)) return undefined;
  if (/[;:!?]/u.test(subject) || [...subject.matchAll(/\./gu)].some((stop) => !abbreviationBefore(after, stop.index))) return undefined;
  const verbEnd = from + verb.index + verb[0].length;
  const cueEnd = clauseEnd(reading, verbEnd, end);
  // At the end of a sentence: "…, Brandt said on Monday." and nothing more.
  if (detached && (/ing$/iu.test(verb[0]) || cueEnd < end - 2 || words(reading.view.masked.slice(verbEnd, cueEnd)).length > 6)) return undefined;
  return cueFinding(reading, 'cue-after', 'cue-after', { start: from, end: cueEnd }, subjectOf(reading, { start: from, end: from + subject.trimEnd().length }, introduced));
}

export function readCueAfter(at: QuotationAt, introduced: IntroducedNames): Finding | undefined {
  const { reading, position } = at;
  return reading.remember('cue-after', position, () => {
    const view = reading.view;
    const quotation = view.quotations[position]!;
    const start = quotation.outer.end;
    const nextQuotation = nextQuotationStart(reading, position);
    const end = Math.min(cueSentenceEnd(at), nextQuotation, start + CUE_REACH);
    if (end <= start) return undefined;
    const rest = view.masked.slice(start, end);
    const lead = /^[\s,.!?;:–—-]*/u.exec(rest)?.[0] ?? '';
    if (attached(reading, at, lead)) return readCue(at, start + lead.length, end, introduced, false);
    // Not attached: a cue that ends the sentence after a comma still reports the whole
    // sentence ("Osei criticised the “emergency” powers, Brandt said"). Naming no one, it
    // still says the sentence is someone else's report.
    const sentenceEnd = Math.min(at.sentence.end, nextQuotation);
    const comma = view.lastComma(start, sentenceEnd);
    if (comma < 0 || sentenceEnd - comma > CUE_REACH) return undefined;
    const from = comma + 1 + (/^\s*/u.exec(view.masked.slice(comma + 1, sentenceEnd))?.[0].length ?? 0);
    const finding = readCue(at, from, sentenceEnd, introduced, true);
    if (!finding || finding.speaker || finding.pronoun) return finding;
    return { ...finding, doubt: `the sentence is reported by “${finding.speakerPhrase ?? finding.cue ?? 'someone'}”` };
  });
}

export const cueAfter: Strategy = {
  name: 'cue-after',
  find: (at, context) => readCueAfter(at, context.introduced),
};
