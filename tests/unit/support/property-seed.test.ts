/**
 * The property tests draw their cases from the seed the run was given (the commit under test,
 * see vitest.config.ts), so the same code checks the same cases in CI and in a rehearsal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('the property tests’ seed', () => {
  it('is the one the run was given, set for every property', () => {
    expect(process.env.FC_SEED).toMatch(/^-?\d+$/);
    expect(fc.readConfigureGlobal().seed).toBe(Number(process.env.FC_SEED));
  });

  it('draws the same cases each time', () => {
    const draw = () => fc.sample(fc.string({ maxLength: 20 }), 25);
    expect(draw()).toEqual(draw());
  });
});
