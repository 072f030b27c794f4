/**
 * Reporting words before the quotation, in its sentence: "Reyes told parliament: “…”",
 * "According to Addo, “…”", and the partial quotation inside reported speech, which belongs
 * to the subject of the reporting verb, whatever the sentence names after it: "Osei said the
 * bill was “dead on arrival”", "Osei criticised Varga for giving Kessmark “a free hand” as
 * Brennholm continues …". The verb is the last one before the quotation ("Addo said Hale had
 * called the figures “a fiction”" is Hale's), and a clause with no subject of its own takes
 * the subject of the clause it is joined to ("Moreau denied …, but said: “…”").
 *
 * Someone else's words quoted inside the reported speech are not the verb's subject's: after
 * a possessive and a noun of speech ("Moreau criticised Brandt’s claim that the quay was
 * “beyond repair”") the finding rules the subject out, so no speaker is given.
 */
import type { QuotationAt } from '../reading.ts';
import { cueFinding } from '../cue-words.ts';
import { namedAfter, subjectBeforeVerb, type IntroducedNames } from '../subjects.ts';
import type { Finding, Strategy } from '../types.ts';
import { ACCORDING_TO, REPORTING_VERB, SPEECH_NOUN } from '../vocabulary.ts';

/** Longest stretch between a verb and a quotation where the verb's subject may follow it ("said Varga, “…”"), in characters. */
const INVERTED_REACH = 80;
/** How far before the quotation a possessive and a noun of speech are looked for, in characters. */
const EMBEDDED_REACH = 80;

/** "Brandt’s claim that the quay was": a possessive, then a noun of speech, between the verb and the quotation. */
function embeddedSpeech(masked: string, verbEnd: number, quotationStart: number): string | undefined {
  const stretch = masked.slice(Math.max(verbEnd, quotationStart - EMBEDDED_REACH), quotationStart);
  const found = /([\p{L}\p{N}-]+['’]s)\s+([\p{L}-]+)/gu;
  for (const match of stretch.matchAll(found)) {
    if (SPEECH_NOUN.has((match[2] ?? '').toLowerCase())) return `the words are “${match[1]} ${match[2]}”, not the reporting verb's subject's`;
  }
  return undefined;
}

export function readCueBefore(at: QuotationAt, introduced: IntroducedNames): Finding | undefined {
  const { reading, position, sentence } = at;
  return reading.remember('cue-before', position, () => {
    const view = reading.view;
    const end = view.quotations[position]!.outer.start;
    const verb = view.lastMatch(REPORTING_VERB, sentence, end);
    const according = view.lastMatch(ACCORDING_TO, sentence, end);
    if (according && (!verb || according.index > verb.index)) {
      const comma = view.nextComma(according.end);
      const span = { start: according.end, end: comma > 0 && comma < end ? comma : end };
      return cueFinding(reading, 'cue-before', 'cue-before', { start: according.index, end }, namedAfter(reading, span, true, introduced));
    }
    if (!verb) return undefined;
    const before = subjectBeforeVerb(reading, sentence, verb.index, introduced);
    let { subject } = before;
    // "“…,” said Varga, “…”": nothing before the verb, its subject after it.
    if (!subject.speaker && !subject.pronoun && !subject.speakerPhrase && subject.via.length === 0 && end - verb.end <= INVERTED_REACH) {
      const comma = view.nextComma(verb.end);
      subject = namedAfter(reading, { start: verb.end, end: comma > 0 && comma < end ? comma : end }, false, introduced);
    }
    const finding = cueFinding(reading, 'cue-before', 'cue-before', { start: before.from, end }, subject);
    const doubt = embeddedSpeech(view.masked, verb.end, end);
    return doubt === undefined ? finding : { ...finding, doubt };
  });
}

export const cueBefore: Strategy = {
  name: 'cue-before',
  find: (at, context) => readCueBefore(at, context.introduced),
};
