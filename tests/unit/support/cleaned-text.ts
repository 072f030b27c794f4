/**
 * Text forms of a cleaned article, shared by the cleaner tests.
 */
import type { CleanedArticle } from '../../../scripts/clean/pipeline.ts';

/** The fixtures' `expected.md` form: `# headline`, a blank line, then paragraphs separated by blank lines. */
export function cleanedMarkdown(article: Pick<CleanedArticle, 'headline' | 'paragraphs'>): string {
  const blocks = article.headline === undefined ? article.paragraphs : [`# ${article.headline}`, ...article.paragraphs];
  return `${blocks.join('\n\n')}\n`;
}

/** The cleaned article as raw text again (headline as a plain first line), to feed back to the cleaner. */
export function cleanedText(article: Pick<CleanedArticle, 'headline' | 'paragraphs'>): string {
  const blocks = article.headline === undefined ? article.paragraphs : [article.headline, ...article.paragraphs];
  return blocks.join('\n\n');
}
