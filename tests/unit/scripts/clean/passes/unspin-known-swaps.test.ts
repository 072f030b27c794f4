/**
 * The swaps a spinner lexicon records, read by the English model outside the entries' gates:
 * the table derived from the entries, and the pass on invented copies (real model).
 */
import { describe, expect, it } from 'vitest';
import { compileLexicon, filterLexicon, type LexiconEntry } from '../../../../../scripts/clean/lexicon.ts';
import { lexiconsInUse } from '../../../../../scripts/clean/lexicons-in-use.ts';
import { cleanArticle } from '../../../../../scripts/clean/pipeline.ts';
import { changedWords, spinnerSwapTable } from '../../../../../scripts/clean/spinner-swaps.ts';
import { KNOWN_SWAP_RULE } from '../../../../../scripts/clean/passes/unspin-known-swaps.ts';
import { swapTableOf } from '../../../../../scripts/clean/spinner-swaps.ts';
import { KNOWN_SWAP_DENSITY, knownSwapEvidence } from '../../../../../scripts/clean/unspin.ts';
import { englishModel } from '../../../../../src/language/en/language-model.ts';
import { CLEAN_NEWS } from '../../../../../scripts/bench/restore/clean-news.ts';
import { CLEAN_PARAGRAPHS } from '../clean-english-corpus.ts';

const entry = (fields: Partial<LexiconEntry>): LexiconEntry => ({ damaged: '', restored: '', category: 'synonym-swap', when: 'spun', marker: false, caseSensitive: false, rationale: 'Test.', ...fields });

/** An invented spinner lexicon: one name marker, and a swap whose gate never holds in the test copies. */
const lexicon = compileLexicon({
  description: 'Test.',
  ruleId: 'spinner',
  entries: [
    entry({ damaged: 'Harbour Occasions', restored: 'Harbour Times', category: 'name', when: 'always', marker: true, caseSensitive: true }),
    entry({ damaged: 'stated', restored: 'said', followedBy: ' in Latin' }),
  ],
});
const noTranslation = filterLexicon(lexiconsInUse().machineTranslation, () => false);
const clean = (text: string) => cleanArticle(text, 'copy.txt', { declaredDamage: ['spun'], lexicons: { spinner: lexicon, machineTranslation: noTranslation }, registry: null });

describe('the swap table of a spinner lexicon', () => {
  it('keeps the words an entry changed, phrases whole, and never an original longer than what was written', () => {
    expect(changedWords('Nationwide Safety Adviser', 'National Security Adviser')).toEqual({ written: 'nationwide safety', original: 'national security' });
    expect(changedWords('got here earlier than', 'came before')).toEqual({ written: 'got here earlier than', original: 'came before' });
    expect(changedWords('on the similar time', 'at the same time')).toEqual({ written: 'on the similar', original: 'at the same' });
    expect(changedWords('warfare', 'world war')).toBeUndefined();
    expect(changedWords('Harbour', 'Harbour')).toBeUndefined();
  });

  it('lists each written form with the originals recorded for it', () => {
    expect([...spinnerSwapTable(lexicon)]).toEqual([
      ['occasions', ['times']],
      ['stated', ['said']],
    ]);
  });
});

describe('the known swaps, read in context', () => {
  const copy = 'The Harbour Occasions reported the vote on Monday. Officials stated the plan would go ahead, and the mayor stated that she agreed.';

  it('restores a recorded swap outside its entry’s gate where the model reads the original, as probable', () => {
    const cleaned = clean(copy);
    const known = cleaned.changes.filter((change) => change.ruleId === KNOWN_SWAP_RULE);
    expect(known.map((change) => [change.before, change.after])).toContainEqual(['stated', 'said']);
    for (const change of known) {
      expect(change.confidence).toBe('probable');
      expect(change.reason).toMatch(/spinner lexicon records “stated” as this spinner’s word for “said”/);
      expect(change.candidates?.[0]?.text).toBe('said');
    }
    expect(cleaned.paragraphs.join(' ')).toContain('Officials said the plan');
  });

  it('does nothing in a copy without the lexicon’s fingerprint, or not judged spun', () => {
    const unmarked = copy.replace('Harbour Occasions', 'Harbour Gazette');
    expect(clean(unmarked).changes.filter((change) => change.ruleId === KNOWN_SWAP_RULE)).toEqual([]);
    const undeclared = cleanArticle(copy, 'copy.txt', { lexicons: { spinner: lexicon, machineTranslation: noTranslation }, registry: null });
    expect(undeclared.damage.kinds).not.toContain('spun');
    expect(undeclared.changes.filter((change) => change.ruleId === KNOWN_SWAP_RULE)).toEqual([]);
  });
});

describe('a copy dense with the recorded swaps, with no marker form', () => {
  /** An invented spinner's table: common words swapped, no entry a marker, every gate one the copy never meets. */
  const swaps: Array<[string, string]> = [
    ['stated', 'said'],
    ['officers', 'officials'],
    ['workplace', 'office'],
    ['additionally', 'also'],
    ['final', 'last'],
    ['information', 'news'],
  ];
  const dense = compileLexicon({
    description: 'Test.',
    ruleId: 'spinner',
    entries: swaps.map(([damaged, restored]) => entry({ damaged, restored, followedBy: ' in Latin' })),
  });
  const copy =
    'Officers at the ministry stated on Tuesday that the workplace would close for the final week of the month. ' +
    'Additionally, officers stated that staff had been told the information by email, and the minister stated she would not resign.';
  const undeclared = (text: string) => cleanArticle(text, 'copy.txt', { lexicons: { spinner: dense, machineTranslation: noTranslation }, registry: null });

  it('is judged spun from the swaps alone, says so among its markers, and has the swaps restored as probable', () => {
    const cleaned = undeclared(copy);
    expect(cleaned.damage.kinds).toContain('spun');
    expect(cleaned.damage.markers.spun?.some((marker) => /^spinner lexicon: \d+ of its recorded swaps read as swaps in \d+ words$/.test(marker))).toBe(true);
    const known = cleaned.changes.filter((change) => change.ruleId === KNOWN_SWAP_RULE);
    expect(known.map((change) => [change.before.toLowerCase(), change.after.toLowerCase()])).toEqual(expect.arrayContaining([['stated', 'said'], ['additionally', 'also']]));
    for (const change of known) expect(['probable', 'guess']).toContain(change.confidence);
  });

  it('is not judged spun when the same words are few, or used where they belong', () => {
    const sparse = 'Police officers stated on Tuesday that the road would reopen. The mayor said the repairs were on schedule and thanked residents for their patience during the works.';
    const cleaned = undeclared(sparse);
    expect(cleaned.damage.kinds).not.toContain('spun');
    expect(cleaned.changes.filter((change) => change.ruleId === KNOWN_SWAP_RULE)).toEqual([]);
  });

  it('never reads the lexicon in use into correct English: no article-length stretch of the clean corpora comes near the line', () => {
    const model = englishModel();
    const table = swapTableOf(lexiconsInUse().spinner);
    const stretches: string[][] = [];
    for (const corpus of [CLEAN_PARAGRAPHS, CLEAN_NEWS]) {
      for (let start = 0; start < corpus.length; start += 7) stretches.push(corpus.slice(start, start + 7));
    }
    expect(stretches.length).toBeGreaterThan(50);
    for (const stretch of stretches) {
      const evidence = knownSwapEvidence(model, stretch, table);
      expect(evidence.spun, stretch.join(' ').slice(0, 120)).toBe(false);
      // A margin below the line, not a near miss: correct English stays under three quarters of it.
      expect(evidence.density).toBeLessThan(KNOWN_SWAP_DENSITY * 0.75);
    }
  });
});
