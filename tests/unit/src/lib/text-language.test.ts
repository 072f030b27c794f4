import { describe, expect, it } from 'vitest';
import { sourceLang, sourceLangs, titleLang } from '../../../../src/lib/text-language.ts';

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

describe('the lang of any source by slug, for pages that show many sources', () => {
  const sources = new Map([
    ['le-monde', { data: { language: 'fr', titleBasis: 'published' as const } }],
    ['lost-headline', { data: { language: 'fr', titleBasis: 'editorial' as const } }],
    ['bbc', { data: { language: 'en-GB', titleBasis: 'published' as const } }],
  ]);
  const langs = sourceLangs(sources);

  it('marks the words and published titles of a source in another language, and nothing else', () => {
    expect(langs.words('le-monde')).toBe('fr');
    expect(langs.title('le-monde')).toBe('fr');
    expect(langs.words('lost-headline')).toBe('fr');
    expect(langs.title('lost-headline')).toBeUndefined();
    expect(langs.words('bbc')).toBeUndefined();
    expect(langs.words('unknown')).toBeUndefined();
  });
});
