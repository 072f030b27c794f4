/**
 * Suggested evidence: for every key question and every source that does not answer it yet,
 * the passages most like the evidence the dossier already has, ranked, each with the
 * sentence that would be its evidence. A maintainer who adds ten reports gets told where
 * each one answers each question instead of reading all ten; the answer sentence stays
 * theirs to write, and the evidence they accept is checked word for word as any other.
 *
 * How a paragraph p of an unanswering source is scored against one piece of existing
 * evidence e (words copied from paragraph P of an answering source):
 *
 *   score_e(p) = ALIGNED × aligner(p, P)            the passage aligner's score, when it matched p with P
 *              + WORDS × cosine(sentence, e)          the best sentence of p against e's own words
 *              + ACTORS × actorOverlap(sentence, e)    the actors both name, rarest counting most
 *              + QUESTION × cosine(sentence, question) the question's own words ("ordered", "halt")
 *
 * The aligner (src/compare/align-passages.ts, with a lower threshold than the compare page's)
 * says whether the two paragraphs cover the same ground; the evidence's own words and actors
 * say whether p carries the claim itself, not only its surroundings. Cosines are TF-IDF over
 * the aligner's terms (passage-terms.ts), with document frequencies over every paragraph of
 * the dossier. A question with several answers scores p by its best match plus half its
 * second best: a passage like two sources' evidence is likelier than one like a single one.
 *
 * Candidates are the aligner's matches of every evidence paragraph, and the paragraphs that
 * share one of the evidence's words used by at most `maxPostings` paragraphs (as the aligner
 * finds its candidates), so the work grows with the evidence, not with sources × paragraphs.
 * Pure: the build report and `npm run suggest-evidence` give it the sources and questions.
 */
import { alignPassages, atThreshold, type Alignment, type PassageMatch } from '../compare/align-passages.ts';
import { passageTerms } from '../compare/passage-terms.ts';
import { english } from '../language/en/index.ts';
import type { Language } from '../language/language.ts';
import { locateEvidence } from './locate-evidence.ts';
import { settledSources } from './no-answer.ts';
import { compareStrings } from '../lib/compare-strings.ts';

/** A source as the suggester reads it. */
export interface SuggestionSource {
  /** Source slug. */
  slug: string;
  /** Plain-text paragraphs, numbered from 1 as on the source page. */
  paragraphs: readonly string[];
}

/** A key question with its answers so far. */
export interface SuggestionQuestion {
  /** Question id (its file name). */
  id: string;
  /** The question, as a reader asks it. */
  question: string;
  /** Each answering source with its evidence. */
  answers: readonly { source: string; evidence: readonly string[] }[];
  /** Sources an editor has read for the question and found no answer in: nothing is suggested in them. */
  noAnswerIn?: readonly string[];
}

export interface SuggestOptions {
  /** Actor ids a text names (outlets left out); without it, actors count for nothing. */
  actorsOf?: (text: string) => readonly string[];
  /** Paragraphs suggested per question and source (default 3). */
  perSource?: number;
  /** Lowest score suggested (default `MIN_SCORE`). */
  minScore?: number;
  /** Only these questions (ids). */
  questions?: readonly string[];
  /** Only these sources (slugs). */
  sources?: readonly string[];
  /** Words used by more paragraphs than this find no candidates (default `MAX_POSTINGS`). */
  maxPostings?: number;
  /** The language questions and passages are compared in: the dossier's (default English). */
  language?: Language;
  /**
   * The sources' alignment at `SUGGESTION_ALIGNMENT_THRESHOLD` or lower, made with the same
   * `actorsOf` and language, where the caller has one already (the build aligns once for this
   * and the compare page); without it the suggester aligns the sources itself.
   */
  alignment?: Alignment;
}

/** One suggested passage. */
export interface SuggestedEvidence {
  /** Question id. */
  question: string;
  /** Slug of the source that does not answer the question yet. */
  source: string;
  /** 1 for the best suggestion for this question and source. */
  rank: number;
  /** 1-based paragraph number in the source. */
  paragraph: number;
  /** The sentence proposed as evidence, copied from the paragraph (its final full stop left out). */
  text: string;
  /** The score, for ordering; comparable within one build only. */
  score: number;
  /** The existing evidence it is most like. */
  like: { source: string; paragraph: number; text: string };
  /** Actor ids the sentence shares with that evidence, rarest first. */
  sharedActors: string[];
  /** Words the sentence shares with that evidence, weightiest first, as the sentence writes them. */
  sharedWords: string[];
}

/** Weights of the score's parts, set before the fixtures were measured (see the module comment). */
export const WEIGHTS = { ALIGNED: 0.5, WORDS: 1, ACTORS: 0.4, QUESTION: 0.3 } as const;
/** Lowest score suggested: a sentence sharing one weighty word with the evidence and little else stays out. */
export const MIN_SCORE = 0.2;
/** The aligner's threshold for suggestions: lower than the compare page's, as this only proposes. */
export const SUGGESTION_ALIGNMENT_THRESHOLD = 0.1;
export const MAX_POSTINGS = 256;

interface Vector {
  weights: Map<string, number>;
  surfaces: Map<string, string>;
}

interface Sentence {
  text: string;
  vector: Vector;
  actors: string[];
}

/** A candidate paragraph as the scorer reads it: its sentences, and the terms and actors they hold. */
interface CandidateParagraph {
  sentences: Sentence[];
  /** The sentences' terms, each once. */
  terms: string[];
  /** The sentences' actors, each once. */
  actors: string[];
}

/** Which pieces of a question's evidence hold each term and each actor: a candidate's bounds walk its own terms, not every piece's. */
interface EvidenceIndex {
  /** By term: each piece holding it (its index) and the term's squared weight there. */
  terms: Map<string, Array<{ piece: number; squared: number }>>;
  /** By actor: the pieces naming it. */
  actors: Map<string, number[]>;
}

function evidenceIndex(evidence: readonly Evidence[]): EvidenceIndex {
  const terms: EvidenceIndex['terms'] = new Map();
  const actors: EvidenceIndex['actors'] = new Map();
  evidence.forEach((piece, index) => {
    for (const [term, weight] of piece.vector.weights) {
      const list = terms.get(term);
      if (list) list.push({ piece: index, squared: weight * weight });
      else terms.set(term, [{ piece: index, squared: weight * weight }]);
    }
    for (const actor of piece.actors) {
      const list = actors.get(actor);
      if (list) list.push(index);
      else actors.set(actor, [index]);
    }
  });
  return { terms, actors };
}

interface Evidence {
  source: string;
  paragraph: number;
  text: string;
  vector: Vector;
  actors: string[];
  /** The aligner's matches of the evidence's paragraph, by "slug#paragraph". */
  aligned: Map<string, PassageMatch>;
}

const key = (slug: string, paragraph: number) => `${slug}#${paragraph}`;

export function suggestEvidence(
  sources: readonly SuggestionSource[],
  questions: readonly SuggestionQuestion[],
  options: SuggestOptions = {},
): SuggestedEvidence[] {
  const perSource = options.perSource ?? 3;
  const minScore = options.minScore ?? MIN_SCORE;
  const maxPostings = options.maxPostings ?? MAX_POSTINGS;
  const actorsOf = options.actorsOf ?? (() => []);
  const language = options.language ?? english;
  const wantedQuestions = options.questions ? new Set(options.questions) : undefined;
  const wantedSources = options.sources ? new Set(options.sources) : undefined;
  const bySlug = new Map(sources.map((source) => [source.slug, source]));

  // Document frequencies over every paragraph, and an index from each word to the paragraphs using it.
  const documents = new Map<string, number>();
  const postings = new Map<string, string[]>();
  let total = 0;
  for (const source of sources) {
    source.paragraphs.forEach((text, index) => {
      total += 1;
      for (const { term } of passageTerms(text, language)) {
        documents.set(term, (documents.get(term) ?? 0) + 1);
        const list = postings.get(term);
        if (list) list.push(key(source.slug, index + 1));
        else postings.set(term, [key(source.slug, index + 1)]);
      }
    });
  }
  const idf = (term: string) => Math.log(1 + total / (documents.get(term) ?? 1));
  const vectorOf = (text: string): Vector => {
    const terms = passageTerms(text, language);
    const weights = new Map<string, number>();
    let norm = 0;
    for (const { term, count } of terms) {
      const weight = (1 + Math.log(count)) * idf(term);
      weights.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [term, weight] of weights) weights.set(term, weight / norm);
    return { weights, surfaces: new Map(terms.map((entry) => [entry.term, entry.surface])) };
  };
  // How telling an actor is: 1 for one a single paragraph names, less the more paragraphs name it.
  const actorDocuments = new Map<string, number>();
  const paragraphActors = new Map<string, string[]>();
  for (const source of sources) {
    source.paragraphs.forEach((text, index) => {
      const actors = [...new Set(actorsOf(text))];
      paragraphActors.set(key(source.slug, index + 1), actors);
      for (const id of actors) actorDocuments.set(id, (actorDocuments.get(id) ?? 0) + 1);
    });
  }
  const specificity = (id: string) => (total > 1 ? Math.log(1 + total / (actorDocuments.get(id) ?? 1)) / Math.log(1 + total) : 1);

  const alignment = options.alignment
    ? atThreshold(options.alignment, SUGGESTION_ALIGNMENT_THRESHOLD)
    : alignPassages(sources, { actorsOf: (text) => [...actorsOf(text)], threshold: SUGGESTION_ALIGNMENT_THRESHOLD, language });
  const matchesOf = new Map<string, PassageMatch[]>();
  for (const source of alignment.sources) {
    for (const paragraph of source.paragraphs) matchesOf.set(key(source.slug, paragraph.paragraph), paragraph.matches);
  }

  // A candidate paragraph is read once for all the questions that find it.
  const paragraphCache = new Map<string, CandidateParagraph>();
  const paragraphOf = (slug: string, paragraph: number): CandidateParagraph => {
    const id = key(slug, paragraph);
    const cached = paragraphCache.get(id);
    if (cached) return cached;
    const text = bySlug.get(slug)?.paragraphs[paragraph - 1] ?? '';
    const sentences = language.splitSentences(text).map((span) => {
      const sentence = text.slice(span.start, span.end).trim();
      return { text: sentence, vector: vectorOf(sentence), actors: [...new Set(actorsOf(sentence))] };
    });
    const read = {
      sentences,
      terms: [...new Set(sentences.flatMap((sentence) => [...sentence.vector.weights.keys()]))],
      actors: [...new Set(sentences.flatMap((sentence) => sentence.actors))],
    };
    paragraphCache.set(id, read);
    return read;
  };

  const suggestions: SuggestedEvidence[] = [];
  for (const question of questions) {
    if (wantedQuestions && !wantedQuestions.has(question.id)) continue;
    // Sources already answering, and those an editor read and found silent: neither is asked again.
    const settled = settledSources(question);
    const questionVector = vectorOf(question.question);
    const evidence: Evidence[] = question.answers.flatMap((answer) => {
      const source = bySlug.get(answer.source);
      if (!source) return [];
      return answer.evidence.flatMap((text) => {
        const found = locateEvidence(source.paragraphs, text);
        if (!found.found) return [];
        const paragraph = found.location.paragraph;
        const aligned = new Map((matchesOf.get(key(source.slug, paragraph)) ?? []).map((match) => [key(match.slug, match.paragraph), match]));
        return [{ source: source.slug, paragraph, text, vector: vectorOf(text), actors: [...new Set(actorsOf(text))], aligned }];
      });
    });
    if (evidence.length === 0) continue;

    // Candidates: the aligner's matches, and paragraphs sharing a telling word with the evidence.
    const candidates = new Set<string>();
    for (const piece of evidence) {
      for (const id of piece.aligned.keys()) candidates.add(id);
      for (const term of piece.vector.weights.keys()) {
        const list = postings.get(term) ?? [];
        if (list.length <= maxPostings) for (const id of list) candidates.add(id);
      }
    }
    const pieces = evidenceIndex(evidence);
    const bySource = new Map<string, { paragraph: number; score: number; best: ReturnType<typeof scoreAgainst> }[]>();
    for (const id of candidates) {
      const at = id.lastIndexOf('#');
      const slug = id.slice(0, at);
      const paragraph = Number(id.slice(at + 1));
      if (settled.has(slug) || (wantedSources && !wantedSources.has(slug))) continue;
      const read = paragraphOf(slug, paragraph);
      // The question's own words weigh the same against a sentence whichever evidence it is
      // compared with: once per sentence, not once per sentence and piece of evidence.
      const questionCosines = read.sentences.map((sentence) => cosine(sentence.vector, questionVector));
      const [best, second] = bestTwo(evidence, pieces, read, questionCosines, id, specificity);
      if (!best) continue;
      const score = best.score + 0.5 * (second?.score ?? 0);
      const list = bySource.get(slug) ?? [];
      list.push({ paragraph, score, best });
      bySource.set(slug, list);
    }
    for (const slug of [...bySource.keys()].sort(compareStrings)) {
      const ranked = bySource
        .get(slug)!
        .filter((entry) => entry.score >= minScore)
        .sort((a, b) => b.score - a.score || a.paragraph - b.paragraph)
        .slice(0, perSource);
      ranked.forEach((entry, index) => {
        suggestions.push({
          question: question.id,
          source: slug,
          rank: index + 1,
          paragraph: entry.paragraph,
          text: entry.best.sentence.text.replace(/\.$/u, ''),
          score: Math.round(entry.score * 1000) / 1000,
          like: { source: entry.best.piece.source, paragraph: entry.best.piece.paragraph, text: entry.best.piece.text },
          sharedActors: entry.best.sharedActors,
          sharedWords: entry.best.sharedWords,
        });
      });
    }
  }
  return suggestions;
}

/** Added to an upper bound so that rounding never lets a score pass it. */
const BOUND_MARGIN = 1e-9;

/**
 * The two pieces of evidence a candidate paragraph (`id`, of these sentences) scores best
 * against, best first, ties in evidence order: what sorting every piece's `scoreAgainst` by
 * score gives at its head, without scoring every piece. A candidate is found through one
 * piece's words but compared with all of a question's evidence (dozens of pieces at a few
 * thousand sources), most of which share nothing with it; so each piece first gets a cheap
 * upper bound of its score, and pieces are scored from the highest bound down until a bound
 * falls below the second best score found, which no piece left can then reach.
 *
 * The bound: a sentence's cosine with a piece is at most the length of the piece's vector on
 * the terms the paragraph uses (both are unit vectors); its actor overlap at most the
 * specificity of the piece's actors the paragraph names over the piece's actor count (the
 * union is never smaller than that count); its question cosine at most the best sentence's.
 */
function bestTwo(
  evidence: readonly Evidence[],
  pieces: EvidenceIndex,
  paragraph: CandidateParagraph,
  questionCosines: readonly number[],
  id: string,
  specificity: (id: string) => number,
): ReturnType<typeof scoreAgainst>[] {
  const { sentences } = paragraph;
  const question = Math.max(0, ...questionCosines);
  // Each piece's squared weight on the paragraph's terms, and the specificity of its actors
  // the paragraph names, gathered from the paragraph's side: most pieces share nothing with it.
  const words = new Float64Array(evidence.length);
  for (const term of paragraph.terms) for (const { piece, squared } of pieces.terms.get(term) ?? []) words[piece]! += squared;
  const named = new Float64Array(evidence.length);
  for (const actor of paragraph.actors) for (const piece of pieces.actors.get(actor) ?? []) named[piece]! += specificity(actor);
  const bounds = evidence.map((piece, index) => {
    const overlap = piece.actors.length > 0 ? named[index]! / piece.actors.length : 0;
    const aligned = piece.aligned.get(id)?.score ?? 0;
    const bound = WEIGHTS.WORDS * Math.sqrt(words[index]!) + WEIGHTS.ACTORS * overlap + WEIGHTS.QUESTION * question + WEIGHTS.ALIGNED * aligned + BOUND_MARGIN;
    return { index, bound, aligned };
  });
  bounds.sort((a, b) => b.bound - a.bound || a.index - b.index);
  const scored: { index: number; result: ReturnType<typeof scoreAgainst> }[] = [];
  // The two best scores so far, highest first.
  let first = -Infinity;
  let second = -Infinity;
  for (const { index, bound, aligned } of bounds) {
    if (bound < second) break;
    const result = scoreAgainst(evidence[index]!, sentences, questionCosines, aligned, specificity);
    scored.push({ index, result });
    if (result.score > first) [first, second] = [result.score, first];
    else if (result.score > second) second = result.score;
  }
  // In evidence order, then by score: a stable sort keeps ties in evidence order, as sorting every piece would.
  return scored
    .sort((a, b) => a.index - b.index)
    .map((entry) => entry.result)
    .sort((a, b) => b.score - a.score)
    .slice(0, 2);
}

/**
 * The best sentence of a paragraph against one piece of evidence, and its score.
 * `questionCosines[i]` is the cosine of `sentences[i]` with the question. Only the cosine is
 * computed per sentence; the shared words are listed for the best one alone (listing them
 * sorts every shared term, and this runs for every candidate, sentence and piece of evidence).
 */
function scoreAgainst(
  piece: Evidence,
  sentences: readonly Sentence[],
  questionCosines: readonly number[],
  aligned: number,
  specificity: (id: string) => number,
): { score: number; sentence: Sentence; piece: Evidence; sharedActors: string[]; sharedWords: string[] } {
  let best: { score: number; sentence: Sentence; sharedActors: string[] } | undefined;
  for (const [index, sentence] of sentences.entries()) {
    // Both lists are of distinct ids, so the union is their lengths less what they share.
    const sharedActors = sentence.actors.length === 0 ? [] : piece.actors.filter((id) => sentence.actors.includes(id));
    if (sharedActors.length > 1) sharedActors.sort((a, b) => specificity(b) - specificity(a) || compareStrings(a, b));
    const union = piece.actors.length + sentence.actors.length - sharedActors.length;
    const actorOverlap = union > 0 ? sharedActors.reduce((sum, id) => sum + specificity(id), 0) / union : 0;
    const score = WEIGHTS.WORDS * cosine(sentence.vector, piece.vector) + WEIGHTS.ACTORS * actorOverlap + WEIGHTS.QUESTION * questionCosines[index]!;
    if (!best || score > best.score) best = { score, sentence, sharedActors };
  }
  if (!best) {
    return { score: WEIGHTS.ALIGNED * aligned, sentence: { text: '', vector: { weights: new Map(), surfaces: new Map() }, actors: [] }, piece, sharedActors: [], sharedWords: [] };
  }
  const { sentence } = best;
  const sharedWords = sharedTerms(sentence.vector, piece.vector).map((term) => sentence.vector.surfaces.get(term) ?? term);
  return { ...best, score: best.score + WEIGHTS.ALIGNED * aligned, piece, sharedWords };
}

/** The smaller of two vectors' weights, and the larger: a cosine walks the smaller. */
function bySize(a: Vector, b: Vector): [Map<string, number>, Map<string, number>] {
  return a.weights.size <= b.weights.size ? [a.weights, b.weights] : [b.weights, a.weights];
}

/** Cosine of two unit vectors. */
function cosine(a: Vector, b: Vector): number {
  const [small, large] = bySize(a, b);
  let sum = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}

/** The terms two vectors share, heaviest in their cosine first (at most five). */
function sharedTerms(a: Vector, b: Vector): string[] {
  const [small, large] = bySize(a, b);
  const parts: { term: string; value: number }[] = [];
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) parts.push({ term, value: weight * other });
  }
  parts.sort((x, y) => y.value - x.value || compareStrings(x.term, y.term));
  return parts.slice(0, 5).map((part) => part.term);
}
