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
