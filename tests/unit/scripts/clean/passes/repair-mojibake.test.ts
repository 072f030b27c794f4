import { describe, expect, it } from 'vitest';
import { decodeMojibake } from '../../../../../scripts/clean/passes/repair-mojibake.ts';
import { cleanArticle } from '../../../../../scripts/clean/pipeline.ts';
import { misreadAsCp1252 } from '../../../../../src/language/encoding/cp1252.ts';

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
});
