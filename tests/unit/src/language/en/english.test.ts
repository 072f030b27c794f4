/**
 * English as the language module gives it: each vocabulary from its own module, the stop
 * words from the Brown corpus with attribution added, abbreviations that do not end a sentence.
 */
import { describe, expect, it } from 'vitest';
import { english } from '../../../../../src/language/en/index.ts';

const sentences = (text: string) => english.splitSentences(text).map((span) => text.slice(span.start, span.end));

describe('English', () => {
  it('drops function words, contraction pieces and attribution when passages are compared', () => {
    for (const word of ['the', 'which', 'isn', 't', 'said', 'told', 'according', 'reportedly', 'mr']) expect(english.stopWords.has(word)).toBe(true);
    for (const word of ['order', 'cyber', 'pause', 'russia']) expect(english.stopWords.has(word)).toBe(false);
  });

  it('folds British spelling and grammatical forms into one stem', () => {
    expect(english.stem(english.canonicalWord('Authorised'))).toBe(english.stem(english.canonicalWord('authorizes')));
    expect(english.canonicalWord('Defence')).toBe('defense');
    // Words that name an object's own members are words like any other.
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(english.canonicalWord(word)).toBe(word.toLowerCase());
  });

  it('does not end a sentence at an abbreviation, a month written short or an initial', () => {
    expect(sentences('Maj. Gen. Doe spoke on Sept. 5 and Mar. 3. Then J. Roe left. Foo Inc. agreed.')).toEqual([
      'Maj. Gen. Doe spoke on Sept. 5 and Mar. 3.',
      'Then J. Roe left.',
      'Foo Inc. agreed.',
    ]);
  });

  it('declares the closed classes attribution reads', () => {
    expect(english.pronouns.has('she')).toBe(true);
    expect(english.pronounReference('She')).toBe('person');
    expect(english.pronounReference('they')).toBe('any');
    // "You" addresses someone; it names no speaker.
    expect(english.pronouns.has('you')).toBe(true);
    expect(english.pronounReference('you')).toBeUndefined();
    expect(english.titles.has('minister')).toBe(true);
    expect(english.titles.has('maj')).toBe(true);
    expect(english.titles.has('rev')).toBe(true);
    expect(english.reportingVerbs.has('told')).toBe(true);
    expect(english.reportingVerbs.has('confirmed')).toBe(true);
    // A verb of publishing is the outlet reader's, not a speaker's.
    expect(english.reportingVerbs.has('reported')).toBe(false);
  });
});
