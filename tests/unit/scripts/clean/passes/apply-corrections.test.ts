/**
 * Per-seed editorial corrections: applied once, after the general rules, each recorded
 * with its reason and confidence; certain only with evidence; uncertain passages flagged
 * and left as they are, as guesses; a correction that matches nothing, or claims
 * certainty without evidence, is an error naming its list, index and field.
 */
import { describe, expect, it } from 'vitest';
import { CorrectionError, type CorrectionOptions } from '../../../../../scripts/clean/passes/apply-corrections.ts';
import { cleanArticle } from '../../../../../scripts/clean/pipeline.ts';
import type { Correction, UncertainPassage } from '../../../../../src/schemas/seed-metadata.ts';

function correction(find: string, replace: string, fields: Partial<Correction> = {}): Correction {
  return { find, replace, reason: `"${find}" is wrong here.`, certainty: 'probable', everywhere: false, ...fields };
}

function clean(raw: string, corrections: Correction[], uncertain: UncertainPassage[] = []) {
  const options: CorrectionOptions = { corrections, uncertain };
  return cleanArticle(raw, 'seeds/test.txt', { corrections: options });
}

function thrown(run: () => unknown): CorrectionError {
  try {
    run();
  } catch (error) {
    if (error instanceof CorrectionError) return error;
    throw error;
  }
  throw new Error('expected a CorrectionError');
}

const editorial = (changes: ReturnType<typeof clean>['changes']) => changes.filter((change) => change.ruleId.startsWith('editorial/'));

describe('apply-corrections', () => {
  const raw = 'The mandate was signed on Friday. The mandate took effect at once.\n\nOfficials said the mandate was secret.';

  it('applies a correction once, at the first occurrence, by default', () => {
    const cleaned = clean(raw, [correction('mandate', 'order')]);
    expect(cleaned.paragraphs).toEqual(['The order was signed on Friday. The mandate took effect at once.', 'Officials said the mandate was secret.']);
    expect(editorial(cleaned.changes)).toMatchObject([
      {
        ruleId: 'editorial/probable-correction',
        before: 'mandate',
        after: 'order',
        paragraph: 1,
        location: 'body',
        inQuotation: false,
        reason: '"mandate" is wrong here.',
        confidence: 'probable',
        meaning: [],
        span: [4, 9],
      },
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

  it('records each certainty under its own rule id and confidence', () => {
    const cleaned = clean(raw, [
      correction('signed', 'authorised', { certainty: 'guess' }),
      correction('secret', 'classified', { certainty: 'certain', evidence: { paragraph: 1, text: 'classified' } }),
    ]);
    expect(editorial(cleaned.changes).map((change) => [change.ruleId, change.confidence, change.evidence])).toEqual([
      ['editorial/guess-correction', 'guess', undefined],
      ['editorial/correction', 'certain', { source: null, paragraph: 1, text: 'classified' }],
    ]);
  });

  it('refuses a certain correction without evidence, naming its index and field', () => {
    const error = thrown(() => clean(raw, [correction('mandate', 'order'), correction('secret', 'classified', { certainty: 'certain' })]));
    expect(error).toMatchObject({ list: 'corrections', index: 1, field: 'certainty' });
    expect(error.message).toMatch(/certain only with evidence/);
  });

  it('finds what a correction can change in a claim, from the words it changes', () => {
    const cleaned = clean('Officials said they might not comment and denied it.', [
      correction('might not', 'would not'),
      correction('denied it', 'declined to comment', { certainty: 'guess' }),
    ]);
    expect(editorial(cleaned.changes).map((change) => change.meaning)).toEqual([['modality'], ['polarity', 'agent']]);
  });

  it('keeps each correction’s words located in the final text, through later corrections', () => {
    const cleaned = clean('The mandate was signed on Friday.', [correction('mandate', 'order'), correction('signed on', 'approved on')]);
    const [first, second] = editorial(cleaned.changes);
    expect(cleaned.paragraphs[0]?.slice(first?.span?.[0], first?.span?.[1])).toBe('order');
    expect(cleaned.paragraphs[0]?.slice(second?.span?.[0], second?.span?.[1])).toBe('approved on');
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
        confidence: 'guess',
        span: [46, 65],
      }),
    ]);
  });

  it('marks an uncertain quotation as in a quotation', () => {
    const cleaned = clean('He said “we discuss nothing” and left.', [], [{ text: '“we discuss nothing”', note: 'Translated twice.' }]);
    expect(cleaned.changes).toMatchObject([{ ruleId: 'editorial/uncertain', inQuotation: true }]);
  });

  it('throws a CorrectionError naming the list, index and field of a correction that matches nothing', () => {
    const error = thrown(() => clean(raw, [correction('mandate', 'order'), correction('decree', 'order')]));
    expect(error).toMatchObject({ list: 'corrections', index: 1, field: 'find' });
    expect(error.message).toContain('"decree"');
  });

  it('throws when the general rules already changed the text a correction looks for', () => {
    const error = thrown(() => clean('Talks at the White Home were tense.', [correction('White Home', 'White House')]));
    expect(error).toMatchObject({ list: 'corrections', index: 0 });
  });

  it('throws a CorrectionError naming the list and index of an uncertain passage that matches nothing', () => {
    const error = thrown(() => clean(raw, [], [{ text: 'took effect at once', note: 'n' }, { text: 'never written', note: 'n' }]));
    expect(error).toMatchObject({ name: 'CorrectionError', list: 'uncertain', index: 1, field: 'text' });
  });

  it('is not part of the general cleaner', () => {
    expect(editorial(cleanArticle(raw).changes)).toEqual([]);
  });
});
