/**
 * The committed English table is derived, not edited: it must match what
 * `npm run build:language-data` makes from the recorded scripts and sources. A change to a
 * build script or a package version without a rebuild fails here; where the sources are
 * installed (Debian's pocketsphinx-en-us and mythes-en-us), their hashes are checked too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inputHashes, SOURCES } from '../../../../scripts/language-data/build-language-data.ts';
import { englishModel, LANGUAGE_DATA } from '../../../../src/language/en/language-model.ts';

const model = englishModel();
const sourcesInstalled = existsSync(SOURCES.languageModel) && existsSync(SOURCES.myThes);

describe('the committed English table', () => {
  it('was built by the current build scripts and packages', () => {
    const current = inputHashes(false);
    expect(model.header.inputs.scripts, 'a build script changed: run npm run build:language-data').toEqual(current.scripts);
    expect(model.header.inputs.packages, 'a source package changed: run npm run build:language-data').toEqual(current.packages);
  });

  it.runIf(sourcesInstalled)('was built from the installed sources', () => {
    expect(model.header.inputs.sources).toEqual(inputHashes(true).sources);
  });

  it('stays small enough for a repository, and records its licences', () => {
    expect(readFileSync(LANGUAGE_DATA).length).toBeLessThan(6_000_000);
    expect(Object.keys(model.header.licences).sort()).toEqual(['en-us.lm.bin', 'th_en_US_v2.dat', 'wordnet']);
  });

  it('knows English word order from real counts', () => {
    expect(model.logProb('the', 'war')).toBeGreaterThan(model.logProb('the', 'warfare') + 2);
    expect(model.logProb('officials', 'said')).toBeGreaterThan(model.logProb('officers', 'said'));
    expect(model.logProb('new', 'york')).toBeGreaterThan(-1);
    // Unknown words fall back to a floor below every known word.
    expect(model.unigram('qzxv')).toBeLessThan(model.unigram('aardvark'));
  });

  it('lists thesaurus candidates, inflected like the word they would replace', () => {
    expect(model.candidates('warfare')).toContain('war');
    expect(model.candidates('officers')).toContain('officials');
    expect(model.candidates('occasions')).toContain('times');
    expect(model.candidates('instructed')).toContain('told');
    expect(model.candidates('the')).toEqual([]);
  });
});
