import { describe, expect, it } from 'vitest';
import { sourceLang, titleLang } from '../../../../src/lib/text-language.ts';

describe('the lang of a source’s words on an English page (issue 17, item 6)', () => {
  it('is the source’s language tag unless it is English', () => {
    expect(sourceLang('de')).toBe('de');
    expect(sourceLang('pt-BR')).toBe('pt-BR');
    expect(sourceLang('en')).toBeUndefined();
    expect(sourceLang('en-GB')).toBeUndefined();
  });

  it('leaves a title we wrote (the headline was lost) in English', () => {
    expect(titleLang('fr', 'published')).toBe('fr');
    expect(titleLang('fr', 'editorial')).toBeUndefined();
  });
});
