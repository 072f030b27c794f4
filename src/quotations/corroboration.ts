/**
 * Sources corroborate each other's quotations. A copy damaged by a spinner or a round-trip
 * translation may have changed a speaker's words; a copy of another report that arrived
 * undamaged (a clean source) quoting the same words shows what was said. For each quotation
 * of a damaged copy, the quotations of the clean sources are searched:
 *
 * - the same words (typography aside), whole or as part of a longer quotation: the
 *   quotation is *corroborated* by that source, and its words stand;
 * - nearly the same words (similarity at least RESTORE_SIMILARITY over at least
 *   MIN_RESTORE_WORDS words, in a window of the clean quotation): the damaged wording is
 *   *restored* to the clean source's words, a change whose evidence is that source's
 *   paragraph, which a reader can open;
 * - nothing: the wording stays the damaged copy's, *unverified*.
 *
 * Candidates come from an inverted index of the clean quotations by their content words, so
 * a quotation is compared with the few clean quotations that share its rarer words, never
 * with all of them: the cost grows with the quotations, not with their pairs. Everything is
 * ordered by slug and paragraph, so the result depends on the texts only.
 */
import { termOf } from '../compare/passage-terms.ts';
import { english } from '../language/en/index.ts';
import type { Language } from '../language/language.ts';
import { bestWindow, wordingKey, wordingWords, type WordingWord } from './wording.ts';

/** A source as corroboration reads it. */
export interface CorroboratingSource {
  slug: string;
  /** Plain-text paragraphs, numbered from 1. */
  paragraphs: readonly string[];
}

/** One quotation of a clean source. */
interface CleanQuotation {
  slug: string;
  /** 1-based paragraph. */
  paragraph: number;
  /** The paragraph's text (windows are cut from it). */
  text: string;
  /** Offsets of the quoted words (marks excluded) in the paragraph. */
  start: number;
  end: number;
  words: WordingWord[];
  /** Wording key of the quoted words, for exact containment. */
  key: string;
}

/** Similarity at which a damaged wording is restored from a clean source's: most words in place, in order. */
export const RESTORE_SIMILARITY = 0.75;

/** Fewer words than this are never restored by similarity (a two-word phrase is too easily like another). */
export const MIN_RESTORE_WORDS = 3;

/** Longer quotations are only corroborated word for word: comparing windows costs the square of the length. */
export const MAX_COMPARED_WORDS = 80;

/** Candidates compared in full per quotation, those sharing the most rare words first. */
const CANDIDATES = 8;

/** Content words shared by more clean quotations than this find no candidates (too common to tell). */
const MAX_POSTINGS = 64;

/** The clean sources' quotations, indexed by content word. */
export interface CleanQuotationIndex {
  quotations: readonly CleanQuotation[];
  postings: ReadonlyMap<string, readonly number[]>;
  /** The language the quotations are compared in: a quotation looked up is read the same way. */
  language: Language;
}

/** Content-word terms of a list of words (function words and reporting words dropped, stems). */
function terms(words: readonly WordingWord[], language: Language): Set<string> {
  const found = new Set<string>();
  for (const word of words) {
    const term = termOf(word.key, language);
    if (term !== undefined) found.add(term);
  }
  return found;
}

/**
 * Indexes every quotation of the clean sources, in slug and paragraph order. `language` is
 * the one quotations are compared in (the dossier's): English unless given.
 */
export function indexCleanQuotations(sources: readonly CorroboratingSource[], language: Language = english): CleanQuotationIndex {
  const quotations: CleanQuotation[] = [];
  const postings = new Map<string, number[]>();
  const ordered = [...sources].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  for (const source of ordered) {
    source.paragraphs.forEach((text, index) => {
      for (const quotation of language.findQuotations(text)) {
        const inner = text.slice(quotation.inner.start, quotation.inner.end);
        const words = wordingWords(inner).map((word) => ({ ...word, start: word.start + quotation.inner.start, end: word.end + quotation.inner.start }));
        if (words.length === 0) continue;
        const id = quotations.length;
        quotations.push({ slug: source.slug, paragraph: index + 1, text, start: quotation.inner.start, end: quotation.inner.end, words, key: wordingKey(inner) });
        for (const term of terms(words, language)) {
          const list = postings.get(term) ?? [];
          list.push(id);
          postings.set(term, list);
        }
      }
    });
  }
  return { quotations, postings, language };
}

/** Where a quotation's words were found in a clean source. */
export interface QuotationEvidence {
  /** Slug of the clean source. */
  source: string;
  /** 1-based paragraph. */
  paragraph: number;
  /** The clean source's words (the matching part of its quotation), as written there. */
  text: string;
}

/** What corroboration found for one quotation. */
export type QuotationFinding =
  | { kind: 'corroborated'; evidence: QuotationEvidence[] }
  | { kind: 'restore'; evidence: QuotationEvidence; similarity: number }
  | { kind: 'unverified' };

/**
 * The clean quotations sharing content words with `words`, each with how many it shares,
 * most first (ties by index), through terms that are rare enough to tell passages apart.
 * `telling` is how many of the quotation's terms were looked up.
 */
function sharing(index: CleanQuotationIndex, words: readonly WordingWord[], exclude: string | undefined): { shared: Array<[number, number]>; telling: number } {
  const counts = new Map<number, number>();
  let telling = 0;
  for (const term of terms(words, index.language)) {
    const list = index.postings.get(term) ?? [];
    if (list.length > MAX_POSTINGS) continue;
    telling += 1;
    for (const id of list) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const shared = [...counts].filter(([id]) => index.quotations[id]?.slug !== exclude).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return { shared, telling };
}

/**
 * What the clean sources say of one quotation's words (the words only, without marks).
 * `exclude` is the slug of the quotation's own source, which cannot corroborate itself.
 */
export function corroborateQuotation(index: CleanQuotationIndex, quoted: string, exclude?: string): QuotationFinding {
  const words = wordingWords(quoted);
  if (words.length === 0) return { kind: 'unverified' };
  const key = wordingKey(quoted);
  const { shared, telling } = sharing(index, words, exclude);
  // Word for word, whole or inside a longer quotation: every clean source that has it. Such
  // a quotation has every telling term of this one, so only those are compared.
  const exact = shared
    .filter(([, count]) => count === telling && telling > 0)
    .map(([id]) => index.quotations[id])
    .filter((candidate): candidate is CleanQuotation => candidate !== undefined && ` ${candidate.key} `.includes(` ${key} `));
  if (exact.length > 0) {
    return {
      kind: 'corroborated',
      evidence: exact.map((candidate) => {
        const match = bestWindow(words, candidate.words);
        return { source: candidate.slug, paragraph: candidate.paragraph, text: candidate.text.slice(match?.start ?? candidate.start, match?.end ?? candidate.end) };
      }),
    };
  }
  if (words.length < MIN_RESTORE_WORDS || words.length > MAX_COMPARED_WORDS) return { kind: 'unverified' };
  let best: { id: number; similarity: number; start: number; end: number } | undefined;
  for (const [id] of shared.slice(0, CANDIDATES)) {
    const candidate = index.quotations[id];
    if (!candidate || candidate.words.length > 4 * MAX_COMPARED_WORDS) continue;
    const match = bestWindow(words, candidate.words);
    if (match && (!best || match.similarity > best.similarity)) best = { id, similarity: match.similarity, start: match.start, end: match.end };
  }
  const found = best === undefined ? undefined : index.quotations[best.id];
  if (!best || !found || best.similarity < RESTORE_SIMILARITY) return { kind: 'unverified' };
  return { kind: 'restore', similarity: best.similarity, evidence: { source: found.slug, paragraph: found.paragraph, text: found.text.slice(best.start, best.end) } };
}
