/**
 * A name mangled by damage is restored only from a registry name a clean passage on the same
 * ground writes, and only where the damaged run still has the name's shape.
 */
import { describe, expect, it } from 'vitest';
import { mangledNames } from '../../../../src/quotations/registry-names.ts';

const passage = { source: 'clean-report', paragraph: 2, text: 'Operations run by the National Security Agency were not affected.' };
const names = ['National Security Agency', 'NSA', 'National Security Council'];

describe('mangledNames', () => {
  it('finds a run of capitalised words that is the name with some words swapped', () => {
    const text = 'It does not apply to espionage conducted by the National Security Service.';
    expect(mangledNames(text, [passage], names)).toEqual([{ start: 48, end: 73, name: 'National Security Agency', passage }]);
  });

  it('leaves alone a run in lower case, a run that is another known name, and one the passage does not write', () => {
    expect(mangledNames('the national security service said', [passage], names)).toEqual([]);
    expect(mangledNames('the National Security Council met', [passage], names)).toEqual([]);
    expect(mangledNames('the Homeland Security Service met', [passage], names)).toEqual([]);
    expect(mangledNames('the National Security Service met', [{ ...passage, text: 'Nothing about it here.' }], names)).toEqual([]);
  });

  it('needs half of the name’s words in place, and no punctuation inside the run', () => {
    expect(mangledNames('the Nationwide Safety Service met', [passage], names)).toEqual([]);
    expect(mangledNames('the National Security, Agency met', [passage], names)).toEqual([]);
  });
});
