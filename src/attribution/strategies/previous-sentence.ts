/**
 * A quotation that stands alone as its sentence, with no cue of its own, takes the speaker
 * the sentence before establishes: the speaker of a quotation there ("“…,” Reyes said. “…”"),
 * or the one subject of its reporting verbs ("Varga told parliament that … “…”"), or the
 * subject of a sentence ending in a colon ("Hale wrote to the minister:"). A sentence before
 * that names two speakers ("Addo said …, and Moreau said …") establishes neither.
 */
import type { Span } from '../../language/language.ts';
import type { AttributionContext } from '../context.ts';
import type { Reading } from '../reading.ts';
import { clean, subjectBeforeVerb, subjectOf } from '../subjects.ts';
import { sameSpeaker, type Finding, type Speaker, type Strategy } from '../types.ts';
import { REPORTING_VERB } from '../vocabulary.ts';
import { sentenceBefore } from './pronoun.ts';

/** Whether a sentence ends with a colon (what /:\s*$/u matches), reading only its end. */
function introduces(reading: Reading, span: Span): boolean {
  let end = span.end;
  while (end > span.start && /\s/u.test(reading.view.masked.charAt(end - 1))) end -= 1;
  return end > span.start && reading.view.masked.charAt(end - 1) === ':';
}

/** The one speaker of a sentence's reporting verbs, kept per sentence; undefined when none or several. */
function speakerOfVerbs(reading: Reading, span: Span, context: AttributionContext): { speaker: Speaker; via: string[] } | undefined {
  return reading.remember('sentence-speaker', `${span.start}:${span.end}`, () => {
    let found: { speaker: Speaker; via: string[] } | undefined;
    for (const verb of reading.view.matchesIn(REPORTING_VERB, span)) {
      const { subject } = subjectBeforeVerb(reading, span, verb.index, context.introduced);
      if (subject.pronoun !== undefined) continue;
      if (!subject.speaker) return undefined;
      if (found && !sameSpeaker(found.speaker, subject.speaker)) return undefined;
      found ??= { speaker: subject.speaker, via: subject.via };
    }
    return found;
  });
}

export const previousSentence: Strategy = {
  name: 'previous-sentence',
  find(at, context, earlier): Finding | undefined {
    if (earlier.length > 0) return undefined;
    const { reading, position, sentence } = at;
    const view = reading.view;
    if (clean(view, { start: sentence.start, end: view.quotations[position]!.outer.start }) !== '') return undefined;
    const before = sentenceBefore(at, context);
    if (!before) return undefined;
    // A quotation in that sentence with a speaker: the same person goes on.
    const [first, end] = before.reading.view.quotationsOf(before.index);
    for (let index = end - 1; index >= first; index -= 1) {
      const settled = context.settledIn(before.reading, index);
      if (!settled || settled.title !== undefined) continue;
      if (settled.speaker) return { strategy: 'previous-sentence', basis: 'previous-sentence', speaker: settled.speaker, via: [] };
      break;
    }
    // "Varga told parliament that …" — the one subject of the sentence's reporting verbs.
    const verbs = speakerOfVerbs(before.reading, before.span, context);
    if (verbs) return { strategy: 'previous-sentence', basis: 'previous-sentence', speaker: verbs.speaker, via: verbs.via };
    if (introduces(before.reading, before.span)) {
      const subject = subjectOf(before.reading, before.span, context.introduced);
      if (subject.speaker) return { strategy: 'previous-sentence', basis: 'previous-sentence', speaker: subject.speaker, via: [] };
    }
    return undefined;
  },
};
