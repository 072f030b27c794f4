/**
 * The un-spinner's judgement, apart from the pass that records it: which thesaurus swaps in
 * a text the English model would undo, and whether a document reads as spun at all.
 *
 * Measured on correct English first (tests/unit/scripts/clean/clean-english-corpus.ts and
 * the restoration benchmark's clean paragraphs): an n-gram model still finds many an
 * author's word choice improbable ("lawfully", "detained"), so nothing is changed in a
 * document that does not read as spun, and inside one only where the margin is wide.
 */
import type { EnglishModel } from '../../src/language/en/language-model.ts';
import { swapReadings, tableReadings, tokenize, type SwapReading, type WindowCache } from '../../src/language/en/swap-readings.ts';
import { DisjointSpans, overlapsAnyOf } from './disjoint-spans.ts';
import { CLOSED_CLASS_GROUPS } from '../language-data/closed-class.ts';

/** A reading this much more probable (log10) counts as evidence of a swap. */
export const EVIDENCE_MARGIN = 1.5;
/**
 * Restored in a spun document from this margin on (about 630 times), as probable. Measured
 * with the trigram model on the clean-English corpus cleaned as if declared spun, the
 * restoration benchmark's simulated rows and its real held-out rows: at 2.5 the model's
 * wider trigram margins reached an author's verb ("The bank instructed staff to leave" →
 * "said", 450 times); at 2.8 the real spinner's copy keeps its recall with fewer false changes.
 */
export const RESTORE_MARGIN = 2.8;
/** A swap judged across a document's occurrences of one form needs this much, together (see `pooledSwaps`). */
export const POOLED_MARGIN = 4;
/**
 * A swap a spinner lexicon records (`spinner-swaps.ts`) reads as one where its original is this
 * much more probable (log10) in place. The table is the spinner's own (it writes this form
 * for that word whenever it swaps it), so the odds that an occurrence is a swap start well
 * above even in a spun copy; ten times more probable in context is then a clear reading.
 * Measured in docs/restoration-benchmark.md ("the real spinner's swaps on unseen text") and
 * on the clean-English corpus cleaned as spun.
 */
export const KNOWN_SWAP_MARGIN = 1;
/** Swaps of words that carry meaning a reader relies on (modals, negation, numbers) need this much. */
export const MEANING_MARGIN = 4;

/**
 * A written phrase of at least PADDING_WORDS words whose shorter reading is this much more
 * probable (log10, about 30 times) is restored in a spun document: a spinner pads ("according
 * to" → "in accordance with", "because of" → "as a consequence of"), and a long phrase that
 * English says in fewer words is a swap far more often than an author's choice. Measured in
 * docs/restoration-benchmark.md when it was introduced: the real spinner's held-out copy
 * 22.4 → 26.6 % WER cut, correct English declared spun no more changed; two-word phrases
 * ("earlier than" → "before") were tried at the same margin and made the real spinner's table
 * row worse, so they keep RESTORE_MARGIN. A phrase holding a meaning word: see `marginNeeded`.
 */
export const PADDING_MARGIN = 1.5;
export const PADDING_WORDS = 3;

/** The lowest margin any reading on its own must pass. */
const LEAST_MARGIN = Math.min(RESTORE_MARGIN, MEANING_MARGIN, PADDING_MARGIN);

/** A reading that would shorten a written phrase of PADDING_WORDS words or more. */
const shortensPadding = (reading: SwapReading) => reading.length >= PADDING_WORDS && reading.best.split(' ').length < reading.length;

/** Each closed-class form's groups (`closed-class.ts`), by form. */
const closedClassGroups = new Map<string, Array<ReadonlySet<string>>>();
for (const group of CLOSED_CLASS_GROUPS) {
  const members = new Set(group);
  for (const form of group) closedClassGroups.set(form, [...(closedClassGroups.get(form) ?? []), members]);
}

/** Whether two forms stand for one another in one of English's closed-class alternations ("in the past" / "ago"). */
function alternate(form: string, other: string): boolean {
  return (closedClassGroups.get(form) ?? []).some((group) => group.has(other));
}

/**
 * The margin a reading on its own must pass. A swap touching meaning needs MEANING_MARGIN,
 * except a padded closed-class phrase shortened to its own group's simple form ("three years
 * in the past" → "ago", a time word): the grammar makes the two one adverbial, so such a
 * reading needs RESTORE_MARGIN, not the padding margin, since a time or negation word is at
 * stake if the model misreads the context.
 */
function marginNeeded(reading: SwapReading, written: string, meaning: boolean): number {
  const padding = shortensPadding(reading);
  if (meaning) return padding && alternate(written, reading.best) ? RESTORE_MARGIN : MEANING_MARGIN;
  return padding ? PADDING_MARGIN : RESTORE_MARGIN;
}

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

/** Whether a form (lower case, one space between words) holds a word whose swap would change meaning. */
export function touchesMeaning(form: string): boolean {
  return form.split(' ').some((word) => MEANING_WORDS.has(word));
}

/**
 * One document's readings: by paragraph text (a paragraph is read once, across passes and
 * rounds) and by window (a paragraph changed by a round is read again only around its
 * edits, and a phrase the document repeats is judged once). Per document, never shared.
 */
export interface ReadingCache {
  texts: Map<string, SwapReading[]>;
  windows: WindowCache;
}

export function readingCache(): ReadingCache {
  return { texts: new Map(), windows: new Map() };
}

export function cachedReadings(model: EnglishModel, text: string, cache?: ReadingCache): SwapReading[] {
  const cached = cache?.texts.get(text);
  if (cached) return cached;
  const readings = swapReadings(model, text, cache?.windows);
  cache?.texts.set(text, readings);
  return readings;
}

export interface PlannedSwap extends SwapReading {
  confidence: 'probable' | 'guess';
  /**
   * For a swap judged across the document: how many times the form reads as the same swap,
   * and the evidence of them all together (log10), which `margin` is then.
   */
  pooled?: { occurrences: number; margin: number };
}

/** A reading as a plain planned swap (a reading's fields are getters: spread would lose them). */
function planOf(reading: SwapReading, confidence: PlannedSwap['confidence']): PlannedSwap {
  return {
    start: reading.start,
    end: reading.end,
    text: reading.text,
    best: reading.best,
    candidates: reading.candidates,
    scoreOf: (candidate) => reading.scoreOf(candidate),
    channelOf: (candidate) => reading.channelOf(candidate),
    baseRateOf: (candidate) => reading.baseRateOf(candidate),
    observed: reading.observed,
    margin: reading.margin,
    token: reading.token,
    length: reading.length,
    confidence,
  };
}

/** Readings of one text that pass the margin, best first, none overlapping. */
export function plannedSwaps(model: EnglishModel, text: string, cache?: ReadingCache): PlannedSwap[] {
  return plannedDocumentSwaps(model, [text], cache).get(text) ?? [];
}

/** A form's key: lower case, one space between words (most forms are one word: no replace). */
const formKey = (text: string) => (/\s/.test(text) ? text.toLowerCase().replace(/\s+/g, ' ') : text.toLowerCase());

/**
 * The word either side of a reading: occurrences between the same two words are one piece of
 * evidence (a phrase a copy repeats, "cyber operations against", says the same each time).
 */
function contextKey(text: string, reading: SwapReading): string {
  const tokens = tokenize(text);
  return tokens
    .slice(Math.max(0, reading.token - 1), reading.token + reading.length + 1)
    .map((token) => token.word)
    .join(' ');
}

/**
 * A spinner swaps the same word the same way throughout a document ("war" → "warfare" every
 * time), so the occurrences of a form are one hypothesis, not several: that the spinner wrote
 * this form for one candidate everywhere. Its evidence is what each occurrence's context says
 * for the candidate beyond the two words' base rates (the model's margin less the unigram
 * ratio: a document repeats its topic words, so the ratio counts once, not at every
 * occurrence, or a frequent neighbour of a topic word would win by repetition alone),
 * added up; then the base-rate ratio once and the spinner's choice of this form among the
 * candidate's thesaurus terms (log10 fan-out) once. A form whose occurrences disagree adds
 * up to little. It must reach POOLED_MARGIN, and only the occurrences whose context favours
 * the candidate are restored.
 */
function pooledSwaps(model: EnglishModel, byText: ReadonlyMap<string, readonly SwapReading[]>): Map<string, PlannedSwap[]> {
  const groups = new Map<string, Array<{ text: string; reading: SwapReading }>>();
  for (const [text, readings] of byText) {
    for (const reading of readings) {
      const key = formKey(reading.text);
      const group = groups.get(key) ?? [];
      group.push({ text, reading });
      groups.set(key, group);
    }
  }
  const planned = new Map<string, PlannedSwap[]>();
  const baseRate = (text: string) => text.split(' ').reduce((sum, word) => sum + model.unigram(word), 0);
  for (const [form, group] of groups) {
    if (group.length < 2) continue;
    const formRate = baseRate(form);
    // One reading per distinct context.
    const contexts = new Map<string, SwapReading>();
    for (const { text, reading } of group) {
      const key = contextKey(text, reading);
      if (!contexts.has(key)) contexts.set(key, reading);
    }
    // One context, however often repeated, is a single reading's evidence: judged as one.
    if (contexts.size < 2) continue;
    // The hypotheses worth weighing: each occurrence's best reading (the full ranking of
    // every candidate at every occurrence cost a sixth of the cleaning time, for nothing).
    let best: string | undefined;
    let bestMargin = -Infinity;
    // A candidate's channel cost and base rate as its candidate set worked them out once
    // (every occurrence of one form reads the same set); by the model where it is not in it.
    const some = group[0]?.reading;
    const channelOf = (candidate: string) => some?.channelOf(candidate) ?? Math.log10(model.fanOut(candidate));
    const rateOf = (candidate: string) => some?.baseRateOf(candidate) ?? baseRate(candidate);
    for (const candidate of [...new Set([...contexts.values()].map((reading) => reading.best))].sort()) {
      const channel = channelOf(candidate);
      const rate = rateOf(candidate) - formRate;
      let sum = 0;
      for (const reading of contexts.values()) sum += (reading.scoreOf(candidate) ?? -Infinity) + channel - reading.observed - rate;
      const margin = sum + rate - channel;
      if (margin > bestMargin) {
        best = candidate;
        bestMargin = margin;
      }
    }
    if (best === undefined) continue;
    const meaning = touchesMeaning(form) || touchesMeaning(best);
    if (bestMargin < (meaning ? Math.max(MEANING_MARGIN, POOLED_MARGIN) : POOLED_MARGIN)) continue;
    const chosen = best;
    const chosenRate = rateOf(chosen) - formRate;
    const chosenChannel = channelOf(chosen);
    for (const { text, reading } of group) {
      const score = reading.scoreOf(chosen);
      if (score === undefined || score + chosenChannel - reading.observed - chosenRate <= 0) continue;
      const swaps = planned.get(text) ?? [];
      swaps.push({
        ...planOf(reading, meaning ? 'guess' : 'probable'),
        best: chosen,
        margin: bestMargin,
        pooled: { occurrences: group.length, margin: bestMargin },
      });
      planned.set(text, swaps);
    }
  }
  return planned;
}

/**
 * Every text's swaps, judged across the document: a reading past the margin on its own, or
 * one occurrence of a swap the whole document supports (`pooledSwaps`); best first, none
 * overlapping, each text's swaps in text order. `settled`: spans of each text that earlier
 * wording restorations wrote, left alone.
 */
export function plannedDocumentSwaps(
  model: EnglishModel,
  texts: readonly string[],
  cache?: ReadingCache,
  settled?: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>,
): Map<string, PlannedSwap[]> {
  const byText = new Map<string, SwapReading[]>();
  for (const text of texts) {
    if (byText.has(text)) continue;
    // Words an earlier restoration wrote are its decision, not the spinner's: never read again
    // (a word restored, read afresh in the next round, would drift: defence → team → defense).
    const spans = settled?.get(text) ?? [];
    const readings = cachedReadings(model, text, cache);
    const isSettled = overlapsAnyOf(spans);
    byText.set(text, spans.length === 0 ? readings : readings.filter((reading) => !isSettled(reading.start, reading.end)));
  }
  const pooled = pooledSwaps(model, byText);
  const plans = new Map<string, PlannedSwap[]>();
  for (const [text, readings] of byText) {
    const options: PlannedSwap[] = [...(pooled.get(text) ?? [])];
    for (const reading of readings) {
      // Most readings pass neither margin: no need to ask whether they touch meaning.
      if (reading.margin < LEAST_MARGIN) continue;
      const written = formKey(reading.text);
      const meaning = touchesMeaning(written) || touchesMeaning(reading.best);
      if (reading.margin < marginNeeded(reading, written, meaning)) continue;
      options.push(planOf(reading, meaning ? 'guess' : 'probable'));
    }
    options.sort((a, b) => b.margin - a.margin || a.start - b.start);
    const chosen: PlannedSwap[] = [];
    const taken = new DisjointSpans();
    for (const option of options) {
      if (taken.overlaps(option.start, option.end)) continue;
      taken.add(option.start, option.end);
      chosen.push(option);
    }
    if (chosen.length > 0) plans.set(text, chosen.sort((a, b) => a.start - b.start));
  }
  return plans;
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

/** The paragraphs detection reads (the first, up to DETECTION_SAMPLE_WORDS), their words, and a per-hundred-words rate. */
function detectionSample(allParagraphs: readonly string[]): { paragraphs: string[]; words: number; per100: (count: number) => number } {
  const paragraphs: string[] = [];
  let words = 0;
  for (const text of allParagraphs) {
    if (words >= DETECTION_SAMPLE_WORDS) break;
    paragraphs.push(text);
    words += (text.match(/\p{L}+/gu) ?? []).length;
  }
  return { paragraphs, words, per100: (count) => (words === 0 ? 0 : (count / words) * 100) };
}

const twoDecimals = (value: number) => Math.round(value * 100) / 100;

/** Whether a document reads as spun, from the density of swap readings in its first paragraphs (and a fingerprint, if one was found). */
export function spinEvidence(model: EnglishModel, allParagraphs: readonly string[], fingerprints = 0, cache?: ReadingCache): SpinEvidence {
  const { paragraphs, words, per100 } = detectionSample(allParagraphs);
  const evidence = paragraphs.reduce(
    (sum, text) => sum + cachedReadings(model, text, cache).filter((reading) => reading.margin >= EVIDENCE_MARGIN).length,
    0,
  );
  const density = per100(evidence);
  return {
    words,
    evidence,
    density: twoDecimals(density),
    spun: evidence >= MIN_EVIDENCE && density >= (fingerprints > 0 ? SPUN_DENSITY_WITH_FINGERPRINT : SPUN_DENSITY),
  };
}

export interface KnownSwapEvidence {
  words: number;
  /** Spans of the sample whose recorded original reads past KNOWN_SWAP_MARGIN. */
  swaps: number;
  /** Those spans per hundred words. */
  density: number;
  spun: boolean;
}

/**
 * A document reads as spun by the lexicon's own spinner when at least this many words of
 * every hundred are its recorded swaps reading as swaps, and at least MIN_KNOWN_SWAPS of
 * them. Correct English uses the table's written forms correctly ("police officers said",
 * "the final month"): the clean-English corpus, which packs them in on purpose, reaches 2.5
 * in a short stretch (4 in 158 words) and 2.0 over 400 words; the benchmark's clean news
 * 1.7. A copy this spinner made shows 2 to 9, most above 4, in the benchmark's short
 * articles (its real table on unseen text), and 13 in seed 004. The line sits well above
 * correct English: a copy judged spun has its wording doubted on the site, so a clean copy
 * must not be.
 */
export const KNOWN_SWAP_DENSITY = 4;
export const MIN_KNOWN_SWAPS = 5;

/**
 * Whether a document reads as spun by the spinner a lexicon's table records: the density of
 * its recorded swaps that read as swaps in their context, in the same first paragraphs the
 * thesaurus evidence reads (`spinEvidence`). Evidence that needs no marker form: a new copy
 * by the same spinner shows its swaps, not necessarily the rare forms the markers are.
 */
export function knownSwapEvidence(model: EnglishModel, allParagraphs: readonly string[], table: ReadonlyMap<string, readonly string[]>): KnownSwapEvidence {
  const { paragraphs, words, per100 } = detectionSample(allParagraphs);
  const swaps = paragraphs.reduce((sum, text) => sum + tableReadings(model, text, table).filter((reading) => reading.margin >= KNOWN_SWAP_MARGIN).length, 0);
  const density = per100(swaps);
  return { words, swaps, density: twoDecimals(density), spun: swaps >= MIN_KNOWN_SWAPS && density >= KNOWN_SWAP_DENSITY };
}
