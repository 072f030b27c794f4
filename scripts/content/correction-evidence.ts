/**
 * The evidence a seed's corrections cite, checked as a reader would check it: the cited
 * paragraph exists, holds the cited words exactly, and those words include every word the
 * correction adds. Evidence that says less than the correction is no ground for certainty
 * ("declined to provide a statement" cannot rest on a paragraph that never says "declined").
 */
import { diffArrays } from 'diff';
import type { ContentProblem } from '../../src/files/content-error.ts';
import { locateEvidence } from '../../src/questions/locate-evidence.ts';
import { wordingWords } from '../../src/quotations/wording.ts';
import type { DoubtfulWords, SeedInput } from './plan-seed.ts';

/** The words `after` has that `before` lacks, in order (typography and case aside). */
export function addedWords(before: string, after: string): string[] {
  const keys = (text: string) => wordingWords(text).map((word) => word.key);
  return diffArrays(keys(before), keys(after)).flatMap((part) => (part.added ? part.value : []));
}

/** A source's cleaned paragraphs, and where their words are themselves less than certain. */
export interface EvidenceText {
  paragraphs: readonly string[];
  doubtful: readonly DoubtfulWords[];
}

/**
 * Problems with the evidence of a seed's corrections. `evidenceOf` gives a source's text by
 * slug (null: this copy's own), or undefined when there is no such source. Words that are
 * themselves a probable restoration of a damaged copy are no ground for certainty.
 */
export function correctionEvidenceProblems(input: SeedInput, evidenceOf: (slug: string | null) => EvidenceText | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  input.meta.corrections.forEach((correction, index) => {
    const evidence = correction.evidence;
    if (!evidence) return;
    const at = (field: string, message: string) =>
      problems.push({
        file: input.sidecar,
        line: input.lineOf(['corrections', index, 'evidence', field]) ?? input.lineOf(['corrections', index, 'evidence']),
        field: `corrections.${index}.evidence.${field}`,
        message,
      });
    const whose = evidence.source === undefined ? 'this copy' : `content/sources/${evidence.source}.md`;
    const source = evidenceOf(evidence.source ?? null);
    const paragraphs = source?.paragraphs;
    if (!source || !paragraphs) {
      at('source', `no source "${evidence.source}" in content/sources/ (or from seeds/).`);
      return;
    }
    const paragraph = paragraphs[evidence.paragraph - 1];
    if (paragraph === undefined) {
      at('paragraph', `${whose} has paragraphs 1 to ${paragraphs.length}.`);
      return;
    }
    const located = locateEvidence([paragraph], evidence.text);
    if (!located.found) {
      at('text', `"${evidence.text}" is not in ¶${evidence.paragraph} of ${whose}: ${located.hint}`);
      return;
    }
    // Evidence shown beside a probable correction need only be there; certainty needs it to say as much.
    if (correction.certainty !== 'certain') return;
    const { start, end } = located.location;
    const doubtful = source.doubtful.filter((words) => words.paragraph === evidence.paragraph && words.start < end && words.end > start);
    if (doubtful.length > 0) {
      at('text', `the cited words are, in ${whose}, themselves a restoration short of certain (see its cleaning record), so they cannot make this correction certain; cite other words, or make it probable.`);
      return;
    }
    const held = new Set(wordingWords(evidence.text).map((word) => word.key));
    const missing = addedWords(correction.find, correction.replace).filter((word) => !held.has(word));
    if (missing.length > 0) {
      at(
        'text',
        `the evidence does not hold the words the correction adds (${[...new Set(missing)].map((word) => `"${word}"`).join(', ')}), so it cannot make the correction certain; cite words that do, or make it probable or a guess.`,
      );
    }
  });
  return problems;
}
