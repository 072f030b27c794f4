/**
 * Words that differ only in the gender they mark are never one another's restoration.
 */
import { describe, expect, it } from 'vitest';
import { differsOnlyInGender } from '../../../../../src/language/en/gender-marking.ts';

describe('differsOnlyInGender', () => {
  it('pairs compounds that differ only in a gender-marking head, or in having one', () => {
    expect(differsOnlyInGender('spokesperson', 'spokesman')).toBe(true);
    expect(differsOnlyInGender('spokeswoman', 'spokesperson')).toBe(true);
    expect(differsOnlyInGender('chair', 'chairman')).toBe(true);
    expect(differsOnlyInGender('businesspeople', 'businessmen')).toBe(true);
    expect(differsOnlyInGender('the chairwoman', 'the chairman')).toBe(true);
  });

  it('leaves every other difference to the model', () => {
    expect(differsOnlyInGender('spokesperson', 'representative')).toBe(false);
    expect(differsOnlyInGender('officers', 'officials')).toBe(false);
    expect(differsOnlyInGender('the chairman said', 'the chairman stated')).toBe(false);
    expect(differsOnlyInGender('chairman', 'chairman')).toBe(false);
    expect(differsOnlyInGender('the chair', 'chairman')).toBe(false);
  });
});
