/**
 * Choosing a language module by a source's BCP 47 tag, and what happens to a language with
 * no module: it is read with the English rules and listed for the build report.
 */
import { describe, expect, it } from 'vitest';
import { english } from '../../../../src/language/en/index.ts';
import { FALLBACK_LANGUAGE, hasLanguageModule, languageFor, primarySubtag, withoutLanguageModule } from '../../../../src/language/choose-language.ts';

describe('languageFor', () => {
  it('chooses by the primary subtag, whatever the region or case', () => {
    expect(primarySubtag(' en-GB ')).toBe('en');
    expect(languageFor('en')).toBe(english);
    expect(languageFor('EN-us')).toBe(english);
    expect(hasLanguageModule('en-AU')).toBe(true);
  });

  it('reads a language with no module with the fallback, English, and never throws', () => {
    expect(FALLBACK_LANGUAGE).toBe(english);
    expect(hasLanguageModule('fr')).toBe(false);
    expect(languageFor('fr-CA')).toBe(english);
    expect(languageFor('')).toBe(english);
  });

  it('lists the sources read with the fallback, by language', () => {
    expect(
      withoutLanguageModule([
        { slug: 'a', language: 'fr' },
        { slug: 'b', language: 'en' },
        { slug: 'c', language: 'fr' },
        { slug: 'd', language: 'de-AT' },
      ]),
    ).toEqual([
      { language: 'fr', slugs: ['a', 'c'] },
      { language: 'de-AT', slugs: ['d'] },
    ]);
  });
});
