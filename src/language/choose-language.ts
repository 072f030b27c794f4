/**
 * The language module for a source, chosen by its `language` tag (BCP 47): by the primary
 * subtag, so "en-GB" and "en-US" are both English. A language with no module here is read
 * with the English rules rather than not at all, since a missing name or citation is better
 * found roughly than lost; the build report lists such sources (`withoutLanguageModule`) so
 * a maintainer knows their names and citations were read as if they were English. Adding a
 * language is one module implementing `Language` (language.ts) and one line in `MODULES`.
 */
import { english } from './en/index.ts';
import type { Language } from './language.ts';

/** Every language with a module, by primary subtag. */
const MODULES: ReadonlyMap<string, Language> = new Map([[english.tag, english]]);

/** What every language without a module is read as. */
export const FALLBACK_LANGUAGE: Language = english;

/** The primary subtag of a BCP 47 tag, lower case: "en-GB" → "en". */
export function primarySubtag(tag: string): string {
  return tag.trim().toLowerCase().split('-')[0] ?? '';
}

/** Whether a language has its own module (otherwise it is read as `FALLBACK_LANGUAGE`). */
export function hasLanguageModule(tag: string): boolean {
  return MODULES.has(primarySubtag(tag));
}

/** The module for a language tag; `FALLBACK_LANGUAGE` (English) when it has none. */
export function languageFor(tag: string): Language {
  return MODULES.get(primarySubtag(tag)) ?? FALLBACK_LANGUAGE;
}

/** The sources whose language has no module, by tag in first-seen order: each was read with the fallback's rules. */
export function withoutLanguageModule(sources: readonly { slug: string; language: string }[]): { language: string; slugs: string[] }[] {
  const found = new Map<string, string[]>();
  for (const source of sources) {
    if (hasLanguageModule(source.language)) continue;
    const slugs = found.get(source.language) ?? [];
    slugs.push(source.slug);
    found.set(source.language, slugs);
  }
  return [...found].map(([language, slugs]) => ({ language, slugs }));
}
