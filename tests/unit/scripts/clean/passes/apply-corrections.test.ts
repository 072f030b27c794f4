/**
 * Per-seed editorial corrections: applied once, after the general rules, each recorded
 * with its reason; uncertain passages flagged and left as they are; a correction that
 * matches nothing is an error naming its list and index.
 */
import { describe, expect, it } from 'vitest';
import { UnmatchedCorrectionError, type CorrectionOptions } from '../../../../../scripts/clean/passes/apply-corrections.ts';
import { cleanArticle } from '../../../../../scripts/clean/pipeline.ts';
import type { Correction, UncertainPassage } from '../../../../../src/schemas/seed-metadata.ts';

function correction(find: string, replace: string, fields: Partial<Correction> = {}): Correction {
  return { find, replace, reason: `"${find}" is wrong here.`, certainty: 'certain', everywhere: false, ...fields };
}

function clean(raw: string, corrections: Correction[], uncertain: UncertainPassage[] = []) {
  const options: CorrectionOptions = { corrections, uncertain };
  return cleanArticle(raw, 'seeds/test.txt', { corrections: options });
}

function thrown(run: () => unknown): UnmatchedCorrectionError {
  try {
    run();
  } catch (error) {
    if (error instanceof UnmatchedCorrectionError) return error;
    throw error;
  }
  throw new Error('expected an UnmatchedCorrectionError');
}

const editorial = (changes: ReturnType<typeof clean>['changes']) => changes.filter((change) => change.ruleId.startsWith('editorial/'));

describe('apply-corrections', () => {
  const raw = 'The mandate was signed on Friday. The mandate took effect at once.\n\nOfficials said the mandate was secret.';

  it('applies a correction once, at the first occurrence, by default', () => {
    const cleaned = clean(raw, [correction('mandate', 'order')]);
    expect(cleaned.paragraphs).toEqual(['The order was signed on Friday. The mandate took effect at once.', 'Officials said the mandate was secret.']);
    expect(editorial(cleaned.changes)).toMatchObject([
      { ruleId: 'editorial/correction', before: 'mandate', after: 'order', paragraph: 1, location: 'body', inQuotation: false, reason: '"mandate" is wrong here.' },
    ]);
  });

  it('applies an `everywhere` correction to every occurrence, in every paragraph', () => {
    const cleaned = clean(raw, [correction('mandate', 'order', { everywhere: true })]);
    expect(cleaned.paragraphs).toEqual(['The order was signed on Friday. The order took effect at once.', 'Officials said the order was secret.']);
    expect(editorial(cleaned.changes).map((change) => [change.before, change.after, change.paragraph])).toEqual([
      ['mandate', 'order', 1],
      ['mandate', 'order', 1],
      ['mandate', 'order', 2],
    ]);
  });

  it('applies once even when the replacement contains what it replaces', () => {
    // Corrections run once, after the general passes settle; not in every round.
    const cleaned = clean('The order was signed.', [correction('order', 'orders', { everywhere: true })]);
    expect(cleaned.paragraphs).toEqual(['The orders was signed.']);
  });

  it('records a probable correction under its own rule id', () => {
    const cleaned = clean(raw, [correction('signed', 'authorised', { certainty: 'probable' })]);
    expect(editorial(cleaned.changes).map((change) => change.ruleId)).toEqual(['editorial/probable-correction']);
  });

  it('marks a correction inside a quotation', () => {
    const cleaned = clean('He said: “The mandate is clear.” The mandate was not published.', [
      correction('mandate', 'order'),
      correction('The mandate was', 'The order was'),
    ]);
    expect(editorial(cleaned.changes).map((change) => change.inQuotation)).toEqual([true, false]);
    expect(cleaned.paragraphs).toEqual(['He said: “The order is clear.” The order was not published.']);
  });

  it('applies corrections to the text the general rules left', () => {
    // The raw text's doubled space and spinner name are gone before corrections run.
    const cleaned = clean('Talks at the White Home were  tense.', [correction('White House were tense', 'White House were heated')]);
    expect(cleaned.paragraphs).toEqual(['Talks at the White House were heated.']);
  });

  it('applies corrections in the headline too', () => {
    const cleaned = clean('Mandate signed\n\nThe order was signed.', [correction('Mandate signed', 'Order signed')]);
    expect(cleaned.headline).toBe('Order signed');
    expect(editorial(cleaned.changes)).toMatchObject([{ location: 'headline', paragraph: null }]);
  });

  it('flags an uncertain passage, leaving it as it is', () => {
    const cleaned = clean(raw, [], [{ text: 'took effect at once', note: 'Perhaps "took effect immediately".' }]);
    expect(cleaned.paragraphs).toEqual(['The mandate was signed on Friday. The mandate took effect at once.', 'Officials said the mandate was secret.']);
    expect(cleaned.changes).toEqual([
      expect.objectContaining({
        ruleId: 'editorial/uncertain',
        before: 'took effect at once',
        after: 'took effect at once',
        paragraph: 1,
        inQuotation: false,
        reason: 'Perhaps "took effect immediately".',
      }),
    ]);
  });

  it('marks an uncertain quotation as in a quotation', () => {
    const cleaned = clean('He said “we discuss nothing” and left.', [], [{ text: '“we discuss nothing”', note: 'Translated twice.' }]);
    expect(cleaned.changes).toMatchObject([{ ruleId: 'editorial/uncertain', inQuotation: true }]);
  });

  it('throws UnmatchedCorrectionError naming the list and index of a correction that matches nothing', () => {
    const error = thrown(() => clean(raw, [correction('mandate', 'order'), correction('decree', 'order')]));
    expect(error.list).toBe('corrections');
    expect(error.index).toBe(1);
    expect(error.message).toContain('"decree"');
  });

  it('throws when the general rules already changed the text a correction looks for', () => {
    const error = thrown(() => clean('Talks at the White Home were tense.', [correction('White Home', 'White House')]));
    expect(error).toMatchObject({ list: 'corrections', index: 0 });
  });

  it('throws UnmatchedCorrectionError naming the list and index of an uncertain passage that matches nothing', () => {
    const error = thrown(() => clean(raw, [], [{ text: 'took effect at once', note: 'n' }, { text: 'never written', note: 'n' }]));
    expect(error).toMatchObject({ name: 'UnmatchedCorrectionError', list: 'uncertain', index: 1 });
  });

  it('is not part of the general cleaner', () => {
    expect(editorial(cleanArticle(raw).changes)).toEqual([]);
  });
});
