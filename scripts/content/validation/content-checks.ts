/**
 * The content check (`npm run validate`) as a declared list. content/ is read once, every
 * collection the manifest declares (read-content.ts: each file refused with its located
 * problems, the rest held to their schemas); then each check below runs, in this order, on
 * what was read. Every problem is collected, named by file, line and field with what to do,
 * and `validateContent` throws them all at once, so one run lists every mistake.
 *
 * The order is the order problems are listed in: what holds between entries comes first,
 * then the bodies' citations and the words copied out of the sources, then single fields
 * that name a date or a page, and public/, which is not content/, last.
 */
import dossier from '../../../dossier.config.ts';
import { COLLECTION_NAMES } from '../../../src/collections/manifest.ts';
import type { CitationCoverage } from '../../../src/citations/prose-citations.ts';
import { ContentError, type ContentProblem } from '../../../src/files/content-error.ts';
import { checkPublicFiles } from '../../../src/files/public-files.ts';
import { checkCleaningRecords } from './checks/check-cleaning-records.ts';
import { checkCitations, checkCitedProse, proseCoverage } from './checks/check-citations.ts';
import { checkCorrectedPages } from './checks/check-corrected-pages.ts';
import { checkDamagedCopiesAreSeeds } from './checks/check-damaged-copies.ts';
import { checkDatesNotInFuture } from './checks/check-dates.ts';
import { checkQuestionEvidence, checkTitleCitations } from './checks/check-evidence.ts';
import { checkFigures } from './checks/check-figures.ts';
import { checkNames } from './checks/check-names.ts';
import { checkReferences } from './checks/check-references.ts';
import { readContent, type ContentUnderCheck } from './read-content.ts';

/** One named check of content/ as read. */
export interface ContentCheck {
  name: string;
  /** Every problem found; bad content is reported, never thrown. */
  check(content: ContentUnderCheck): ContentProblem[];
}

export const CONTENT_CHECKS: readonly ContentCheck[] = [
  // 1. References between entries (a source's outlet, an actor's affiliations), as the
  //    manifest declares them: first, because the site resolves them before anything else
  //    and fails on the first missing one; here each is named with its line.
  { name: 'references', check: checkReferences },
  // 2. What a source's own front matter rules out: a hand-written copy declaring a
  //    spinner's or a translation's damage (it must come in as a seed).
  { name: 'damaged-copies-are-seeds', check: checkDamagedCopiesAreSeeds },
  // 3. The registry's names, which mention links and quotation speakers are matched by:
  //    each must point to one actor or outlet, before any text is read for names.
  { name: 'names', check: checkNames },
  // 4. Every citation's address, paragraph and words, in every body that cites; before the
  //    prose rule, so a wrong address is reported as that and not only as an uncited sentence.
  { name: 'citations', check: checkCitations },
  // 5. The editors' prose about the events: every sentence cites or is marked not a claim,
  //    every citation gives its words, timeline events and corrections cite at least once.
  { name: 'cited-prose', check: checkCitedProse },
  // 6. The words the dossier copies out of its sources: key questions' evidence, then
  //    timeline titles' citations, each found in the source's cleaned text.
  { name: 'question-evidence', check: checkQuestionEvidence },
  { name: 'title-citations', check: checkTitleCitations },
  // 7. The explainer's `{{figure}}` names, which the build fills in.
  { name: 'figures', check: checkFigures },
  // 8. Dates after today (a mistyped year): after the bodies, so a file's problems read
  //    as its citations first, then the one field.
  { name: 'dates-not-in-future', check: checkDatesNotInFuture },
  // 9. The page each correction names, which must be a page the site builds (after the
  //    references: it names entries of several collections).
  { name: 'corrected-pages', check: checkCorrectedPages },
  // 10. Build output of the content build: a cleaning record without its source is stale.
  { name: 'cleaning-records', check: checkCleaningRecords },
  // 11. public/ is copied into the site unsanitised: nothing there may run code. Last: it
  //     is not content/, and reads no entry.
  { name: 'public-files', check: (content) => checkPublicFiles(content.root, dossier.folders.public) },
];

/** What a valid content/ holds. */
export interface ValidContent {
  /** Entries per collection, as the manifest counts them ("timeline events": 12). */
  counts: Record<string, number>;
  /** How much of each file of the editors' prose about the events cites a paragraph. */
  coverage: Array<{ file: string } & CitationCoverage>;
  /** Each source's language, date and paragraphs, as its page numbers them. */
  sources: { slug: string; language: string; published: Date; paragraphs: string[] }[];
}

/** Reads and checks all of content/ (and public/); throws a ContentError listing every problem. */
export function validateContent(root: string, today: Date = new Date()): ValidContent {
  const problems: ContentProblem[] = [];
  const content = readContent(root, today, problems);
  for (const { check } of CONTENT_CHECKS) problems.push(...check(content));
  if (problems.length > 0) throw new ContentError(problems);
  const counts: Record<string, number> = {};
  for (const name of COLLECTION_NAMES) {
    const { countedAs } = content.collections[name].declaration;
    if (countedAs) counts[countedAs] = content.collections[name].entries.length;
  }
  return {
    counts,
    coverage: proseCoverage(content),
    sources: content.collections.sources.entries.map((source) => ({
      slug: source.id,
      language: source.data.language,
      published: source.data.published,
      paragraphs: [...(content.paragraphs.get(source.id) ?? [])],
    })),
  };
}
