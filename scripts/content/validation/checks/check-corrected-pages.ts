/**
 * Check: a correction names a page the site builds; one naming no page would put its
 * "corrected on" line nowhere (see src/corrections/correction-pages.ts).
 */
import { correctionPageProblem } from '../../../../src/corrections/correction-pages.ts';
import type { ContentProblem } from '../../../../src/files/content-error.ts';
import type { ContentUnderCheck } from '../read-content.ts';

export function checkCorrectedPages(content: ContentUnderCheck): ContentProblem[] {
  const known = { sources: content.ids('sources'), actors: content.ids('actors'), outlets: content.ids('outlets'), questions: content.ids('questions') };
  const problems: ContentProblem[] = [];
  for (const correction of content.collections.corrections.entries) {
    const fault = correctionPageProblem(correction.data.page, known);
    if (fault) problems.push({ file: correction.file, line: correction.lineOf(['page']), field: 'page', message: fault });
  }
  return problems;
}
