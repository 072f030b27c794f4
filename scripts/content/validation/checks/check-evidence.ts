/**
 * Checks of the words the dossier copies out of its sources, which readers check against
 * the source in one click:
 *
 * - `checkQuestionEvidence`: each answer of a key question comes from a source that exists,
 *   and every piece of its evidence is in that source's cleaned text, exactly; each source
 *   it says an editor found silent (`noAnswerIn`) exists;
 * - `checkTitleCitations`: a timeline event's title cites a paragraph that exists, and the
 *   words it rests on are in it (a title states a claim as much as a sentence does).
 */
import type { ContentProblem } from '../../../../src/files/content-error.ts';
import { locateEvidence } from '../../../../src/questions/locate-evidence.ts';
import type { ContentUnderCheck } from '../read-content.ts';

export function checkQuestionEvidence(content: ContentUnderCheck): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const refusedSources = content.collections.sources.refused;
  // Looked up by id, not searched: answers grow with the sources, so a search per answer was quadratic.
  const sources = new Map(content.collections.sources.entries.map((source) => [source.id, source]));
  for (const question of content.collections.questions.entries) {
    question.data.answers.forEach((answer, index) => {
      const source = sources.get(answer.source);
      if (!source) {
        if (refusedSources.has(answer.source)) return;
        problems.push({
          file: question.file,
          line: question.lineOf(['answers', index, 'source']),
          field: `answers.${index}.source`,
          message: `no source "${answer.source}" in content/sources/.`,
        });
        return;
      }
      answer.evidence.forEach((evidence, at) => {
        const result = locateEvidence(content.paragraphs.get(source.id) ?? [], evidence);
        if (!result.found) {
          problems.push({
            file: question.file,
            line: question.lineOf(['answers', index, 'evidence', at]),
            field: `answers.${index}.evidence.${at}`,
            message: `evidence "${evidence}" is not in the cleaned text of ${source.file}: ${result.hint}`,
          });
        }
      });
    });
    question.data.noAnswerIn.forEach((slug, index) => {
      if (sources.has(slug) || refusedSources.has(slug)) return;
      problems.push({
        file: question.file,
        line: question.lineOf(['noAnswerIn', index]),
        field: `noAnswerIn.${index}`,
        message: `no source "${slug}" in content/sources/.`,
      });
    });
  }
  return problems;
}

export function checkTitleCitations(content: ContentUnderCheck): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const refusedSources = content.collections.sources.refused;
  for (const event of content.collections.timeline.entries) {
    const citation = event.data.titleCitation;
    const list = content.paragraphs.get(citation.source);
    const at = (field: string, message: string) => problems.push({ file: event.file, line: event.lineOf(['titleCitation', field]), field: `titleCitation.${field}`, message });
    if (!list) {
      if (!refusedSources.has(citation.source)) at('source', `no source "${citation.source}" in content/sources/.`);
    } else if (citation.paragraph > list.length) {
      at('paragraph', `content/sources/${citation.source}.md has paragraphs 1 to ${list.length}.`);
    } else {
      const located = locateEvidence([list[citation.paragraph - 1] ?? ''], citation.words);
      if (!located.found) at('words', `"${citation.words}" is not in ¶${citation.paragraph} of content/sources/${citation.source}.md: ${located.hint}`);
    }
  }
  return problems;
}
