/**
 * The same statement as several sources carry it: for each quotation, the quotations of
 * other sources whose words are the same (one containing the other, typography aside) or
 * nearly the same (see corroboration.ts for the measure). A reader sees every version side
 * by side, with its differences and the outlet it came through: when three outlets quote a
 * minister, one of them through a spinner, the odd one out shows.
 *
 * Candidates come from an inverted index of content words, as for corroboration, so the
 * cost grows with the quotations, not with their pairs.
 */
import { termOf } from '../compare/passage-terms.ts';
import { english } from '../language/en/index.ts';
import type { Language } from '../language/language.ts';
import type { QuotationStatus } from '../schemas/cleaning-record.ts';
import { MIN_RESTORE_WORDS, RESTORE_SIMILARITY } from './corroboration.ts';
import { bestWindow, wordingKey, wordingWords, type WordingWord } from './wording.ts';

/** One quotation of one source. */
export interface QuotationVersion {
  slug: string;
  /** 1-based paragraph. */
  paragraph: number;
  /** Offset of the quoted words in the paragraph (identifies the quotation within it). */
  start: number;
  /** The quoted words. */
  text: string;
  /** What its words rest on. */
  status: QuotationStatus;
  /** Display names of the outlets it came through. */
  via: readonly string[];
}

export interface QuotationVersionIndex {
  /** The other sources' versions of the quotation at (slug, paragraph, start), in slug order. */
  versionsOf(slug: string, paragraph: number, start: number): readonly QuotationVersion[];
}

/** Terms shared by more quotations than this find no candidates. */
const MAX_POSTINGS = 64;
/** Candidates compared in full per quotation. */
const CANDIDATES = 8;

const keyOf = (slug: string, paragraph: number, start: number) => `${slug}#${paragraph}@${start}`;

/** True when two quotations' words are one statement. */
function sameStatement(a: { words: WordingWord[]; key: string }, b: { words: WordingWord[]; key: string }): boolean {
  if (a.words.length >= MIN_RESTORE_WORDS && b.words.length >= MIN_RESTORE_WORDS) {
    if (` ${a.key} `.includes(` ${b.key} `) || ` ${b.key} `.includes(` ${a.key} `)) return true;
  } else return a.key === b.key;
  const [shorter, longer] = a.words.length <= b.words.length ? [a, b] : [b, a];
  const match = bestWindow(shorter.words, longer.words);
  return match !== undefined && match.similarity >= RESTORE_SIMILARITY;
}

/** `language` is the one quotations are compared in (the dossier's): English unless given. */
export function indexQuotationVersions(quotations: readonly QuotationVersion[], language: Language = english): QuotationVersionIndex {
  const entries = quotations.map((quotation) => {
    const words = wordingWords(quotation.text);
    const terms = new Set(words.flatMap((word) => termOf(word.key, language) ?? []));
    return { quotation, words, key: wordingKey(quotation.text), terms };
  });
  const postings = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    for (const term of entry.terms) {
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  });
  const versions = new Map<string, QuotationVersion[]>();
  entries.forEach((entry) => {
    const shared = new Map<number, number>();
    for (const term of entry.terms) {
      const list = postings.get(term) ?? [];
      if (list.length > MAX_POSTINGS) continue;
      for (const other of list) if (entries[other]?.quotation.slug !== entry.quotation.slug) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const found = [...shared]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, CANDIDATES)
      .flatMap(([other]) => {
        const candidate = entries[other];
        return candidate && sameStatement(entry, candidate) ? [candidate.quotation] : [];
      })
      .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : a.paragraph - b.paragraph || a.start - b.start));
    if (found.length > 0) versions.set(keyOf(entry.quotation.slug, entry.quotation.paragraph, entry.quotation.start), found);
  });
  return { versionsOf: (slug, paragraph, start) => versions.get(keyOf(slug, paragraph, start)) ?? [] };
}
