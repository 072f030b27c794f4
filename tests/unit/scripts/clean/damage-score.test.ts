/**
 * The damage score: fingerprints found (fixed plus left), and the share of raw words changed.
 */
import { describe, expect, it } from 'vitest';
import { damageScore } from '../../../../scripts/clean/damage-score.ts';
import { cleanArticle } from '../../../../scripts/clean/pipeline.ts';

describe('damageScore', () => {
  it('counts a fix and the raw words it replaced', () => {
    expect(damageScore('a b c d', 'a x c d', ['spinner/b'], 0)).toEqual({
      found: 1,
      fixed: 1,
      left: 0,
      words: 4,
      wordsChanged: 1,
      shareChanged: 0.25,
    });
  });

  it('does not count typographic normalisation as damage', () => {
    const score = damageScore('a b', 'a b', ['whitespace/repeated-space', 'typography/double-quote', 'typography/single-quote'], 0);
    expect(score).toMatchObject({ found: 0, fixed: 0, left: 0 });
  });

  it('counts uncertain passages and suspects as left, and found as fixed plus left', () => {
    const score = damageScore('a b c', 'a b c', ['spinner/x', 'editorial/uncertain', 'editorial/correction'], 2);
    expect(score).toMatchObject({ fixed: 2, left: 3, found: 5 });
  });

  it('rounds the share to four places and gives 0 for an empty text', () => {
    expect(damageScore('one two three', 'one three', ['repeats/repeated-word'], 0).shareChanged).toBe(0.3333);
    expect(damageScore('', '', [], 0)).toMatchObject({ words: 0, wordsChanged: 0, shareChanged: 0 });
  });
});

describe('the score of a cleaned article', () => {
  it('is zero for clean text', () => {
    expect(cleanArticle('The minister said the talks would resume on Monday.').score).toEqual({
      found: 0,
      fixed: 0,
      left: 0,
      words: 9,
      wordsChanged: 0,
      shareChanged: 0,
    });
  });

  it('is zero for text whose only changes are spacing and quotation marks', () => {
    expect(cleanArticle('She said  "yes" to the plan.').score).toMatchObject({ found: 0, fixed: 0, left: 0, wordsChanged: 0 });
  });

  it('counts what was fixed', () => {
    const cleaned = cleanArticle('Talks at the White Home resumed on Monday.');
    expect(cleaned.score).toEqual({ found: 1, fixed: 1, left: 0, words: 8, wordsChanged: 1, shareChanged: 0.125 });
  });

  it('counts a closed gate’s match as left, in a text with a fingerprint of damage', () => {
    // "Officers say" may be a spinner's swap, but the gate is closed: left as received.
    expect(cleanArticle('Officers say the talks at the White Home were tense.').score).toMatchObject({ found: 2, fixed: 1, left: 1 });
  });

  it('does not count a closed gate’s match in a text with no fingerprint of damage', () => {
    // One "officers say" in clean prose is English, not damage left behind.
    expect(cleanArticle('Officers say the talks were tense.').score).toMatchObject({ found: 0, fixed: 0, left: 0, wordsChanged: 0 });
  });

  it('counts an uncertain passage as left and an editorial correction as fixed', () => {
    const cleaned = cleanArticle('The mandate was signed at once.', undefined, {
      corrections: {
        corrections: [{ find: 'mandate', replace: 'order', reason: 'Mistranslation.', certainty: 'probable', everywhere: false }],
        uncertain: [{ text: 'at once', note: 'Perhaps "immediately".' }],
      },
    });
    expect(cleaned.score).toMatchObject({ found: 2, fixed: 1, left: 1, words: 6, wordsChanged: 1 });
  });

  it('keeps found = fixed + left and the share between 0 and 1', () => {
    for (const raw of [
      'The the cat.\n\nCISA CISA said so.',
      'The envoy left the White Home for the Oval Workplace, officers say.',
      '{war|conflict} {war|conflict} {war|conflict}',
      'Leave a Reply',
    ]) {
      const { score } = cleanArticle(raw);
      expect(score.found, raw).toBe(score.fixed + score.left);
      expect(score.shareChanged, raw).toBeGreaterThanOrEqual(0);
      expect(score.shareChanged, raw).toBeLessThanOrEqual(1);
    }
  });

  // Regression guard, once a bug (apply-lexicon.ts / pipeline.ts untilStable): suspects are pushed onto
  // `file.data.suspects` in every round of the general passes, and never de-duplicated. A text
  // that needs a second round (here only because of a doubled space) records each suspect
  // twice, so `left` and `found` are doubled. Fix: reset the lexicon's suspects at the start
  // of each round (or key them by rule, paragraph and offset).
  it('counts a suspect once, however many rounds the cleaner runs', () => {
    const cleaned = cleanArticle('Labour MPs spoke in opposition to the bill at the  committee stage in the White Home.');
    expect(cleaned.damage.suspects).toHaveLength(1);
    expect(cleaned.score).toMatchObject({ found: 2, left: 1 });
  });

  // Regression guard, once a bug (same cause): any fix triggers a second round, so a text with one fix and one
  // suspect scores found 3, left 2.
  it('counts one fix and one suspect as found 2', () => {
    const cleaned = cleanArticle('Talks at the White Home resumed. Officers say they were tense.');
    expect(cleaned.score).toMatchObject({ found: 2, fixed: 1, left: 1 });
  });

  // Regression guard, once a bug (design, damage-score.ts): a closed gate's matches count as "fingerprints of damage
  // left", so a perfectly clean article that uses "in opposition to" correctly is reported
  // as damaged (found 1, left 1) on its source page. Fix: count suspects only in a document
  // with at least one marker (or report them apart from `found`).
  it('reports no damage in a clean article that uses a gated phrase correctly', () => {
    expect(cleanArticle('Labour MPs spoke in opposition to the bill.').score).toMatchObject({ found: 0, fixed: 0, left: 0 });
  });
});
