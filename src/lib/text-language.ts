/**
 * The site is written in English (`<html lang="en">`); a source in another language marks
 * its own words with their language, so a screen reader speaks them with the right voice and
 * a browser hyphenates and translates them correctly.
 */

/** The `lang` for a source's words: its tag, or undefined when it is English, as the page is. */
export function sourceLang(language: string): string | undefined {
  const primary = language.trim().toLowerCase().split('-')[0];
  return primary === '' || primary === 'en' ? undefined : language.trim();
}

/** The `lang` for a source's title: as its words, unless the title is ours (written when the headline was lost). */
export function titleLang(language: string, titleBasis: 'published' | 'editorial'): string | undefined {
  return titleBasis === 'editorial' ? undefined : sourceLang(language);
}
