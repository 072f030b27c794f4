/**
 * Where a text may hold a thesaurus swap, and how much more English its best un-swapped
 * reading is. For each word or phrase (up to the table's longest form) that has thesaurus
 * candidates, every candidate is scored in its context with the trigram model: the log10
 * probability of the span's words given the two before it, and of the two words after it
 * (the bigram model ranks all candidates first, the trigrams score the best few). The margin is
 * the best candidate's score minus the text's own, each candidate weighed by the chance a
 * spinner would have picked this word for it (one of its `fanOut` thesaurus terms: a word
 * with a hundred "synonyms", like "take", is rarely the one behind a given swap). A margin
 * of 2 means the candidate reading is a hundred times more probable.
 *
 * A candidate is never longer than the words it would replace: a spinner pads ("against"
 * → "in opposition to"), so un-spinning shortens or keeps the length, and a longer reading
 * ("warfare" → "world war") would be the model's invention.
 *
 * A word English does not know at all, with no thesaurus candidates of its own, may have been
 * broken inside by a spinner that ignores word boundaries; its candidates are then the known
 * words one inverse swap of a piece makes (`inside-word-swaps.ts`), scored the same way.
 */
import { differsOnlyInGender } from './gender-marking.ts';
import { LETTER } from '../letter-classes.ts';
import { insideWordSwaps } from './inside-word-swaps.ts';
import type { EnglishModel } from './language-model.ts';

export interface Token {
  /** Lower case, straight apostrophe: the model's spelling. */
  word: string;
  start: number;
  end: number;
  /** Capitalised, not at a sentence start: a name, or part of one. */
  nameLike: boolean;
}

export interface SwapReading {
  /** Span in the text. */
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  /** The best candidate (lower case). */
  best: string;
  /** Every candidate, best first, with its score (log10): worked out on demand. */
  readonly candidates: Array<{ text: string; score: number }>;
  /** One candidate's score (log10, as in `candidates`), or undefined when it is not a candidate here. */
  scoreOf(candidate: string): number | undefined;
  /** log10 of a candidate's fan-out (see `fanOut`), or undefined when it is not a candidate here. */
  channelOf(candidate: string): number | undefined;
  /** Sum of a candidate's words' unigram log10 probabilities, or undefined when it is not a candidate here. */
  baseRateOf(candidate: string): number | undefined;
  /** Score of the text as written (log10). */
  observed: number;
  /** Best candidate's score minus the observed one. */
  margin: number;
  /** Index of the first token of the span. */
  token: number;
  /** Tokens the span covers. */
  length: number;
}

const SENTENCE_START = '<s>';
const SENTENCE_END = '</s>';
/** Letters, with inner apostrophes: `\p{L}+(?:['’]\p{L}+)*`, ASCII first (letter-classes.ts). */
const WORD = new RegExp(`${LETTER}+(?:['’]${LETTER}+)*`, 'gu');

export type ContextToken = Token & { joined: boolean; sentenceStart: boolean };

/** Recent tokenisations: the un-spinner's passes read the same paragraphs in turn. Bounded. */
const recentTokens = new Map<string, readonly ContextToken[]>();
const RECENT_LIMIT = 4096;

/** Words of a text, with what separates them: only spaces keep two words in one context. */
export function tokenize(text: string): readonly ContextToken[] {
  const known = recentTokens.get(text);
  if (known) return known;
  const tokens = tokenizeText(text);
  if (recentTokens.size >= RECENT_LIMIT) recentTokens.clear();
  recentTokens.set(text, tokens);
  return tokens;
}

function tokenizeText(text: string): ContextToken[] {
  const tokens: ContextToken[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const between = text.slice(previousEnd, match.index);
    // Most words follow one space: the fast path. Otherwise a stop, colon or semicolon, or an
    // opening quotation mark or bracket, starts a new sentence (or a quoted one).
    const joined = tokens.length > 0 && between === ' ';
    const sentenceStart = tokens.length === 0 || (!joined && /[.!?:;"“‘(]/.test(between));
    const raw = match[0];
    const capital = raw.charAt(0) !== raw.charAt(0).toLowerCase();
    const allCaps = raw.length > 1 && raw === raw.toUpperCase();
    tokens.push({
      word: raw.toLowerCase().replace(/’/g, "'"),
      start: match.index,
      end: match.index + raw.length,
      nameLike: allCaps || (capital && !sentenceStart),
      joined,
      sentenceStart,
    });
    previousEnd = match.index + raw.length;
  }
  return tokens;
}

/** The words around a span, by id: two before (-1 where there is none) and two after. */
interface SpanContext {
  before2: number;
  before1: number;
  after1: number;
  /** -1 where the span's sentence ends at `after1`. */
  after2: number;
}

/**
 * log10 probability of the words (by id) in their context, by the trigram model: each word
 * of the span given the two before it, and the two words after it given theirs (their
 * probabilities change with the span's words, everything further off does not).
 */
function spanScore(model: EnglishModel, context: SpanContext, words: readonly number[]): number {
  let score = 0;
  let first = context.before2;
  let second = context.before1;
  for (const word of words) {
    score += model.logProb3ById(first, second, word);
    first = second;
    second = word;
  }
  score += model.logProb3ById(first, second, context.after1);
  if (context.after2 >= 0) score += model.logProb3ById(second, context.after1, context.after2);
  return score;
}

interface CandidateSet {
  texts: readonly string[];
  ids: ReadonlyArray<readonly number[]>;
  /** log10 of each candidate's fan-out: the spinner's chance of picking this form for it. */
  channel: readonly number[];
  /** Each candidate's base rate: its words' unigram log10 probabilities, added up. */
  baseRates: readonly number[];
}

/** Candidate sets by form, with ids and channel costs worked out once per model. */
const candidateCache = new WeakMap<EnglishModel, Map<string, CandidateSet | null>>();

function candidateSets(model: EnglishModel): Map<string, CandidateSet | null> {
  let cache = candidateCache.get(model);
  if (!cache) candidateCache.set(model, (cache = new Map()));
  return cache;
}

/**
 * What the reading loop asks of every word, by the word's id: its candidate set as a
 * one-word form, and whether a phrase with candidates starts with it. Looked up by id, not
 * by hashing and comparing the word's text, for every word of every paragraph read.
 */
interface WordTable {
  sets: Array<CandidateSet | null | undefined>;
  /** 0 not yet asked, 1 no, 2 yes. */
  startsPhrase: Int8Array;
  /** The phrases of two words or more that begin some longer form with candidates: a phrase not here is read no further. */
  longerPrefixes: Set<string>;
}

const wordTables = new WeakMap<EnglishModel, WordTable>();

function wordTable(model: EnglishModel): WordTable {
  let table = wordTables.get(model);
  if (!table) {
    const size = model.vocabulary().length;
    const longerPrefixes = new Set<string>();
    for (const form of model.forms()) {
      const words = form.split(' ');
      for (let length = 2; length < words.length; length += 1) longerPrefixes.add(words.slice(0, length).join(' '));
    }
    wordTables.set(model, (table = { sets: new Array<CandidateSet | null | undefined>(size), startsPhrase: new Int8Array(size), longerPrefixes }));
  }
  return table;
}

function candidateSet(model: EnglishModel, cache: Map<string, CandidateSet | null>, form: string, length: number): CandidateSet | null {
  const cached = cache.get(form);
  if (cached !== undefined) return cached;
  // Never longer than the words replaced (see the module comment), and never the same word
  // marking another gender ("spokesperson" is no spun "spokesman": gender-marking.ts).
  const texts = model.candidates(form).filter((candidate) => candidate.split(' ').length <= length && !differsOnlyInGender(form, candidate));
  let set: CandidateSet | null = null;
  if (texts.length > 0) {
    set = {
      texts,
      ids: texts.map((candidate) => candidate.split(' ').map((word) => model.idOf(word))),
      channel: texts.map((candidate) => Math.log10(model.fanOut(candidate))),
      baseRates: texts.map((candidate) => candidate.split(' ').reduce((sum, word) => sum + model.unigram(word), 0)),
    };
  } else if (length === 1) {
    // A word English does not know may be broken inside: its candidates are the known words
    // one inverse swap of a piece makes, each weighed by its piece's fan-out.
    const inside = insideWordSwaps(model, form);
    if (inside.length > 0) {
      set = {
        texts: inside.map((swap) => swap.word),
        ids: inside.map((swap) => [model.idOf(swap.word)]),
        channel: inside.map((swap) => Math.log10(model.fanOut(swap.original))),
        baseRates: inside.map((swap) => model.unigram(swap.word)),
      };
    }
  }
  cache.set(form, set);
  return set;
}

/** Candidates scored by trigrams in each reading: the best few by bigrams. */
export const SHORTLIST = 3;

/** The bigram score of a candidate's words between the words either side. */
function bigramScore(model: EnglishModel, context: SpanContext, words: readonly number[]): number {
  let score = 0;
  let previous = context.before1;
  for (const word of words) {
    score += model.logProbById(previous, word);
    previous = word;
  }
  return score + model.logProbById(previous, context.after1);
}

/**
 * Shortlists by candidate set, then by the word either side (packed in one number): the
 * bigram ranking depends on nothing else, and a document meets the same set between the same
 * two words far more often than in the same four-word window the reading cache keys on.
 */
const shortlists = new WeakMap<CandidateSet, Map<number, readonly number[]>>();

/** Indices of the SHORTLIST candidates the bigram model (and the channel) rank best, in order. */
function shortlisted(model: EnglishModel, context: SpanContext, set: CandidateSet): readonly number[] {
  if (set.texts.length <= SHORTLIST) return set.texts.map((_, at) => at);
  let bySides = shortlists.get(set);
  if (!bySides) shortlists.set(set, (bySides = new Map()));
  const key = (context.before1 + 1) * (model.vocabulary().length + 2) + context.after1 + 1;
  const known = bySides.get(key);
  if (known) return known;
  const ranked = rankedByBigrams(model, context, set);
  if (bySides.size >= RECENT_LIMIT) bySides.clear();
  bySides.set(key, ranked);
  return ranked;
}

function rankedByBigrams(model: EnglishModel, context: SpanContext, set: CandidateSet): number[] {
  const top: Array<{ at: number; score: number }> = [];
  for (let at = 0; at < set.texts.length; at += 1) {
    const score = bigramScore(model, context, set.ids[at] ?? []) - (set.channel[at] ?? 0);
    if (top.length === SHORTLIST && score <= (top[SHORTLIST - 1]?.score ?? -Infinity)) continue;
    let place = top.length;
    while (place > 0 && (top[place - 1]?.score ?? -Infinity) < score) place -= 1;
    top.splice(place, 0, { at, score });
    if (top.length > SHORTLIST) top.pop();
  }
  return top.map((entry) => entry.at);
}

/**
 * The context of the span of `length` tokens at `index`: words joined to it by single spaces
 * within its sentence; a sentence's edge is `<s>` before it and `</s>` after it.
 */
function spanContext(tokens: readonly ContextToken[], ids: readonly number[], index: number, length: number, start: number, end: number): SpanContext {
  const first = tokens[index];
  let before1 = start;
  let before2 = -1;
  if (first && !first.sentenceStart && first.joined && index > 0) {
    before1 = ids[index - 1] ?? -1;
    const previous = tokens[index - 1];
    before2 = previous && !previous.sentenceStart && previous.joined && index > 1 ? (ids[index - 2] ?? -1) : start;
  }
  const next = tokens[index + length];
  if (!next || next.sentenceStart || !next.joined) return { before2, before1, after1: end, after2: -1 };
  const afterNext = tokens[index + length + 1];
  const after2 = !afterNext || afterNext.sentenceStart || !afterNext.joined ? end : (ids[index + length + 1] ?? -1);
  return { before2, before1, after1: ids[index + length] ?? -1, after2 };
}

/**
 * What a reading is, apart from where: its judgement depends only on the form and the two
 * words either side, so a document that repeats a phrase, or comes back after an edit
 * elsewhere in the paragraph, reads it once (`WindowCache`).
 */
export class ReadingCore {
  private ranked: Array<{ text: string; score: number }> | undefined;
  private readonly model: EnglishModel;
  private readonly context: SpanContext;
  private readonly set: CandidateSet;
  readonly best: string;
  readonly observed: number;
  readonly margin: number;

  constructor(model: EnglishModel, context: SpanContext, set: CandidateSet, best: string, observed: number, margin: number) {
    this.model = model;
    this.context = context;
    this.set = set;
    this.best = best;
    this.observed = observed;
    this.margin = margin;
  }

  scoreOf(candidate: string): number | undefined {
    const at = this.set.texts.indexOf(candidate);
    return at === -1 ? undefined : spanScore(this.model, this.context, this.set.ids[at] ?? []) - (this.set.channel[at] ?? 0);
  }

  channelOf(candidate: string): number | undefined {
    const at = this.set.texts.indexOf(candidate);
    return at === -1 ? undefined : this.set.channel[at];
  }

  baseRateOf(candidate: string): number | undefined {
    const at = this.set.texts.indexOf(candidate);
    return at === -1 ? undefined : this.set.baseRates[at];
  }

  get candidates(): Array<{ text: string; score: number }> {
    this.ranked ??= this.set.texts
      .map((candidate, at) => ({ text: candidate, score: spanScore(this.model, this.context, this.set.ids[at] ?? []) - (this.set.channel[at] ?? 0) }))
      .sort((a, b) => b.score - a.score || (a.text < b.text ? -1 : 1));
    return this.ranked;
  }
}

/** A reading: a judgement (`ReadingCore`, perhaps shared) at one place in one text. */
class Reading implements SwapReading {
  private readonly core: ReadingCore;
  private readonly source: string;
  readonly start: number;
  readonly end: number;
  readonly token: number;
  readonly length: number;

  constructor(core: ReadingCore, source: string, start: number, end: number, token: number, length: number) {
    this.core = core;
    this.source = source;
    this.start = start;
    this.end = end;
    this.token = token;
    this.length = length;
  }

  get text(): string {
    return this.source.slice(this.start, this.end);
  }

  get best(): string {
    return this.core.best;
  }

  get observed(): number {
    return this.core.observed;
  }

  get margin(): number {
    return this.core.margin;
  }

  get candidates(): Array<{ text: string; score: number }> {
    return this.core.candidates;
  }

  scoreOf(candidate: string): number | undefined {
    return this.core.scoreOf(candidate);
  }

  channelOf(candidate: string): number | undefined {
    return this.core.channelOf(candidate);
  }

  baseRateOf(candidate: string): number | undefined {
    return this.core.baseRateOf(candidate);
  }
}

/** Reading judgements by form and context, for one document (see `ReadingCore`). */
/**
 * By form, then by the two words before (packed in one number), then by the two after: a key
 * of numbers, where a string built from four ids cost more than the lookup.
 */
export type WindowCache = Map<string, Map<number, Map<number, ReadingCore>>>;

function judge(model: EnglishModel, context: SpanContext, set: CandidateSet, words: readonly number[]): ReadingCore {
  const observed = spanScore(model, context, words);
  // Only the best is needed to judge; the full ranking is made for the few recorded. The
  // candidates are first ranked by the bigram model (two memoised lookups each), and only
  // the SHORTLIST best are scored by trigrams: a trigram rarely lifts a candidate the
  // bigrams put far down, and scoring all of them by trigrams tripled the cleaning time.
  const shortlist = shortlisted(model, context, set);
  let bestAt = shortlist[0] ?? 0;
  let bestScore = -Infinity;
  for (const at of shortlist) {
    const score = spanScore(model, context, set.ids[at] ?? []) - (set.channel[at] ?? 0);
    if (score > bestScore || (score === bestScore && (set.texts[at] ?? '') < (set.texts[bestAt] ?? ''))) {
      bestScore = score;
      bestAt = at;
    }
  }
  return new ReadingCore(model, context, set, set.texts[bestAt] ?? '', observed, bestScore - observed);
}

/** Every span of a text with thesaurus candidates, scored; names and capitalised words are skipped. */
/** Each tokenisation's word ids, by model: the detector and the un-spinner read the same paragraphs. */
const tokenIds = new WeakMap<EnglishModel, WeakMap<readonly ContextToken[], readonly number[]>>();

function idsOf(model: EnglishModel, tokens: readonly ContextToken[]): readonly number[] {
  let byTokens = tokenIds.get(model);
  if (!byTokens) tokenIds.set(model, (byTokens = new WeakMap()));
  let ids = byTokens.get(tokens);
  if (!ids) byTokens.set(tokens, (ids = tokens.map((token) => model.idOf(token.word))));
  return ids;
}

export function swapReadings(model: EnglishModel, text: string, windows?: WindowCache): SwapReading[] {
  const tokens = tokenize(text);
  const ids = idsOf(model, tokens);
  const sets = candidateSets(model);
  const table = wordTable(model);
  const maxFormWords = model.maxFormWords;
  // Ids run from -1 (unknown) to below the vocabulary's size: two fit in one exact number.
  const idSpan = model.vocabulary().length + 1;
  const start = model.idOf(SENTENCE_START);
  const end = model.idOf(SENTENCE_END);
  const readings: SwapReading[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const first = tokens[index];
    if (!first || first.nameLike) continue;
    let form = '';
    const firstId = ids[index] ?? -1;
    let phrase: boolean;
    if (firstId < 0) phrase = model.startsPhrase(first.word);
    else {
      let known = table.startsPhrase[firstId] ?? 0;
      if (known === 0) table.startsPhrase[firstId] = known = model.startsPhrase(first.word) ? 2 : 1;
      phrase = known === 2;
    }
    let longest = phrase ? maxFormWords : 1;
    for (let length = 1; length <= longest; length += 1) {
      const last = tokens[index + length - 1];
      if (!last || last.nameLike || (length > 1 && !last.joined)) break;
      form = length === 1 ? last.word : `${form} ${last.word}`;
      let set: CandidateSet | null | undefined;
      if (length === 1 && firstId >= 0) {
        set = table.sets[firstId];
        if (set === undefined) table.sets[firstId] = set = candidateSet(model, sets, form, length);
      } else set = candidateSet(model, sets, form, length);
      // No longer form starts with this phrase: the lengths after it would find no candidates.
      if (length >= 2 && length < longest && !table.longerPrefixes.has(form)) longest = length;
      if (!set) continue;
      const context = spanContext(tokens, ids, index, length, start, end);
      let core: ReadingCore | undefined;
      if (windows) {
        let byBefore = windows.get(form);
        if (!byBefore) windows.set(form, (byBefore = new Map()));
        const beforeKey = (context.before2 + 1) * idSpan + context.before1 + 1;
        let byAfter = byBefore.get(beforeKey);
        if (!byAfter) byBefore.set(beforeKey, (byAfter = new Map()));
        const afterKey = (context.after1 + 1) * idSpan + context.after2 + 1;
        core = byAfter.get(afterKey);
        if (!core) byAfter.set(afterKey, (core = judge(model, context, set, ids.slice(index, index + length))));
      } else core = judge(model, context, set, ids.slice(index, index + length));
      readings.push(new Reading(core, text, first.start, last.end, index, length));
    }
  }
  return readings;
}

/** A swap table made ready to read: which words start a form, and each form's candidate set. */
interface IndexedTable {
  /** For each word that starts a form, the most words a form starting with it has. */
  longestFrom: Map<string, number>;
  /** Each form's originals (never more words than the form), with ids, as a candidate set; null when none is short enough. */
  sets: Map<string, CandidateSet | null>;
}

/** Tables indexed once per model (a table is made once per lexicon and read in every paragraph). */
const indexedTables = new WeakMap<EnglishModel, WeakMap<ReadonlyMap<string, readonly string[]>, IndexedTable>>();

function indexedTable(model: EnglishModel, table: ReadonlyMap<string, readonly string[]>): IndexedTable {
  let byTable = indexedTables.get(model);
  if (!byTable) indexedTables.set(model, (byTable = new WeakMap()));
  let indexed = byTable.get(table);
  if (indexed) return indexed;
  indexed = { longestFrom: new Map(), sets: new Map() };
  for (const [form, all] of table) {
    const words = form.split(' ');
    const first = words[0] ?? '';
    indexed.longestFrom.set(first, Math.max(indexed.longestFrom.get(first) ?? 0, words.length));
    const originals = all.filter((original) => original.split(' ').length <= words.length);
    indexed.sets.set(
      form,
      originals.length === 0
        ? null
        : {
            texts: originals,
            ids: originals.map((original) => original.split(' ').map((word) => model.idOf(word))),
            channel: originals.map(() => 0),
            baseRates: originals.map((original) => original.split(' ').reduce((sum, word) => sum + model.unigram(word), 0)),
          },
    );
  }
  byTable.set(table, indexed);
  return indexed;
}

/** Recent table readings by model, table and text: the detector, the pass and the record read the same paragraphs. Bounded. */
const recentTableReadings = new WeakMap<EnglishModel, WeakMap<ReadonlyMap<string, readonly string[]>, Map<string, readonly SwapReading[]>>>();

/**
 * Readings of the spans a given swap table lists (written form → originals), each original
 * weighed without the thesaurus's fan-out: the table records what this spinner wrote for it,
 * so the spinner's choice is no longer one among many. Names and capitalised words are
 * skipped, as in `swapReadings`; an original never has more words than the form.
 */
export function tableReadings(model: EnglishModel, text: string, table: ReadonlyMap<string, readonly string[]>): readonly SwapReading[] {
  if (table.size === 0) return [];
  let byTable = recentTableReadings.get(model);
  if (!byTable) recentTableReadings.set(model, (byTable = new WeakMap()));
  let recent = byTable.get(table);
  if (!recent) byTable.set(table, (recent = new Map()));
  const known = recent.get(text);
  if (known) return known;
  const { longestFrom, sets } = indexedTable(model, table);
  const tokens = tokenize(text);
  const ids = idsOf(model, tokens);
  const start = model.idOf(SENTENCE_START);
  const end = model.idOf(SENTENCE_END);
  const readings: SwapReading[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const first = tokens[index];
    if (!first || first.nameLike) continue;
    // Most words start no form: one lookup, and on to the next.
    const longest = longestFrom.get(first.word);
    if (longest === undefined) continue;
    let form = '';
    for (let length = 1; length <= longest; length += 1) {
      const last = tokens[index + length - 1];
      if (!last || last.nameLike || (length > 1 && !last.joined)) break;
      form = length === 1 ? last.word : `${form} ${last.word}`;
      const set = sets.get(form);
      if (!set) continue;
      const context = spanContext(tokens, ids, index, length, start, end);
      readings.push(new Reading(judge(model, context, set, ids.slice(index, index + length)), text, first.start, last.end, index, length));
    }
  }
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(text, readings);
  return readings;
}
