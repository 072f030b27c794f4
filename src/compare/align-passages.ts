/**
 * Aligns the sources passage by passage, with no curation: every paragraph of every source is
 * matched with the closest paragraphs of the other sources, so a reader sees what several
 * sources report and what only one does.
 *
 * The unit is the paragraph. Source pages number paragraphs (¶3 links to `#p3`), citations
 * and actor mentions count them the same way, so a match links to exactly the passage it
 * means; a news paragraph is also usually one point, where a sentence is often too short to
 * compare by its words (a quotation, "Okafor added.") and a page would have no anchor for it.
 *
 * Similarity of two paragraphs p and q of different sources:
 *
 *   score = cosine(p, q) + ACTOR_WEIGHT × actorOverlap(p, q)
 *
 * - cosine: of their TF-IDF vectors over terms (see passage-terms.ts: function words dropped,
 *   spellings folded, words stemmed). A term weighs (1 + ln count) × ln(1 + N / df), with N
 *   the paragraphs of all sources and df those using the term: a word every source uses
 *   weighs little, a word two passages alone share weighs most.
 * - actorOverlap: Jaccard of the actors the two paragraphs name (shared ÷ named by either),
 *   each shared actor counting by how telling it is, ln(1 + N / df) ÷ ln(1 + N): 1 for an
 *   actor no other paragraph names, little for Brenn, whom most paragraphs name. Outlets are
 *   left out (see `actorReader`). 0 when no actor reader is given: the score is then the
 *   cosine alone. Names still count as words too; the overlap adds that "Defence Secretary
 *   Ilsa Marrow" and "Marrow" are one person.
 *
 * A match is a pair scoring at least the threshold. It means the passages cover the same
 * ground, not that they agree.
 *
 * Cost. Comparing every paragraph with every other is quadratic, so candidates come from an
 * inverted index from each term to the paragraphs using it: a paragraph is scored only
 * against paragraphs of other sources sharing at least one term, through terms used by at
 * most `maxPostings` paragraphs (a term in more is too common to single out a passage; it
 * still counts in the score of the pairs found through rarer terms). Of those, the
 * `candidatesPerParagraph` with the largest share of the score are scored in full. With T
 * distinct terms per paragraph and n paragraphs, finding candidates visits at most
 * n × T × maxPostings postings and scoring costs n × candidatesPerParagraph × T: linear in n
 * for fixed limits, where all pairs would be n²/2. `stats` reports both counts, so tests can
 * hold the structure to that without timing anything.
 *
 * Each pair is scored once and, if it matches, recorded on both sides, so matching is
 * symmetric: if p lists q, q lists p. Output order depends only on the input.
 */
import { english } from '../language/en/index.ts';
import type { Language } from '../language/language.ts';
import { passageTerms } from './passage-terms.ts';
import { compareStrings } from '../lib/compare-strings.ts';

/** A source as the aligner reads it. */
export interface AlignmentInput {
  /** Source slug, unique among the inputs. */
  slug: string;
  /** Plain-text paragraphs, numbered from 1 as on the source page. */
  paragraphs: readonly string[];
}

/** Settings of the alignment; each has a calibrated default. */
export interface AlignmentOptions {
  /** Ids of the actors a paragraph names (see `actorReader`); without it, actors add nothing. */
  actorsOf?: (text: string) => readonly string[];
  /** Lowest score that counts as a match (default `MATCH_THRESHOLD`). */
  threshold?: number;
  /** Weight of the actor overlap added to the cosine (default `ACTOR_WEIGHT`). */
  actorWeight?: number;
  /** Terms used by more paragraphs than this find no candidates (default `MAX_POSTINGS`). */
  maxPostings?: number;
  /** Candidates per paragraph scored in full (default `CANDIDATES_PER_PARAGRAPH`). */
  candidatesPerParagraph?: number;
  /** How many shared words a match reports (default 5). */
  sharedTermCount?: number;
  /** The language passages are compared in: the dossier's (default English). */
  language?: Language;
}

/** A paragraph of another source that covers the same ground. */
export interface PassageMatch {
  /** Slug of the other source. */
  slug: string;
  /** 1-based paragraph number in the other source. */
  paragraph: number;
  /** cosine + actorWeight × actorOverlap; at least the threshold. */
  score: number;
  /** TF-IDF cosine of the two paragraphs' terms, 0 to 1. */
  cosine: number;
  /** Weighted Jaccard of the actors both name, 0 to 1. */
  actorOverlap: number;
  /** Words both use that weigh most in the score, as written in this paragraph. */
  sharedTerms: string[];
  /** Ids of the actors both name, rarest (most telling) first. */
  sharedActors: string[];
}

/** One paragraph with what it shares with the other sources. */
export interface AlignedParagraph {
  /** 1-based paragraph number. */
  paragraph: number;
  /** Matches in other sources, best first; ties by slug, then paragraph. */
  matches: PassageMatch[];
  /** True when no other source has a matching passage. */
  unique: boolean;
}

/** One source's paragraphs, aligned. */
export interface AlignedSource {
  /** Source slug. */
  slug: string;
  /** Every paragraph, in order. */
  paragraphs: AlignedParagraph[];
}

/** How much work the alignment did, to hold it to near-linear cost without a clock. */
export interface AlignmentStats {
  /** Paragraphs of all sources. */
  paragraphs: number;
  /** Pairs of paragraphs in different sources: what comparing all pairs would score. */
  crossSourcePairs: number;
  /** Terms used by more than `maxPostings` paragraphs, skipped when finding candidates. */
  skippedTerms: number;
  /** Postings read from the inverted index while finding candidates. */
  postingsVisited: number;
  /** Distinct pairs scored in full. */
  pairsScored: number;
  /** Pairs at or above the threshold. */
  matchedPairs: number;
}

/** The alignment of a set of sources. */
export interface Alignment {
  /** The sources, in input order. */
  sources: AlignedSource[];
  /** The threshold used. */
  threshold: number;
  /** Work done. */
  stats: AlignmentStats;
}

/** How two sources overlap. */
export interface PairSummary {
  /** Slug of the first source (input order). */
  a: string;
  /** Slug of the second source. */
  b: string;
  /** Paragraphs of a with a match in b. */
  sharedInA: number;
  /** Paragraphs of b with a match in a. */
  sharedInB: number;
  /** Paragraphs of a with no match in b. */
  onlyInA: number;
  /** Paragraphs of b with no match in a. */
  onlyInB: number;
}

/**
 * Lowest score of a match, chosen on the two seed articles of the seed dossier (their full
 * score matrix heads tests/unit/src/compare/align-passages.test.ts). The passages a reader
 * matches without doubt score 0.46 (who gave the order: the machine-translated copy's ¶2,
 * the spun copy's ¶7) and 0.30 (when: ¶4 and ¶3); the best pair of any passage only one
 * source reports scores at most 0.15 (the translated copy's ¶6–9, the spun copy's ¶13–15).
 * Between them lies a continuum of partial overlaps, so the
 * threshold is put near the middle of 0.15–0.30 in a gap between two neighbouring scores
 * (0.201 and 0.217), not beside any one: 0.21. That leaves a margin of 0.06 over the highest
 * unique passage and 0.09 under the weakest sure match. Scores shift a little as sources are
 * added, since IDF is computed over all of them.
 */
export const MATCH_THRESHOLD = 0.21;

/**
 * Weight of the actor overlap, chosen on the seeds: of 0, 0.1, 0.2, 0.3 and 0.4, the one
 * that best separates the sure matches from the unique passages (the ratio of the weakest
 * sure match to the strongest unique pair is 1.42 with words alone, 1.95 at 0.3). Because
 * overlap counts how telling each shared actor is, two paragraphs sharing only the head of
 * state most paragraphs name gain little, while two naming the minister and the command that
 * received the order gain much.
 */
export const ACTOR_WEIGHT = 0.3;

/**
 * Terms in more paragraphs than this are too common to find candidates by. The seeds have
 * 26 paragraphs, so nothing is skipped there; in the tests' synthetic corpus of 2,000 the
 * 104 commonest terms are. On a synthetic corpus of 500, pruning finds every best match
 * that scoring all pairs finds.
 */
export const MAX_POSTINGS = 64;

/**
 * Candidates per paragraph scored in full: far more than a passage has real matches in a
 * dossier, few enough that scoring stays within 16 pairs per paragraph.
 */
export const CANDIDATES_PER_PARAGRAPH = 16;

interface Passage {
  /** Index of the source in the input. */
  source: number;
  /** 1-based paragraph number. */
  paragraph: number;
  /** Unit-length TF-IDF weights. */
  weights: Map<string, number>;
  /** Each term as written in the paragraph (see `PassageTerm.surface`). */
  surfaces: Map<string, string>;
  /** Distinct actor ids. */
  actors: string[];
}

interface ScoredPair {
  score: number;
  cosine: number;
  actorOverlap: number;
  /** Shared terms, heaviest first. */
  terms: string[];
  /** Shared actors, rarest first. */
  actors: string[];
}

/** Inverse document frequency: ln(1 + N / df). */
function idf(total: number, documents: number): number {
  return Math.log(1 + total / documents);
}

function countInto(counts: Map<string, number>, keys: Iterable<string>): void {
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
}

export function alignPassages(sources: readonly AlignmentInput[], options: AlignmentOptions = {}): Alignment {
  const threshold = options.threshold ?? MATCH_THRESHOLD;
  const actorWeight = options.actorsOf ? (options.actorWeight ?? ACTOR_WEIGHT) : 0;
  const maxPostings = options.maxPostings ?? MAX_POSTINGS;
  const candidatesPerParagraph = options.candidatesPerParagraph ?? CANDIDATES_PER_PARAGRAPH;
  const sharedTermCount = options.sharedTermCount ?? 5;
  const language = options.language ?? english;

  const slugs = new Set<string>();
  for (const source of sources) {
    if (slugs.has(source.slug)) throw new Error(`alignPassages: source "${source.slug}" is given twice`);
    slugs.add(source.slug);
  }

  // Pass 1: terms and actors of every paragraph, and how many paragraphs use each.
  const raw = sources.flatMap((source, sourceIndex) =>
    source.paragraphs.map((text, index) => ({
      source: sourceIndex,
      paragraph: index + 1,
      terms: passageTerms(text, language),
      actors: [...new Set(options.actorsOf?.(text) ?? [])].sort(compareStrings),
    })),
  );
  const total = raw.length;
  const termDocuments = new Map<string, number>();
  const actorDocuments = new Map<string, number>();
  for (const passage of raw) {
    countInto(termDocuments, passage.terms.map((entry) => entry.term));
    countInto(actorDocuments, passage.actors);
  }
  // How telling an actor is: 1 for one only a single paragraph names, less the more name it.
  const specificity = (id: string): number => idf(total, actorDocuments.get(id) ?? 1) / idf(total, 1);

  // Pass 2: unit-length TF-IDF vectors, and the inverted index (postings in paragraph order).
  const passages: Passage[] = raw.map(({ source, paragraph, terms, actors }) => {
    const weights = new Map<string, number>();
    let norm = 0;
    for (const { term, count } of terms) {
      const weight = (1 + Math.log(count)) * idf(total, termDocuments.get(term) ?? 1);
      weights.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [term, weight] of weights) weights.set(term, weight / norm);
    return { source, paragraph, weights, surfaces: new Map(terms.map((entry) => [entry.term, entry.surface])), actors };
  });
  const postings = new Map<string, number[]>();
  passages.forEach((passage, index) => {
    for (const term of passage.weights.keys()) {
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  });

  const stats: AlignmentStats = {
    paragraphs: total,
    crossSourcePairs: crossSourcePairs(sources.map((source) => source.paragraphs.length)),
    skippedTerms: [...postings.values()].filter((list) => list.length > maxPostings).length,
    postingsVisited: 0,
    pairsScored: 0,
    matchedPairs: 0,
  };

  // Pass 3: candidates through the index, then each distinct pair scored once.
  const pairs = new Set<number>();
  const pairKey = (x: number, y: number): number => Math.min(x, y) * total + Math.max(x, y);
  passages.forEach((passage, index) => {
    const partial = new Map<number, number>();
    for (const [term, weight] of passage.weights) {
      const list = postings.get(term)!;
      if (list.length > maxPostings) continue;
      for (const other of list) {
        stats.postingsVisited += 1;
        const candidate = passages[other]!;
        if (candidate.source === passage.source) continue;
        partial.set(other, (partial.get(other) ?? 0) + weight * candidate.weights.get(term)!);
      }
    }
    [...partial]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, candidatesPerParagraph)
      .forEach(([other]) => pairs.add(pairKey(index, other)));
  });

  const matches: PassageMatch[][] = passages.map(() => []);
  for (const key of [...pairs].sort((a, b) => a - b)) {
    const x = Math.floor(key / total);
    const y = key % total;
    const p = passages[x]!;
    const q = passages[y]!;
    stats.pairsScored += 1;
    const scored = scorePair(p, q, actorWeight, specificity);
    if (scored.score < threshold) continue;
    stats.matchedPairs += 1;
    const terms = scored.terms.slice(0, sharedTermCount);
    const common = { score: scored.score, cosine: scored.cosine, actorOverlap: scored.actorOverlap, sharedActors: scored.actors };
    matches[x]!.push({ slug: sources[q.source]!.slug, paragraph: q.paragraph, ...common, sharedTerms: terms.map((term) => p.surfaces.get(term)!) });
    matches[y]!.push({ slug: sources[p.source]!.slug, paragraph: p.paragraph, ...common, sharedTerms: terms.map((term) => q.surfaces.get(term)!) });
  }

  let offset = 0;
  const aligned = sources.map((source) => {
    const paragraphs = source.paragraphs.map((_, index): AlignedParagraph => {
      const list = matches[offset + index]!.sort(
        (a, b) => b.score - a.score || compareStrings(a.slug, b.slug) || a.paragraph - b.paragraph,
      );
      return { paragraph: index + 1, matches: list, unique: list.length === 0 };
    });
    offset += source.paragraphs.length;
    return { slug: source.slug, paragraphs };
  });
  return { sources: aligned, threshold, stats };
}

/**
 * The alignment `alignPassages` makes at a higher threshold, from one made at a lower one:
 * the threshold decides only which scored pairs count as matches (candidates are found and
 * scored the same whatever it is), so raising it keeps the matches scoring at least the new
 * threshold, in the same order, and counts them again. One alignment then serves readers
 * with different thresholds (the compare page and the evidence suggestions) for the price of one.
 */
export function atThreshold(alignment: Alignment, threshold: number): Alignment {
  if (threshold < alignment.threshold) {
    throw new Error(`atThreshold: an alignment at ${alignment.threshold} cannot give one at the lower ${threshold}: the pairs under ${alignment.threshold} were not kept`);
  }
  let matched = 0;
  const sources = alignment.sources.map((source) => ({
    slug: source.slug,
    paragraphs: source.paragraphs.map((paragraph): AlignedParagraph => {
      const matches = paragraph.matches.filter((match) => match.score >= threshold);
      matched += matches.length;
      return { paragraph: paragraph.paragraph, matches, unique: matches.length === 0 };
    }),
  }));
  // Each matching pair is listed on both of its sides.
  return { sources, threshold, stats: { ...alignment.stats, matchedPairs: matched / 2 } };
}

function crossSourcePairs(sizes: readonly number[]): number {
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const within = sizes.reduce((sum, size) => sum + size * size, 0);
  return (total * total - within) / 2;
}

function scorePair(p: Passage, q: Passage, actorWeight: number, specificity: (id: string) => number): ScoredPair {
  const [small, large] = p.weights.size <= q.weights.size ? [p.weights, q.weights] : [q.weights, p.weights];
  const contributions: { term: string; value: number }[] = [];
  let cosine = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other === undefined) continue;
    const value = weight * other;
    cosine += value;
    contributions.push({ term, value });
  }
  contributions.sort((a, b) => b.value - a.value || compareStrings(a.term, b.term));

  const inQ = new Set(q.actors);
  const shared = p.actors.filter((id) => inQ.has(id));
  // Jaccard (shared over all named), each shared actor counting by how telling it is.
  const union = p.actors.length + q.actors.length - shared.length;
  const actorOverlap = union > 0 ? shared.reduce((sum, id) => sum + specificity(id), 0) / union : 0;
  shared.sort((a, b) => specificity(b) - specificity(a) || compareStrings(a, b));

  return {
    score: cosine + actorWeight * actorOverlap,
    cosine,
    actorOverlap,
    terms: contributions.map((entry) => entry.term),
    actors: shared,
  };
}

/**
 * For each pair of sources that share at least one passage: how many paragraphs of each
 * cover common ground, and how many only one of the two reports. Pairs that share nothing
 * are left out, so the list grows with the overlaps found, not with the square of the
 * number of sources. Ordered as the sources are.
 */
export function summarisePairs(alignment: Alignment): PairSummary[] {
  const order = new Map(alignment.sources.map((source, index) => [source.slug, index]));
  // For each ordered pair of source indexes (from, to): the paragraphs of `from` matched in `to`.
  const shared = new Map<string, Set<number>>();
  alignment.sources.forEach((source, from) => {
    for (const { paragraph, matches } of source.paragraphs) {
      for (const match of matches) {
        const key = `${from},${order.get(match.slug)!}`;
        const set = shared.get(key) ?? new Set<number>();
        set.add(paragraph);
        shared.set(key, set);
      }
    }
  });
  const summaries: (PairSummary & { from: number; to: number })[] = [];
  for (const [key, paragraphs] of shared) {
    const [from, to] = key.split(',').map(Number) as [number, number];
    if (from > to) continue;
    const a = alignment.sources[from]!;
    const b = alignment.sources[to]!;
    const sharedInA = paragraphs.size;
    const sharedInB = shared.get(`${to},${from}`)?.size ?? 0;
    summaries.push({
      from,
      to,
      a: a.slug,
      b: b.slug,
      sharedInA,
      sharedInB,
      onlyInA: a.paragraphs.length - sharedInA,
      onlyInB: b.paragraphs.length - sharedInB,
    });
  }
  return summaries.sort((x, y) => x.from - y.from || x.to - y.to).map(({ from: _from, to: _to, ...summary }) => summary);
}

/** Anything that finds names in text, as the registry's NameMatcher does. */
export interface NameFinder {
  /** Every name in the text. */
  find(text: string): readonly { target: { type: string; id: string } }[];
}

/**
 * The actor reader the site aligns with: the ids of the actors a paragraph names, leaving
 * out outlets. An outlet in a paragraph is nearly always whom the words came through
 * ("told Radio Varde", "according to The Dispatch"), not what the passage reports, so two
 * passages citing one outlet are not on that account about the same thing.
 */
export function actorReader(finder: NameFinder): (text: string) => string[] {
  return (text) => finder.find(text).flatMap((match) => (match.target.type === 'actor' ? [match.target.id] : []));
}
