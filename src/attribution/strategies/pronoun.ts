/**
 * "“…,” he said": a pronoun the cue names as the speaker stands for the one person (or, for
 * "it", "they", "we", the one actor) it can mean: first one named earlier in the same
 * sentence ("Varga condemned what she called …"); else the last speaker, when the sentence
 * before names no one else; else the only one the sentence before names. "He" and "she"
 * stand only for people (a registry person, or a name as written). When two could be meant
 * ("Varga met Osei. “We agreed,” she said"), no one is.
 */
import type { Span } from '../../language/language.ts';
import type { AttributionContext } from '../context.ts';
import type { QuotationAt, Reading } from '../reading.ts';
import { canBeSubject } from '../subjects.ts';
import { sameSpeaker, type Finding, type Speaker, type Strategy } from '../types.ts';
import { pronounReach } from '../vocabulary.ts';

/** The actors and written names a stretch of a paragraph names (not as possessives), that a pronoun of `reach` can stand for. */
function namedIn(reading: Reading, span: Span, reach: 'person' | 'any', context: AttributionContext, subjectsOnly: boolean): Speaker[] {
  return reading.remember('named', `${span.start}:${span.end}:${reach}:${subjectsOnly}`, () => {
    const found: Speaker[] = [];
    const add = (speaker: Speaker) => {
      if (!found.some((known) => sameSpeaker(known, speaker))) found.push(speaker);
    };
    const { names } = reading.view;
    const mentions: { at: number; speaker: Speaker }[] = [];
    for (let index = reading.view.firstNameFrom(span.start); index < names.length && names[index]!.end <= span.end; index += 1) {
      const name = names[index]!;
      if (name.target.type !== 'actor' || name.possessive || (subjectsOnly && !canBeSubject(reading.view, name))) continue;
      const speaker: Speaker = { type: 'actor', id: name.target.id };
      if (reach === 'any' || context.isPerson(speaker)) mentions.push({ at: name.start, speaker });
    }
    for (const name of reading.writtenNamesIn(span)) {
      if (!name.possessive && !name.described) mentions.push({ at: name.start, speaker: { type: 'as-written', name: name.text } });
    }
    for (const mention of mentions.sort((a, b) => a.at - b.at)) add(mention.speaker);
    return found;
  });
}

/** The sentence before the quotation's: in its paragraph, or the last of the paragraph before. */
export function sentenceBefore(at: QuotationAt, context: AttributionContext): { reading: Reading; span: Span; index: number } | undefined {
  if (at.sentenceIndex > 0) return { reading: at.reading, span: at.reading.view.sentences[at.sentenceIndex - 1]!, index: at.sentenceIndex - 1 };
  const previous = context.previous?.reading;
  const last = previous?.view.sentences.at(-1);
  return previous && last ? { reading: previous, span: last, index: previous.view.sentences.length - 1 } : undefined;
}

function resolvePronoun(at: QuotationAt, context: AttributionContext, word: string, pronounAt: number): Speaker | undefined {
  const reach = pronounReach(word) ?? 'any';
  // Earlier in the same sentence: "Varga condemned what she called …".
  const here = namedIn(at.reading, { start: at.sentence.start, end: Math.max(at.sentence.start, pronounAt) }, reach, context, true);
  if (here.length > 1) return undefined;
  if (here.length === 1) return here[0];
  const earlier = sentenceBefore(at, context);
  if (!earlier) return undefined;
  const named = namedIn(earlier.reading, earlier.span, reach, context, false);
  const last = context.lastSpeaker;
  if (last && (reach === 'any' || context.isPerson(last)) && (named.length === 0 || (named.length === 1 && sameSpeaker(named[0]!, last)))) return last;
  return named.length === 1 ? named[0] : undefined;
}

export const pronoun: Strategy = {
  name: 'pronoun',
  find(at, context, earlier): Finding | undefined {
    const cue = earlier.find((finding) => finding.pronoun !== undefined && finding.speaker === undefined);
    if (!cue?.pronoun) return undefined;
    const speaker = resolvePronoun(at, context, cue.pronoun, cue.pronounAt ?? at.sentence.start);
    if (!speaker) return undefined;
    return { strategy: 'pronoun', basis: 'pronoun', speaker, ...(cue.cue ? { cue: cue.cue } : {}), via: cue.via };
  },
};
