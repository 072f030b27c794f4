/**
 * "“It is a mistake” and “it will cost jobs,” Osei said": a quotation with no cue of its own
 * shares the cue after a later quotation of the same sentence (the nearest with one, titles
 * passed over).
 */
import type { QuotationAt, Reading } from '../reading.ts';
import type { IntroducedNames } from '../subjects.ts';
import type { Finding, Strategy } from '../types.ts';
import { readCueAfter } from './cue-after.ts';
import { titleEvidence } from './title-of-work.ts';

/**
 * For each quotation of the paragraph, the later one whose cue after it it shares (-1 when
 * none): worked out once per paragraph, walking back from the last quotation.
 */
function siblings(reading: Reading, at: (position: number) => QuotationAt, introduced: IntroducedNames): Int32Array {
  return reading.remember('siblings', 0, () => {
    const { quotations, sentenceOfQuotation } = reading.view;
    const sibling = new Int32Array(quotations.length).fill(-1);
    let nextQuotation = -1;
    for (let position = quotations.length - 1; position >= 0; position -= 1) {
      if (titleEvidence(reading, position) !== undefined) continue;
      if (nextQuotation >= 0 && sentenceOfQuotation[nextQuotation] === sentenceOfQuotation[position]) {
        const cue = readCueAfter(at(nextQuotation), introduced);
        sibling[position] = cue?.cue !== undefined ? nextQuotation : sibling[nextQuotation]!;
      }
      nextQuotation = position;
    }
    return sibling;
  });
}

export const sharedCue: Strategy = {
  name: 'shared-cue',
  find(at, context, earlier): Finding | undefined {
    if (earlier.some((finding) => finding.strategy === 'cue-after' || finding.strategy === 'cue-before')) return undefined;
    const { reading } = at;
    const view = reading.view;
    const atPosition = (position: number): QuotationAt => {
      const sentenceIndex = view.sentenceOfQuotation[position]!;
      return { reading, position, sentenceIndex, sentence: view.sentences[sentenceIndex] ?? { start: 0, end: view.text.length } };
    };
    const sibling = siblings(reading, atPosition, context.introduced)[at.position]!;
    if (sibling < 0) return undefined;
    const cue = readCueAfter(atPosition(sibling), context.introduced);
    return cue ? { ...cue, strategy: 'shared-cue' } : undefined;
  },
};
