/**
 * The un-spinner and its detection, on text a spinner's habits produce and on correct
 * English. Real behaviour: the committed English model decides.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../../scripts/clean/pipeline.ts';
import { spinEvidence } from '../../../../../scripts/clean/unspin.ts';
import { englishModel } from '../../../../../src/language/en/language-model.ts';
import { swapReadings } from '../../../../../src/language/en/swap-readings.ts';
import { CLEAN_NEWS } from '../../../../../scripts/bench/restore/clean-news.ts';
import { mulberry32 } from '../../../../../scripts/bench/random.ts';
import { spin, spinnerTable } from '../../../../../scripts/bench/restore/simulate.ts';

const model = englishModel();

describe('swap readings', () => {
  it('finds the thesaurus swap and scores the original far above it', () => {
    const [reading] = swapReadings(model, 'The talks aimed to finish the warfare.').filter((candidate) => candidate.text === 'warfare');
    expect(reading?.best).toBe('war');
    expect(reading?.margin).toBeGreaterThan(1);
    expect(reading?.candidates[0]?.text).toBe('war');
  });

  it('never offers a reading longer than the words it would replace, nor reads names', () => {
    for (const reading of swapReadings(model, 'Officers said the Home Workplace had a lengthy list.')) {
      for (const candidate of reading.candidates) expect(candidate.text.split(' ').length).toBeLessThanOrEqual(reading.length);
      expect(reading.text).not.toMatch(/Home|Workplace/);
    }
  });
});

describe('detection', () => {
  const table = spinnerTable(model, model.forms());
  const article = CLEAN_NEWS.slice(0, 7);

  it('judges a heavily spun article spun, and the same article as written not', () => {
    const random = mulberry32(1);
    const spun = article.map((paragraph) => spin(paragraph, table, random, 0.3));
    expect(spinEvidence(model, spun).spun).toBe(true);
    expect(spinEvidence(model, article).spun).toBe(false);
  });

  it('recognises a spun copy with no lexicon fingerprint at all, and restores it in part', () => {
    const random = mulberry32(2);
    const spun = article.map((paragraph) => spin(paragraph, table, random, 0.3)).join('\n\n');
    const cleaned = cleanArticle(spun);
    expect(cleaned.damage.kinds).toContain('spun');
    const restorations = cleaned.changes.filter((change) => change.ruleId === 'unspin/thesaurus-swap');
    expect(restorations.length).toBeGreaterThan(5);
    for (const change of restorations) {
      expect(['probable', 'guess']).toContain(change.confidence);
      expect(change.candidates?.length).toBeGreaterThan(1);
      expect(change.reason).toMatch(/more probable here/);
    }
  });
});

describe('names and the swaps they prove', () => {
  it('restores a broken name the model knows as a phrase, and the swap elsewhere in a spun copy', () => {
    const text = 'The Los Angeles Occasions reported the deal first. Officials said the Oval Workplace had been told, and the Occasions later said so too.';
    const cleaned = cleanArticle(text);
    expect(cleaned.paragraphs[0]).toContain('The Los Angeles Times reported');
    expect(cleaned.paragraphs[0]).toContain('the Times later said');
    const name = cleaned.changes.find((change) => change.ruleId === 'unspin/name');
    expect(name?.confidence).toBe('probable');
    const proven = cleaned.changes.find((change) => change.ruleId === 'unspin/proven-swap');
    expect(proven?.reason).toMatch(/Los Angeles Occasions → The Los Angeles Times/);
    expect(proven?.confidence).toBe('probable');
  });

  it('leaves correct names and capitalised verbs alone', () => {
    for (const text of ['The Home Office said the Wall Street Journal had the story.', 'Officials Command the.', 'The president met officials in the Oval Office on Friday.']) {
      expect(cleanArticle(text).changes).toEqual([]);
    }
  });
});

describe('translation repairs', () => {
  const translated = { declaredDamage: ['machine-translated' as const] };

  it('removes a pronoun a translation left after a name', () => {
    expect(cleanArticle('The Guardian He also says the note was new.', undefined, translated).paragraphs).toEqual(['The Guardian also says the note was new.']);
  });

  it('keeps a pronoun that starts a sentence, and touches nothing in an undamaged document', () => {
    expect(cleanArticle('Mr Smith left. He said no.', undefined, translated).changes).toEqual([]);
    expect(cleanArticle('Then He said it was over.', undefined, translated).changes).toEqual([]);
    expect(cleanArticle('The Guardian He also says the note was new.').changes).toEqual([]);
  });
});
