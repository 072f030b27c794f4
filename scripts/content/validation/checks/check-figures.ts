/**
 * Check: the editors' `{{figure}}` names must be figures the build counts (see
 * src/markdown/dossier-figures.ts); a misspelt one would be printed as written.
 */
import type { ContentProblem } from '../../../../src/files/content-error.ts';
import { FIGURE_NAMES } from '../../../../src/markdown/dossier-figures.ts';
import { FIGURE } from '../../../../src/markdown/remark-dossier-figures.ts';
import type { ContentUnderCheck } from '../read-content.ts';

export function checkFigures(content: ContentUnderCheck): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const known = new Set(FIGURE_NAMES);
  for (const page of content.collections.pages.entries) {
    page.body.split('\n').forEach((line, index) => {
      for (const match of line.matchAll(FIGURE)) {
        if (!known.has(match[1] ?? '')) {
          problems.push({ file: page.file, line: page.bodyLine + index, message: `"${match[0]}" names no figure; the figures are: ${FIGURE_NAMES.join(', ')}.` });
        }
      }
    });
  }
  return problems;
}
