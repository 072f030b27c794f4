/**
 * Where a text may hold a thesaurus swap, and how much more English its best un-swapped
 * reading is. For each word or phrase (up to the table's longest form) that has thesaurus
 * candidates, every candidate is scored in its context with the bigram model: the log10
 * probability of the words from the one before the span to the one after it. The margin is
 * the best candidate's score minus the text's own, each candidate weighed by the chance a
 * spinner would have picked this word for it (one of its `fanOut` thesaurus terms: a word
 * with a hundred "synonyms", like "take", is rarely the one behind a given swap). A margin
 * of 2 means the candidate reading is a hundred times more probable.
 *
 * A candidate is never longer than the words it would replace: a spinner pads ("against"
 * → "in opposition to"), so un-spinning shortens or keeps the length, and a longer reading
 * ("warfare" → "world war") would be the model's invention.
 */
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
  /** The best candidate (lower case) and the others, best first, with their scores (log10). */
  best: string;
  candidates: Array<{ text: string; score: number }>;
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
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/** Words of a text, with what separates them: only spaces keep two words in one context. */
export function tokenize(text: string): Array<Token & { joined: boolean; sentenceStart: boolean }> {
  const tokens: Array<Token & { joined: boolean; sentenceStart: boolean }> = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const between = text.slice(previousEnd, match.index);
    const sentenceStart = tokens.length === 0 || /[.!?:;]["”’)]*\s*$|^\s*["“‘(]/.test(between) || /[.!?]["”’)]?\s+["“‘(]?$/.test(between);
    const joined = tokens.length > 0 && /^ $/.test(between);
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

/** log10 probability of `words` following `before` and followed by `after`. */
function spanScore(model: EnglishModel, before: string, words: readonly string[], after: string): number {
  let score = 0;
  let previous = before;
  for (const word of words) {
    score += model.logProb(previous, word);
    previous = word;
  }
  return score + model.logProb(previous, after);
}

/** Every span of a text with thesaurus candidates, scored; names and capitalised words are skipped. */
export function swapReadings(model: EnglishModel, text: string): SwapReading[] {
  const tokens = tokenize(text);
  const readings: SwapReading[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const first = tokens[index];
    if (!first || first.nameLike) continue;
    for (let length = 1; length <= model.maxFormWords; length += 1) {
      const span = tokens.slice(index, index + length);
      if (span.length < length || span.some((token, at) => token.nameLike || (at > 0 && !token.joined))) break;
      const words = span.map((token) => token.word);
      const candidates = model.candidates(words.join(' '));
      if (candidates.length === 0) continue;
      const previousToken = tokens[index - 1];
      const nextToken = tokens[index + length];
      const before = first.sentenceStart || !previousToken || !first.joined ? SENTENCE_START : previousToken.word;
      const after = !nextToken || nextToken.sentenceStart || !nextToken.joined ? SENTENCE_END : nextToken.word;
      const observed = spanScore(model, before, words, after);
      const scored = candidates
        .filter((candidate) => candidate.split(' ').length <= length)
        .map((candidate) => ({
          text: candidate,
          score: spanScore(model, before, candidate.split(' '), after) - Math.log10(model.fanOut(candidate)),
        }))
        .sort((a, b) => b.score - a.score || (a.text < b.text ? -1 : 1));
      const best = scored[0];
      if (!best) continue;
      const last = span[span.length - 1] ?? first;
      readings.push({
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        best: best.text,
        candidates: scored,
        observed,
        margin: best.score - observed,
        token: index,
        length,
      });
    }
  }
  return readings;
}
