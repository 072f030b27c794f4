/**
 * The un-spinner's judgement, apart from the pass that records it: which thesaurus swaps in
 * a text the English model would undo, and whether a document reads as spun at all.
 *
 * Measured on correct English first (tests/unit/scripts/clean/clean-english-corpus.ts and
 * the restoration benchmark's clean paragraphs): a bigram model still finds many an
 * author's word choice improbable ("lawfully", "detained"), so nothing is changed in a
 * document that does not read as spun, and inside one only where the margin is wide.
 */
import type { EnglishModel } from '../../src/language/en/language-model.ts';
import { swapReadings, type SwapReading } from '../../src/language/en/swap-readings.ts';

/** A reading this much more probable (log10) counts as evidence of a swap. */
export const EVIDENCE_MARGIN = 1.5;
/** Restored in a spun document from this margin on, as probable. */
export const RESTORE_MARGIN = 2.5;
/** Swaps of words that carry meaning a reader relies on (modals, negation, numbers) need this much. */
export const MEANING_MARGIN = 4;

/**
 * A document reads as spun when at least this many words of every hundred have a swap
 * reading past EVIDENCE_MARGIN, and at least MIN_EVIDENCE of them: a spinner swaps a
 * third of the words it can, an author's rare choices are a handful.
 */
export const SPUN_DENSITY = 3;
export const MIN_EVIDENCE = 6;
/**
 * With one fingerprint already found (a lexicon marker or a restored name), half that density
 * is enough: the real spinner's copy (seed 004) shows 2.1 swap readings per hundred words as
 * received, clean news articles up to 2.5 in a short one but never with a fingerprint.
 */
export const SPUN_DENSITY_WITH_FINGERPRINT = 1.5;

/**
 * Closed classes whose swap would change who did what, yes or no, might or would, a
 * quantity or a time span: never restored on a model's word alone unless overwhelming.
 */
const MEANING_WORDS = new Set(
  (
    'can could may might must shall should will would ought need dare ' +
    'not no never none nothing nobody neither nor without yes ' +
    'all some any many much few fewer more most less least several each every both either half ' +
    'one two three four five six seven eight nine ten eleven twelve hundred hundreds thousand thousands million millions billion billions ' +
    'first second third last next previous former latter ' +
    'i me my we us our you your he him his she her it its they them their who whom whose this that these those ' +
    'always sometimes often rarely seldom usually ever once twice temporary permanent temporarily permanently ' +
    'before after since until during while ago'
  ).split(' '),
);

/** A closed-class word whose swap would change meaning (modal, negation, number, pronoun…). */
export function isMeaningWord(word: string): boolean {
  return MEANING_WORDS.has(word);
}

function touchesMeaning(form: string): boolean {
  return form.split(' ').some((word) => MEANING_WORDS.has(word));
}

/** Readings by paragraph text: a document's paragraphs are read once, across passes and rounds. */
export type ReadingCache = Map<string, SwapReading[]>;

export function cachedReadings(model: EnglishModel, text: string, cache?: ReadingCache): SwapReading[] {
  const cached = cache?.get(text);
  if (cached) return cached;
  const readings = swapReadings(model, text);
  cache?.set(text, readings);
  return readings;
}

export interface PlannedSwap extends SwapReading {
  confidence: 'probable' | 'guess';
}

/** Readings of one text that pass the margin, best first, none overlapping. */
export function plannedSwaps(model: EnglishModel, text: string, cache?: ReadingCache): PlannedSwap[] {
  const chosen: PlannedSwap[] = [];
  const readings = [...cachedReadings(model, text, cache)].sort((a, b) => b.margin - a.margin || a.start - b.start);
  for (const reading of readings) {
    const meaning = touchesMeaning(reading.text.toLowerCase()) || touchesMeaning(reading.best);
    if (reading.margin < (meaning ? MEANING_MARGIN : RESTORE_MARGIN)) continue;
    if (chosen.some((other) => reading.start < other.end && reading.end > other.start)) continue;
    chosen.push({ ...reading, confidence: meaning ? 'guess' : 'probable' });
  }
  return chosen.sort((a, b) => a.start - b.start);
}

export interface SpinEvidence {
  words: number;
  evidence: number;
  /** Swap readings per hundred words. */
  density: number;
  spun: boolean;
}

/**
 * Words read to judge a document: a spinner spins the whole text, so its first few hundred
 * words show it as well as all of them, and a long clean document costs no more to pass.
 */
export const DETECTION_SAMPLE_WORDS = 400;

/** Whether a document reads as spun, from the density of swap readings in its first paragraphs (and a fingerprint, if one was found). */
export function spinEvidence(model: EnglishModel, allParagraphs: readonly string[], fingerprints = 0, cache?: ReadingCache): SpinEvidence {
  const paragraphs: string[] = [];
  let words = 0;
  for (const text of allParagraphs) {
    if (words >= DETECTION_SAMPLE_WORDS) break;
    paragraphs.push(text);
    words += (text.match(/\p{L}+/gu) ?? []).length;
  }
  const evidence = paragraphs.reduce(
    (sum, text) => sum + cachedReadings(model, text, cache).filter((reading) => reading.margin >= EVIDENCE_MARGIN).length,
    0,
  );
  const density = words === 0 ? 0 : (evidence / words) * 100;
  return {
    words,
    evidence,
    density: Math.round(density * 100) / 100,
    spun: evidence >= MIN_EVIDENCE && density >= (fingerprints > 0 ? SPUN_DENSITY_WITH_FINGERPRINT : SPUN_DENSITY),
  };
}
