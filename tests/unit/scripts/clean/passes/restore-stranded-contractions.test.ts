/**
 * A contraction's ending a spinner left on a phrase it padded in ("you happen to're"): the
 * padding is removed back to the nearest word English gives that ending, in a spun copy only;
 * endings English does write, or that hang on a word of an open class, are left alone.
 */
import { describe, expect, it } from 'vitest';
import { filterLexicon } from '../../../../../scripts/clean/lexicon.ts';
import { lexiconsInUse } from '../../../../../scripts/clean/lexicons-in-use.ts';
import { cleanArticle } from '../../../../../scripts/clean/pipeline.ts';
import { STRANDED_CONTRACTION_RULE, strandedContractions } from '../../../../../scripts/clean/passes/restore-stranded-contractions.ts';

/** What a text reads as once each edit is applied (edits are sorted and apart). */
function applied(text: string): string {
  let output = '';
  let cursor = 0;
  for (const edit of strandedContractions(text)) {
    output += text.slice(cursor, edit.start) + edit.after;
    cursor = edit.end;
  }
  return output + text.slice(cursor);
}

const lexiconsOff = { spinner: filterLexicon(lexiconsInUse().spinner, () => false), machineTranslation: filterLexicon(lexiconsInUse().machineTranslation, () => false) };

describe('strandedContractions', () => {
  it('removes the padding between the ending and the nearest word that takes it', () => {
    expect(applied('You will not get a deal if you happen to’re calling them names.')).toBe('You will not get a deal if you’re calling them names.');
    expect(applied("They said we simply to'll need more time.")).toBe("They said we'll need more time.");
    expect(applied('And I merely to’m told nothing.')).toBe('And I’m told nothing.');
  });

  it('keeps the case and the apostrophe the copy writes', () => {
    expect(applied('They in fact to’re ready.')).toBe('They’re ready.');
    expect(applied("You happen to're late.")).toBe("You're late.");
  });

  it('records the whole phrase, as a probable wording change', () => {
    expect(strandedContractions('if you happen to’re calling')).toMatchObject([
      { after: 'you’re', ruleId: STRANDED_CONTRACTION_RULE, kind: 'wording', confidence: 'probable', start: 3, end: 19 },
    ]);
  });

  it('leaves the endings English writes, and endings on open-class words', () => {
    for (const text of [
      'If you’re calling them names, they’ll walk away.',
      'I’d say we’ve done what we’re able to.',
      'John’ll be there, and the sun’ll be up.',
      // Informal English Brown does not print: 've is never read.
      'You ought to’ve known.',
      // Possessives and "is": any word takes 's.
      'The minister’s view is that it’s over.',
    ]) {
      expect(strandedContractions(text), text).toEqual([]);
    }
  });

  it('leaves an ending with no word to take it within reach, or with punctuation in the way', () => {
    for (const text of ['The people of the nation in fact to’re tired.', 'If you, as it happens, to’re tired.', 'Nothing to’re said.']) {
      expect(strandedContractions(text), text).toEqual([]);
    }
  });
});

describe('restore-stranded-contractions in the cleaner', () => {
  const text = 'Rubio instructed reporters that there was no deal if you happen to’re calling them names, and that the talks would go on.';

  it('repairs a copy judged spun', () => {
    const cleaned = cleanArticle(text, undefined, { declaredDamage: ['spun'], lexicons: lexiconsOff });
    expect(cleaned.paragraphs[0]).toContain('if you’re calling them names');
    expect(cleaned.changes).toContainEqual(expect.objectContaining({ ruleId: STRANDED_CONTRACTION_RULE, before: 'you happen to’re', after: 'you’re', inQuotation: false }));
  });

  it('leaves a copy not judged spun as written', () => {
    const cleaned = cleanArticle(text, undefined, { lexicons: lexiconsOff });
    expect(cleaned.changes.filter((change) => change.ruleId === STRANDED_CONTRACTION_RULE)).toEqual([]);
    expect(cleaned.paragraphs[0]).toContain('you happen to’re');
  });
});
