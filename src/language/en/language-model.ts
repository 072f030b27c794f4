/**
 * English as the un-spinner knows it: the committed table (`english.lm.gz`, built by
 * `npm run build:language-data`) read once per process. A backoff trigram model over the
 * 20,000 most probable words of a general US English trigram model, unigrams for 72,000,
 * and the thesaurus candidates for each form a spinner may have written.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readVarints, splitSections, STEPS_PER_UNIT, type LanguageDataHeader } from './language-data-format.ts';

export const LANGUAGE_DATA = new URL('./english.lm.gz', import.meta.url);

/** log10 probability of a word the model has never seen (below its rarest word). */
const UNKNOWN_LOG10 = -8;

export interface EnglishModel {
  header: LanguageDataHeader;
  /** Id of a lower-case word, or undefined. */
  id(word: string): number | undefined;
  /** log10 P(word | previous): the bigram where there is one, else backoff × unigram. */
  logProb(previous: string, word: string): number;
  /** log10 P(word). */
  unigram(word: string): number;
  /** log10 P(word | previous) where the model has that bigram itself, else undefined. */
  bigram(previous: string, word: string): number | undefined;
  /** Thesaurus candidates for a form (lower case, one space between words), most probable first. */
  candidates(form: string): readonly string[];
  /** Longest form, in words, that has candidates. */
  maxFormWords: number;
  /** Whether some form of two or more words with candidates starts with this word. */
  startsPhrase(word: string): boolean;
  /**
   * How many forms list this one as a candidate: how many "synonyms" a spinner could have
   * put in its place. A spinner picks one of them, so each is 1/fanOut likely.
   */
  fanOut(form: string): number;
  /** Every form that has candidates, sorted. */
  forms(): string[];
  /** Every word the model knows, most probable first. */
  vocabulary(): readonly string[];
  /** Id of a word, -1 when unknown: for the scoring loops. */
  idOf(word: string): number;
  /** `logProb` by ids (-1 for an unknown word). */
  logProbById(previous: number, word: number): number;
  /**
   * log10 P(word | first second) by ids, Katz backoff: the trigram where the model has it,
   * else the pair's backoff weight × P(word | second). `first` -1 (no word, or unknown): the bigram.
   */
  logProb3ById(first: number, second: number, word: number): number;
}

export function parseEnglishModel(gzipped: Buffer): EnglishModel {
  const [
    headerBytes,
    wordBytes,
    unigramBytes,
    backoffBytes,
    perFirstBytes,
    deltaBytes,
    probBytes,
    candidateBytes,
    pairBackoffBytes,
    perPairBytes,
    thirdDeltaBytes,
    trigramProbBytes,
  ] = splitSections(gunzipSync(gzipped));
  if (
    !headerBytes ||
    !wordBytes ||
    !unigramBytes ||
    !backoffBytes ||
    !perFirstBytes ||
    !deltaBytes ||
    !probBytes ||
    !candidateBytes ||
    !pairBackoffBytes ||
    !perPairBytes ||
    !thirdDeltaBytes ||
    !trigramProbBytes
  ) {
    throw new Error('the English language table is incomplete: run npm run build:language-data');
  }
  const pairBackoffs: Buffer = pairBackoffBytes;
  const trigramProbs: Buffer = trigramProbBytes;
  const header = JSON.parse(headerBytes.toString('utf8')) as LanguageDataHeader;
  if (header.format !== 2) throw new Error(`the English language table has format ${String(header.format)}, this reader needs 2`);
  const probs: Buffer = probBytes;
  const ids = new Map<string, number>();
  const vocabularyWords = wordBytes.toString('utf8').split('\0');
  vocabularyWords.forEach((word, index) => ids.set(word, index));
  const vocabulary = header.counts.ngramVocabulary;
  // The trigram memo packs two ids in one 30-bit integer.
  if (vocabulary > 1 << 15) throw new Error(`the English language table's n-gram vocabulary (${vocabulary}) is larger than this reader packs`);
  const perFirst = readVarints(perFirstBytes, vocabulary);
  const offsets = new Uint32Array(vocabulary + 1);
  for (let index = 0; index < vocabulary; index += 1) offsets[index + 1] = (offsets[index] ?? 0) + (perFirst[index] ?? 0);
  const deltas = readVarints(deltaBytes, header.counts.bigrams);
  const seconds = new Uint16Array(header.counts.bigrams);
  for (let first = 0; first < vocabulary; first += 1) {
    let second = 0;
    for (let at = offsets[first] ?? 0; at < (offsets[first + 1] ?? 0); at += 1) {
      second = at === offsets[first] ? (deltas[at] ?? 0) : second + (deltas[at] ?? 0);
      seconds[at] = second;
    }
  }
  // Trigrams under their first two words' bigram, as bigrams under their first word.
  const bigramCount = header.counts.bigrams;
  const perPair = readVarints(perPairBytes, bigramCount);
  const tripleOffsets = new Uint32Array(bigramCount + 1);
  for (let index = 0; index < bigramCount; index += 1) tripleOffsets[index + 1] = (tripleOffsets[index] ?? 0) + (perPair[index] ?? 0);
  const thirdDeltas = readVarints(thirdDeltaBytes, header.counts.trigrams);
  const thirds = new Uint16Array(header.counts.trigrams);
  for (let pair = 0; pair < bigramCount; pair += 1) {
    let third = 0;
    for (let at = tripleOffsets[pair] ?? 0; at < (tripleOffsets[pair + 1] ?? 0); at += 1) {
      third = at === tripleOffsets[pair] ? (thirdDeltas[at] ?? 0) : third + (thirdDeltas[at] ?? 0);
      thirds[at] = third;
    }
  }
  const unigramOf = (id: number | undefined) => (id === undefined ? UNKNOWN_LOG10 : -(unigramBytes[id] ?? 255) / STEPS_PER_UNIT);
  const backoffOf = (id: number) => {
    const byte = backoffBytes[id] ?? 0;
    return (byte > 127 ? byte - 256 : byte) / STEPS_PER_UNIT;
  };
  let candidateMap: Map<string, readonly string[]> | undefined;
  const fanOuts = new Map<string, number>();
  const phraseStarts = new Set<string>();
  let maxFormWords = 1;
  const candidateTable = () => {
    if (candidateMap) return candidateMap;
    candidateMap = new Map();
    for (const line of candidateBytes.toString('utf8').split('\n')) {
      const tab = line.indexOf('\t');
      const form = line.slice(0, tab);
      const candidates = line.slice(tab + 1).split('|');
      candidateMap.set(form, candidates);
      for (const candidate of candidates) fanOuts.set(candidate, (fanOuts.get(candidate) ?? 0) + 1);
      const formWords = form.split(' ');
      maxFormWords = Math.max(maxFormWords, formWords.length);
      if (formWords.length > 1) phraseStarts.add(formWords[0] ?? '');
    }
    return candidateMap;
  };
  candidateTable();

  function bigram(previous: string, word: string): number | undefined {
    return bigramById(ids.get(previous) ?? -1, ids.get(word) ?? -1);
  }

  // Memo of scored pairs: a document asks for the same contexts again and again (every
  // candidate after "the"). Direct-mapped typed arrays: a hit costs two array reads, where a
  // Map of large integer keys cost more than the lookup it saved; a clash overwrites.
  const PAIR_SLOTS = 1 << 18;
  const pairKeys = new Int32Array(PAIR_SLOTS).fill(-1);
  const pairValues = new Float32Array(PAIR_SLOTS);
  function logProbById(first: number, second: number): number {
    if (first < 0 || second < 0 || first >= vocabulary || second >= vocabulary) return computeLogProb(first, second);
    const key = first * vocabulary + second;
    const slot = Math.imul(key, 0x9e3779b1) >>> 14;
    if (pairKeys[slot] === key) return pairValues[slot] ?? 0;
    const value = computeLogProb(first, second);
    pairKeys[slot] = key;
    pairValues[slot] = value;
    return value;
  }

  function computeLogProb(first: number, second: number): number {
    const stored = bigramById(first, second);
    if (stored !== undefined) return stored;
    if (first < 0 || second < 0) return unigramOf(second < 0 ? undefined : second);
    return (first < vocabulary ? backoffOf(first) : 0) + unigramOf(second);
  }

  /** Index of the bigram (first, second) in the table, or -1. */
  function bigramIndex(first: number, second: number): number {
    if (first < 0 || second < 0 || first >= vocabulary || second >= vocabulary) return -1;
    let low = offsets[first] ?? 0;
    let high = (offsets[first + 1] ?? 0) - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = seconds[middle] ?? 0;
      if (value === second) return middle;
      if (value < second) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  function bigramById(first: number, second: number): number | undefined {
    const index = bigramIndex(first, second);
    return index < 0 ? undefined : -(probs[index] ?? 255) / STEPS_PER_UNIT;
  }

  // Memo of scored triples, direct-mapped as pairs are: the first two ids packed in one
  // integer (each below 2^15), the third in another.
  const TRIPLE_SLOTS = 1 << 18;
  const tripleHeads = new Int32Array(TRIPLE_SLOTS).fill(-1);
  const tripleWords = new Int32Array(TRIPLE_SLOTS);
  const tripleValues = new Float32Array(TRIPLE_SLOTS);
  function logProb3ById(first: number, second: number, word: number): number {
    if (first < 0 || second < 0 || word < 0 || first >= vocabulary || second >= vocabulary || word >= vocabulary) return logProbById(second, word);
    const head = (first << 15) | second;
    const slot = (Math.imul(head ^ Math.imul(word, 0x85ebca6b), 0x9e3779b1) >>> 14) & (TRIPLE_SLOTS - 1);
    if (tripleHeads[slot] === head && tripleWords[slot] === word) return tripleValues[slot] ?? 0;
    const pair = bigramIndex(first, second);
    let value: number | undefined;
    if (pair >= 0) {
      let low = tripleOffsets[pair] ?? 0;
      let high = (tripleOffsets[pair + 1] ?? 0) - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const third = thirds[middle] ?? 0;
        if (third === word) {
          value = -(trigramProbs[middle] ?? 255) / STEPS_PER_UNIT;
          break;
        }
        if (third < word) low = middle + 1;
        else high = middle - 1;
      }
    }
    if (value === undefined) {
      const byte = pair >= 0 ? (pairBackoffs[pair] ?? 0) : 0;
      value = (byte > 127 ? byte - 256 : byte) / STEPS_PER_UNIT + logProbById(second, word);
    }
    tripleHeads[slot] = head;
    tripleWords[slot] = word;
    tripleValues[slot] = value;
    return value;
  }

  return {
    header,
    id: (word) => ids.get(word),
    unigram: (word) => unigramOf(ids.get(word)),
    bigram,
    logProb: (previous, word) => logProbById(ids.get(previous) ?? -1, ids.get(word) ?? -1),
    logProbById,
    logProb3ById,
    idOf: (word) => ids.get(word) ?? -1,
    candidates: (form) => candidateTable().get(form) ?? [],
    fanOut: (form) => fanOuts.get(form) ?? 1,
    startsPhrase: (word) => phraseStarts.has(word),
    forms: () => [...candidateTable().keys()].sort(),
    vocabulary: () => vocabularyWords,
    get maxFormWords() {
      return maxFormWords;
    },
  };
}

let english: EnglishModel | undefined;

/** The committed English model, read once per process. */
export function englishModel(): EnglishModel {
  english ??= parseEnglishModel(readFileSync(LANGUAGE_DATA));
  return english;
}
