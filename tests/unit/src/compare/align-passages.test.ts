/**
 * Passage alignment: on the real seeds with the real registry, what a careful reader of both
 * articles would pair and what only one reports; then the general properties (symmetric,
 * deterministic, any number of sources) and a structural check that candidate generation
 * stays far from all pairs, counted rather than timed.
 *
 * Scores of the seeds with the defaults (TechCrunch rows, BBC News columns; "." = no shared
 * term, so never scored). Threshold 0.21; see MATCH_THRESHOLD for how it was chosen.
 *
 *   TC\BBC    1    2    3    4    5    6    7    8    9   10   11   12   13   14   15
 *   TC1     .37    .  .09  .22  .15  .07  .11  .13  .07  .06  .05  .16  .04    .  .08
 *   TC2     .13  .13    .  .03  .05    .  .46  .10  .24  .22  .04    .  .02  .02  .02
 *   TC3       .    .    .    .    .  .05  .06    .  .09    .    .    .    .  .15    .
 *   TC4     .18    .  .30  .07  .20  .23  .06  .04  .07    .  .01  .07  .05  .07  .09
 *   TC5     .10  .10    .    .  .07    .  .24  .08  .09  .22  .07  .04    .  .04    .
 *   TC6     .15    .  .04  .09  .05  .04  .09  .04  .03  .08    .  .13  .02  .01  .06
 *   TC7       .  .14    .    .    .    .    .    .    .  .14  .04    .    .  .06    .
 *   TC8     .12    .  .03  .10  .03  .03  .06    .    .  .10  .03  .06  .06  .03  .12
 *   TC9       .    .    .    .    .    .    .    .    .  .07  .07  .06    .    .    .
 *   TC10    .08    .  .01  .08  .06  .01  .04  .03  .01    .  .04  .06  .02  .02  .08
 *   TC11    .05    .    .  .07  .06    .  .04  .06    .    .    .  .09  .08    .  .10
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  actorReader,
  alignPassages,
  atThreshold,
  CANDIDATES_PER_PARAGRAPH,
  MATCH_THRESHOLD,
  MAX_POSTINGS,
  summarisePairs,
  type Alignment,
  type AlignmentInput,
  type PassageMatch,
} from '../../../../src/compare/align-passages.ts';
import { passageTerms, termOf } from '../../../../src/compare/passage-terms.ts';
import { english } from '../../../../src/language/en/index.ts';
import { NameMatcher } from '../../../../src/actors/name-matcher.ts';
import { readRegistry } from '../../../../src/actors/registry-files.ts';
import { sourceParagraphs } from '../../../../src/markdown/source-paragraphs.ts';

const CONTENT = fileURLToPath(new URL('../../../../content/', import.meta.url));
const TECHCRUNCH = 'techcrunch-us-suspends-offensive-cyber-operations';
const BBC = 'bbc-hegseth-orders-pause-in-cyber-operations';

const seeds: AlignmentInput[] = readdirSync(`${CONTENT}sources`)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => ({ slug: name.replace(/\.md$/, ''), paragraphs: sourceParagraphs(readFileSync(`${CONTENT}sources/${name}`, 'utf8')) }));
const actorsOf = actorReader(new NameMatcher(readRegistry(CONTENT)));
const alignment = alignPassages(seeds, { actorsOf });

function paragraphOf(result: Alignment, slug: string, paragraph: number) {
  const found = result.sources.find((source) => source.slug === slug)?.paragraphs[paragraph - 1];
  if (!found) throw new Error(`no ${slug} ¶${paragraph}`);
  return found;
}

const refs = (matches: readonly PassageMatch[]): string[] => matches.map((match) => `${match.slug}¶${match.paragraph}`);

/** Every score a paragraph would have against the other seed, threshold or not. */
const everyScore = alignPassages(seeds, { actorsOf, threshold: -Infinity });
const bestScore = (slug: string, paragraph: number): number => paragraphOf(everyScore, slug, paragraph).matches[0]?.score ?? 0;
const scoreOf = (slug: string, paragraph: number, other: number): number =>
  paragraphOf(everyScore, slug, paragraph).matches.find((match) => match.paragraph === other)?.score ?? 0;

describe('alignPassages on the two seed articles', () => {
  it('reads the seeds as the pages number them', () => {
    expect(seeds.map((seed) => [seed.slug, seed.paragraphs.length])).toEqual([
      [BBC, 15],
      [TECHCRUNCH, 11],
    ]);
  });

  it('pairs Hegseth’s order: TechCrunch ¶2 (authorised by Hegseth, via The Record) with BBC ¶7', () => {
    const matches = paragraphOf(alignment, TECHCRUNCH, 2).matches;
    expect(refs(matches.slice(0, 1))).toEqual([`${BBC}¶7`]);
    expect(refs(matches)).toContain(`${BBC}¶9`);
    expect(matches[0]?.sharedActors).toEqual(expect.arrayContaining(['pete-hegseth', 'us-cyber-command']));
    expect(matches[0]?.sharedTerms).toEqual(expect.arrayContaining(['guidance']));
  });

  it('pairs the timing: TechCrunch ¶4 (before the Friday Oval Office meeting) with BBC ¶3', () => {
    expect(refs(paragraphOf(alignment, TECHCRUNCH, 4).matches)).toContain(`${BBC}¶3`);
    expect(refs(paragraphOf(alignment, BBC, 3).matches)).toEqual([`${TECHCRUNCH}¶4`]);
  });

  it('pairs the two ledes', () => {
    expect(refs(paragraphOf(alignment, TECHCRUNCH, 1).matches.slice(0, 1))).toEqual([`${BBC}¶1`]);
  });

  it('marks the CISA story and McLaughlin’s denial (TechCrunch ¶6–9) as only in TechCrunch', () => {
    for (const paragraph of [6, 7, 8, 9]) {
      expect(paragraphOf(alignment, TECHCRUNCH, paragraph)).toMatchObject({ unique: true, matches: [] });
    }
  });

  it('marks Rubio (BBC ¶13) and Schumer (BBC ¶14, ¶15) as only in the BBC', () => {
    for (const paragraph of [13, 14, 15]) {
      expect(paragraphOf(alignment, BBC, paragraph)).toMatchObject({ unique: true, matches: [] });
    }
  });

  it('decides both with a margin, so small changes in the text do not flip them', () => {
    const unique = [...[6, 7, 8, 9].map((p) => bestScore(TECHCRUNCH, p)), ...[13, 14, 15].map((p) => bestScore(BBC, p))];
    expect(Math.max(...unique)).toBeLessThan(MATCH_THRESHOLD - 0.04);
    expect(scoreOf(TECHCRUNCH, 2, 7)).toBeGreaterThan(MATCH_THRESHOLD + 0.2);
    expect(scoreOf(TECHCRUNCH, 4, 3)).toBeGreaterThan(MATCH_THRESHOLD + 0.06);
  });

  it('scores by words alone when no actor reader is given, and actors widen the margin', () => {
    const wordsOnly = alignPassages(seeds, { threshold: -Infinity });
    const tc2bbc7 = paragraphOf(wordsOnly, TECHCRUNCH, 2).matches.find((match) => match.paragraph === 7);
    expect(tc2bbc7?.actorOverlap).toBe(0);
    expect(tc2bbc7?.sharedActors).toEqual([]);
    expect(tc2bbc7?.score).toBe(tc2bbc7?.cosine);
    expect(scoreOf(TECHCRUNCH, 2, 7)).toBeGreaterThan(tc2bbc7?.score ?? Infinity);
  });

  it('summarises the pair: paragraphs each shares with the other, and those only it reports', () => {
    const [summary, ...rest] = summarisePairs(alignment);
    expect(rest).toEqual([]);
    expect(summary).toMatchObject({ a: BBC, b: TECHCRUNCH });
    const sharedIn = (slug: string) =>
      alignment.sources.find((source) => source.slug === slug)!.paragraphs.filter((paragraph) => !paragraph.unique).length;
    expect(summary?.sharedInA).toBe(sharedIn(BBC));
    expect(summary?.sharedInB).toBe(sharedIn(TECHCRUNCH));
    expect(summary!.sharedInA + summary!.onlyInA).toBe(15);
    expect(summary!.sharedInB + summary!.onlyInB).toBe(11);
  });
});

describe('alignPassages, in general', () => {
  it('is symmetric: every match is listed on both sides with the same score', () => {
    for (const source of alignment.sources) {
      for (const paragraph of source.paragraphs) {
        for (const match of paragraph.matches) {
          const back = paragraphOf(alignment, match.slug, match.paragraph).matches.find(
            (other) => other.slug === source.slug && other.paragraph === paragraph.paragraph,
          );
          expect(back?.score).toBe(match.score);
          expect(back?.sharedActors).toEqual(match.sharedActors);
        }
      }
    }
  });

  it('gives the same output every time, and the same matches whatever the order of the sources', () => {
    expect(alignPassages(seeds, { actorsOf })).toEqual(alignment);
    const reversed = alignPassages([...seeds].reverse(), { actorsOf });
    const matchSet = (result: Alignment) =>
      result.sources
        .flatMap((source) => source.paragraphs.map((paragraph) => `${source.slug}¶${paragraph.paragraph}→${refs(paragraph.matches).join(',')}`))
        .sort();
    expect(matchSet(reversed)).toEqual(matchSet(alignment));
  });

  it('orders matches best first, then by slug, then by paragraph', () => {
    const text = 'Hegseth ordered Cyber Command to halt offensive operations against Russia.';
    const result = alignPassages([
      { slug: 'a', paragraphs: [text] },
      { slug: 'c', paragraphs: [text] },
      { slug: 'b', paragraphs: [text, 'Unrelated weather report for the coast.', text] },
    ]);
    expect(refs(paragraphOf(result, 'a', 1).matches)).toEqual(['b¶1', 'b¶3', 'c¶1']);
    expect(paragraphOf(result, 'b', 2).unique).toBe(true);
  });

  it('marks every paragraph of a single source as unique, and scores no pair', () => {
    const [only] = seeds;
    const result = alignPassages([only!], { actorsOf });
    expect(result.sources[0]?.paragraphs.every((paragraph) => paragraph.unique && paragraph.matches.length === 0)).toBe(true);
    expect(result.stats.pairsScored).toBe(0);
    expect(summarisePairs(result)).toEqual([]);
    expect(alignPassages([]).sources).toEqual([]);
  });

  it('takes a third source: its paraphrase of the order matches both seeds, its other news neither', () => {
    const third: AlignmentInput = {
      slug: 'zz-third',
      paragraphs: [
        'Pete Hegseth, the defence secretary, authorised a halt to offensive US Cyber Command hacking operations against Russia, The Record reported, in new guidance.',
        'Meanwhile, flooding closed several roads in the north of the county after heavy rain overnight.',
      ],
    };
    const result = alignPassages([...seeds, third], { actorsOf });
    const matches = paragraphOf(result, 'zz-third', 1).matches;
    expect(refs(matches)).toEqual(expect.arrayContaining([`${TECHCRUNCH}¶2`, `${BBC}¶7`]));
    expect(paragraphOf(result, 'zz-third', 2).unique).toBe(true);
    expect(refs(paragraphOf(result, TECHCRUNCH, 2).matches)).toContain('zz-third¶1');
    const pairs = summarisePairs(result).map((summary) => [summary.a, summary.b, summary.sharedInA, summary.sharedInB]);
    expect(pairs).toContainEqual([BBC, 'zz-third', expect.any(Number), 1]);
    expect(pairs).toContainEqual([TECHCRUNCH, 'zz-third', expect.any(Number), 1]);
  });

  it('rejects a slug given twice', () => {
    expect(() => alignPassages([seeds[0]!, seeds[0]!])).toThrow(/given twice/);
  });
});

describe('passage terms', () => {
  it('folds forms and British and American spellings into one term', () => {
    expect(termOf('authorised', english)).toBe(termOf('authorized', english));
    expect(termOf('defence', english)).toBe(termOf('Defense', english));
    expect(termOf('operations', english)).toBe(termOf('operation', english));
    expect(termOf('labelled', english)).toBe(termOf('labeled', english));
  });

  it('drops function words and attribution, and keeps the first written form', () => {
    expect(passageTerms('Trump’s order, officials said, was the order.', english).map(({ term, surface, count }) => [term, surface, count])).toEqual([
      ['trump', 'Trump', 1],
      ['order', 'order', 2],
      ['offici', 'officials', 1],
    ]);
  });
});

/** A tiny deterministic generator (a linear congruential one), so the corpus is the same every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const LETTERS = 'bcdfghjklmnpqrstvwxz';
const syntheticWord = (prefix: string, index: number): string => {
  let word = prefix;
  let rest = index;
  do {
    word += LETTERS[rest % LETTERS.length];
    rest = Math.floor(rest / LETTERS.length);
  } while (rest > 0);
  return `${word}o`;
};

/**
 * Sources of ten paragraphs each. Every paragraph tells one of many stories (ten words from
 * that story's fifteen) in thirty words of background drawn with Zipf's law from 5,000, as
 * words are in real text: a few very common, most rare. About twenty paragraphs, in
 * different sources, tell each story: those are the matches to find.
 */
function syntheticCorpus(sourceCount: number, seed: number): { sources: AlignmentInput[]; storyOf: Map<string, number> } {
  const next = random(seed);
  const vocabulary = 5000;
  const cumulative: number[] = [];
  let sum = 0;
  for (let rank = 1; rank <= vocabulary; rank += 1) {
    sum += 1 / rank;
    cumulative.push(sum);
  }
  const background = (): string => {
    const target = next() * sum;
    let low = 0;
    let high = vocabulary - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return syntheticWord('k', low);
  };
  const stories = Math.floor((sourceCount * 10) / 20);
  const storyOf = new Map<string, number>();
  const sources = Array.from({ length: sourceCount }, (_, index) => {
    const slug = `s${String(index).padStart(4, '0')}`;
    const paragraphs = Array.from({ length: 10 }, (_, paragraph) => {
      const story = Math.floor(next() * stories);
      storyOf.set(`${slug}¶${paragraph + 1}`, story);
      const words = Array.from({ length: 30 }, background);
      for (let word = 0; word < 10; word += 1) words.push(syntheticWord('m', story * 15 + Math.floor(next() * 15)));
      return words.join(' ');
    });
    return { slug, paragraphs };
  });
  return { sources, storyOf };
}

describe('alignPassages at scale (counted, not timed)', () => {
  const { sources, storyOf } = syntheticCorpus(200, 7);
  const result = alignPassages(sources);
  const n = result.stats.paragraphs;

  it('scores far fewer pairs than all pairs of 2,000 paragraphs in 200 sources', () => {
    expect(n).toBe(2000);
    expect(result.stats.crossSourcePairs).toBe((2000 * 2000 - 200 * 10 * 10) / 2);
    expect(result.stats.pairsScored).toBeLessThan(0.05 * n * n);
    expect(result.stats.pairsScored).toBeLessThanOrEqual(n * CANDIDATES_PER_PARAGRAPH);
    expect(result.stats.skippedTerms).toBeGreaterThan(0);
  });

  it('reads a bounded number of postings per paragraph: at most its terms × the posting cap', () => {
    const terms = sources.reduce((total, source) => total + source.paragraphs.reduce((sum, text) => sum + passageTerms(text, english).length, 0), 0);
    expect(result.stats.postingsVisited).toBeLessThanOrEqual(terms * MAX_POSTINGS);
  });

  it('grows linearly: twice the paragraphs, about twice the work (all pairs would be four times)', () => {
    const half = alignPassages(syntheticCorpus(100, 7).sources).stats;
    expect(result.stats.pairsScored / half.pairsScored).toBeLessThan(2.5);
    expect(result.stats.postingsVisited / half.postingsVisited).toBeLessThan(2.5);
  });

  it('still finds the matches: each pairs two tellings of one story, and most paragraphs have one', () => {
    const matches = result.sources.flatMap((source) =>
      source.paragraphs.flatMap((paragraph) => paragraph.matches.map((match) => [`${source.slug}¶${paragraph.paragraph}`, `${match.slug}¶${match.paragraph}`] as const)),
    );
    expect(matches.length).toBeGreaterThan(n);
    expect(matches.every(([a, b]) => storyOf.get(a) === storyOf.get(b))).toBe(true);
    const unique = result.sources.flatMap((source) => source.paragraphs).filter((paragraph) => paragraph.unique).length;
    expect(unique).toBeLessThan(0.02 * n);
  });

  it('loses nothing to pruning on a smaller corpus, compared with scoring all pairs', () => {
    const small = syntheticCorpus(50, 11).sources;
    const pruned = alignPassages(small);
    const full = alignPassages(small, { maxPostings: Infinity, candidatesPerParagraph: Infinity });
    expect(full.stats.pairsScored).toBeGreaterThan(pruned.stats.pairsScored * 5);
    const best = (a: Alignment) => a.sources.flatMap((source) => source.paragraphs.map((paragraph) => refs(paragraph.matches.slice(0, 1)).join()));
    expect(best(pruned)).toEqual(best(full));
  });
});

describe('atThreshold', () => {
  it('gives, from an alignment at a lower threshold, exactly what aligning at the higher one gives', () => {
    const { sources } = syntheticCorpus(60, 11);
    const low = alignPassages(sources, { threshold: 0.1 });
    for (const threshold of [0.1, 0.15, MATCH_THRESHOLD, 0.3, 0.6]) {
      expect(atThreshold(low, threshold)).toEqual(alignPassages(sources, { threshold }));
    }
    // On the seeds too, with actors: every score, down to -Infinity, raised to the site's threshold.
    expect(atThreshold(everyScore, MATCH_THRESHOLD)).toEqual(alignment);
  });

  it('raises the threshold only: the pairs under the one aligned at were never kept', () => {
    const low = alignPassages(seeds, { actorsOf, threshold: 0.1 });
    expect(() => atThreshold(low, 0.05)).toThrow(/cannot give one at the lower 0\.05/);
  });
});
