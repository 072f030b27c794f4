import { describe, expect, it } from 'vitest';
import {
  CONFIRMING_VERBS,
  NOUN_LIKE_FORMS,
  OUTLET_CONFIRMING_FORMS,
  OUTLET_REPORTING_FORMS,
  PUBLISHING_VERBS,
  REPORTING_VERB_FORMS,
  SPEECH_VERBS,
} from '../../../../../src/language/en/reporting-verbs.ts';

describe('reporting verbs', () => {
  it('declares each form once, under one lemma of one kind', () => {
    const seen = new Map<string, string>();
    for (const [kind, table] of Object.entries({ SPEECH_VERBS, CONFIRMING_VERBS, PUBLISHING_VERBS, NOUN_LIKE_FORMS })) {
      for (const [lemma, forms] of Object.entries(table)) {
        for (const form of forms) {
          expect(seen.get(form), `${form} (${kind} ${lemma})`).toBeUndefined();
          seen.set(form, `${kind} ${lemma}`);
        }
      }
    }
  });

  it('gives a noun-like form only to a verb of saying', () => {
    for (const lemma of Object.keys(NOUN_LIKE_FORMS)) expect(Object.hasOwn(SPEECH_VERBS, lemma), lemma).toBe(true);
  });

  it('keeps verbs of publishing and noun-like forms away from attribution, and gives them to the outlet reader', () => {
    for (const form of ['reported', 'revealed', 'published', 'notes', 'claims']) {
      expect(REPORTING_VERB_FORMS, form).not.toContain(form);
      expect(OUTLET_REPORTING_FORMS, form).toContain(form);
    }
    expect(REPORTING_VERB_FORMS).toEqual(expect.arrayContaining(['said', 'told', 'criticised', 'confirmed']));
    // An outlet does not tell, accuse or speak: those stay with people.
    for (const form of ['told', 'accused', 'spoke']) expect(OUTLET_REPORTING_FORMS, form).not.toContain(form);
    expect(OUTLET_CONFIRMING_FORMS).toEqual(expect.arrayContaining(['confirmed', 'corroborated', 'verified']));
  });
});
