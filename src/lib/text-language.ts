/**
 * The site is written in the dossier's language (`<html lang>`, dossier.config.ts); a source
 * in another language marks its own words with their language wherever they appear (its
 * title, its text, a sentence or a quotation from it), so a screen reader speaks them with
 * the right voice and a browser hyphenates and translates them correctly.
 */
import dossier from '../../dossier.config';
import { primarySubtag } from '../language/choose-language';

/** The `lang` for a source's words: its tag, or undefined when it is the page's language. */
export function sourceLang(language: string): string | undefined {
  const primary = primarySubtag(language);
  return primary === '' || primary === primarySubtag(dossier.language) ? undefined : language.trim();
}

/** The `lang` for a source's title: as its words, unless the title is ours (written when the headline was lost). */
export function titleLang(language: string, titleBasis: 'published' | 'editorial'): string | undefined {
  return titleBasis === 'editorial' ? undefined : sourceLang(language);
}

/** A source as far as its language goes. */
interface SourceLanguage {
  data: { language: string; titleBasis: 'published' | 'editorial' };
}

/** The `lang` of any source's words and title, by slug: for pages that show many sources. */
export interface SourceLangs {
  /** For the source's text, a sentence or a quotation from it. */
  words(slug: string): string | undefined;
  /** For the source's title. */
  title(slug: string): string | undefined;
}

export function sourceLangs(sources: ReadonlyMap<string, SourceLanguage>): SourceLangs {
  return {
    words: (slug) => {
      const source = sources.get(slug);
      return source ? sourceLang(source.data.language) : undefined;
    },
    title: (slug) => {
      const source = sources.get(slug);
      return source ? titleLang(source.data.language, source.data.titleBasis) : undefined;
    },
  };
}
