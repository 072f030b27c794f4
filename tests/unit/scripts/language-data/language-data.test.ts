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
    // Trigrams included: the budget a git repository can carry for it (issue 15) is 15 MB.
    expect(readFileSync(LANGUAGE_DATA).length).toBeLessThan(15_000_000);
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

  it('knows trigrams: the word two back changes what is likely', () => {
    const id = (word: string) => model.idOf(word);
    // "to end the war" against "to finish the war": the pair alone cannot tell them apart as well.
    expect(model.logProb3ById(id('end'), id('the'), id('war'))).toBeGreaterThan(model.logProb3ById(id('finish'), id('the'), id('war')));
    // With no word two back, a trigram is the bigram.
    expect(model.logProb3ById(-1, id('the'), id('war'))).toBe(model.logProbById(id('the'), id('war')));
  });

  it('lists function words and the phrases a spinner pads them into, which thesauri leave out', () => {
    expect(model.candidates('in opposition to')).toContain('against');
    expect(model.candidates('throughout')).toContain('during');
    expect(model.candidates('additionally')).toContain('also');
  });
});
