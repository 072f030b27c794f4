import { describe, expect, it } from 'vitest';
import { decodeMojibake } from '../../../../../scripts/clean/passes/repair-mojibake.ts';
import { cleanArticle } from '../../../../../scripts/clean/pipeline.ts';
import { misreadAsCp1252, misreadAsLatin1 } from '../../../../../src/language/encoding/cp1252.ts';
import { misreadTwiceStripped } from '../../../../../scripts/bench/restore/simulate.ts';

const original =
  'The minister’s office said the talks in São Paulo had gone well. “We are close,” said José Núñez — the mayor’s adviser — after meeting Álvaro Pérez.';

describe('repair-mojibake', () => {
  it('decodes UTF-8 read as cp1252 back, and records each run as certain', () => {
    const damaged = misreadAsCp1252(original);
    expect(damaged).toContain('â€™');
    const cleaned = cleanArticle(damaged);
    expect(cleaned.paragraphs).toEqual([original]);
    const repairs = cleaned.changes.filter((change) => change.ruleId === 'encoding/mojibake');
    expect(repairs.length).toBeGreaterThan(5);
    expect(repairs.every((change) => change.confidence === 'certain')).toBe(true);
  });

  it('reads a closing quotation mark whose last byte was dropped from its context', () => {
    const lossy = misreadAsCp1252(original).replace(/[\u0080-\u009f]/g, '');
    expect(lossy).toContain('close,â€ said');
    const cleaned = cleanArticle(lossy);
    const [paragraph] = cleaned.paragraphs;
    expect(paragraph).toContain('“We are close,”');
    expect(cleaned.changes.find((change) => change.after === '”')?.confidence).toBe('probable');
    // Á lost its second byte everywhere, so no spelling in the document attests it: left as found.
    expect(paragraph).toContain('Ãlvaro');
  });

  it('restores a lossy letter when the document spells the word whole elsewhere', () => {
    const text = 'Álvaro Pérez spoke first. Later, Ãlvaro PÃ©rez’s aide said the meeting had gone well.';
    expect(cleanArticle(text).paragraphs).toEqual(['Álvaro Pérez spoke first. Later, Álvaro Pérez’s aide said the meeting had gone well.']);
  });

  it('leaves text that only looks like mojibake alone', () => {
    expect(decodeMojibake('Ã')).toBeNull();
    for (const text of ['SÃO PAULO is Brazil’s largest city.', 'The café served crème brûlée à la carte.', 'Ångström and Øresund are spelled correctly.']) {
      expect(cleanArticle(text).changes).toEqual([]);
    }
  });

  it('decodes UTF-8 read as Latin-1 back, its C1 controls included', () => {
    const damaged = misreadAsLatin1(original);
    expect(damaged).toContain('\u0080\u0099');
    const cleaned = cleanArticle(damaged);
    expect(cleaned.paragraphs).toEqual([original]);
    expect(cleaned.changes.filter((change) => change.ruleId === 'encoding/mojibake').every((change) => change.confidence === 'certain')).toBe(true);
  });

  it('decodes a text misread twice, layer by layer, each layer certain', () => {
    const cleaned = cleanArticle(misreadAsCp1252(misreadAsCp1252(original)));
    expect(cleaned.paragraphs).toEqual([original]);
    const layers = cleaned.changes.filter((change) => change.ruleId === 'encoding/mojibake');
    expect(layers.some((change) => /twice over/.test(change.reason))).toBe(true);
    expect(layers.every((change) => change.confidence === 'certain')).toBe(true);
  });

  it('reads a "?" or "�" a pipeline put in place of a byte cp1252 leaves undefined as that byte', () => {
    for (const mark of ['?', '\uFFFD']) {
      const damaged = misreadAsCp1252(original).replace(/[\u0080-\u009f]/g, mark);
      expect(damaged).toContain(`close,â€${mark} said`);
      const [paragraph] = cleanArticle(damaged).paragraphs;
      expect(paragraph).toContain('“We are close,” said José Núñez — the mayor’s adviser —');
      // Á lost its second byte to the mark, and nothing in the document attests it: left as found.
      expect(paragraph).toContain(`Ã${mark}lvaro`);
    }
  });

  describe('read as Latin-1 with its C1 controls stripped (a lone "â" for ’ “ ” – —)', () => {
    const stripped = (text: string) => misreadAsLatin1(text).replace(/[\u0080-\u009f]/g, '');

    it('reads apostrophes, quotation marks, dashes and the euro sign from where each stands, as probable', () => {
      const text = 'The party’s leader said: “We won’t wait…” Officials’ notes — seen by reporters — put the cost at €400m for 2019–2020, and called the plan “productive”.';
      const damaged = stripped(text);
      expect(damaged).toContain('partyâs');
      expect(damaged).toContain('â¬400m');
      const cleaned = cleanArticle(damaged);
      expect(cleaned.paragraphs).toEqual([text]);
      const lossy = cleaned.changes.filter((change) => change.ruleId === 'encoding/mojibake-lossy');
      expect(lossy.length).toBeGreaterThan(8);
      for (const change of lossy) {
        expect(change.confidence).toBe('probable');
        expect(change.reason).toMatch(/stripped/);
      }
    });

    it('reads an apostrophe only in a possessive or a contraction English makes, never in a name spelled with â', () => {
      const cleaned = cleanArticle('Nguyen Van Lâm arrived at the château. The mayorâs office said Lâm would not comment.');
      expect(cleaned.paragraphs).toEqual(['Nguyen Van Lâm arrived at the château. The mayor’s office said Lâm would not comment.']);
    });

    it('leaves correct text with â alone, and a lone "â" where nothing shows the damage', () => {
      for (const text of ['Nguyen Van Lâm said the pâté at the château was the best in Hội An.', 'The âge d’or of the Côte d’Azur is over.']) {
        expect(cleanArticle(text).changes).toEqual([]);
      }
    });
  });

  describe('misread twice, then stripped of its controls', () => {
    const text = 'The minister’s “pause” — announced on Friday — cost £300m, said José Müller, the café’s owner, and it “won’t last”.';

    it('through Latin-1: a lone "Â" left of each control is dropped, and what the first layer stood for read from its context', () => {
      const damaged = misreadTwiceStripped(text, 'latin1');
      expect(damaged).toContain('ministerÃ¢ÂÂs');
      expect(damaged).toContain('ÃÂ£300m');
      const cleaned = cleanArticle(damaged);
      expect(cleaned.paragraphs).toEqual([text]);
      const lossy = cleaned.changes.filter((change) => change.ruleId === 'encoding/mojibake-lossy');
      expect(lossy.length).toBeGreaterThan(8);
      expect(lossy.every((change) => change.confidence === 'probable')).toBe(true);
    });

    it('through cp1252: a closing quotation mark that lost its last byte twice over', () => {
      const damaged = misreadTwiceStripped(text, 'cp1252');
      expect(damaged).toContain('pauseÃ¢â‚¬Â ');
      expect(cleanArticle(damaged).paragraphs).toEqual([text]);
    });

    it('tells a symbol from a letter whose telling byte was stripped by where it stands: £ before a number, é inside a word', () => {
      const cleaned = cleanArticle(misreadTwiceStripped('It cost £2 at the café in São Paulo, they’re sure.', 'latin1'));
      expect(cleaned.paragraphs).toEqual(['It cost £2 at the café in São Paulo, they’re sure.']);
      expect(cleaned.changes.find((change) => change.after === '£')?.reason).toMatch(/other reading was “ã”/);
    });

    it('leaves a text misread once as the once-misread rules read it', () => {
      expect(cleanArticle(misreadAsLatin1('The château’s owner said “no”.').replace(/[\u0080-\u009f]/g, '')).paragraphs).toEqual(['The château’s owner said “no”.']);
    });
  });
});
