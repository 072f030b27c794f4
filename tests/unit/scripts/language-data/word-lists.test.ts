/**
 * The committed English word lists are derived, not edited: they must be what
 * `npm run build:word-lists` makes from the Brown corpus, WordNet, the Sphinx vocabulary and
 * i18n-iso-countries, all installed by npm. And they hold what the rules reading them expect.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildEnglishWords, buildWordLists, OUTPUT, readBrown, renderWordLists, WORDS_OUTPUT } from '../../../../scripts/language-data/build-word-lists.ts';

describe('the committed English word lists', () => {
  const brown = readBrown();
  const lists = buildWordLists(brown);

  it('are what the build makes from the installed sources', () => {
    expect(readFileSync(OUTPUT, 'utf8'), 'stale: run npm run build:word-lists').toBe(renderWordLists(lists));
  });

  it('know function words and contractions from the Brown corpus tags, not content words', () => {
    for (const word of ['the', 'of', 'would', "don't", "we're", 'whom']) expect(lists.functionWords).toContain(word);
    for (const word of ['order', 'minister', 'cyber']) expect(lists.functionWords).not.toContain(word);
  });

  it('know which words English writes in lower case, and leave out those it also capitalises as names', () => {
    for (const word of ['budget', 'deadline', 'update']) expect(lists.lowerCaseWords).toContain(word);
    for (const word of ['washington', 'baker', 'rose']) expect(lists.lowerCaseWords).not.toContain(word);
  });

  it('take countries from i18n-iso-countries, demonyms English knows, and real words near them', () => {
    expect(lists.countries).toContain('Ukraine');
    expect(lists.demonyms).toContain('ukrainian');
    expect(lists.demonyms).not.toContain('ukrainean');
    expect(lists.nearCountryWords).toContain('nigel');
    expect(lists.nearCountryWords).not.toContain('ukriane');
  });

  it('list the words English knows beyond the model, from the Brown corpus and WordNet with its inflections', () => {
    const words = buildEnglishWords(brown);
    expect(gunzipSync(readFileSync(WORDS_OUTPUT)).toString('utf8'), 'stale: run npm run build:word-lists').toBe(`${words.join('\n')}\n`);
    // From Brown ("grillwork"), WordNet lemmas ("tocology") and their inflections ("oafs").
    for (const word of ['grillwork', 'tocology', 'oafs']) expect(words).toContain(word);
    expect(words).not.toContain('lawcreators');
    // Inflecting WordNet's 77,000 lemmas takes seconds.
  }, 30_000);
});
