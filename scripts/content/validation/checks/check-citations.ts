/**
 * Checks of the citations in every body the manifest holds to the sources
 * (src/collections/manifest.ts, `citations`):
 *
 * - `checkCitations`: each `source:` link names a source and a paragraph that exist, and the
 *   words it says it rests on (its title) are in that paragraph as a reader would find them;
 * - `checkCitedProse`: in the editors' prose about the events (`every-sentence`), every
 *   sentence cites a paragraph or is marked `<!-- not a claim -->`, every citation gives its
 *   words, and an entry that must cite (a timeline event, a correction) cites at least once.
 *
 * The two are separate so a wrong address is reported as that, before the sentence it
 * leaves uncited is.
 */
import { COLLECTION_NAMES } from '../../../../src/collections/manifest.ts';
import { CITATION_EXAMPLE, CITATION_URL_SHAPE } from '../../../../src/citations/citation-syntax.ts';
import { citationCoverage, uncitedSentences, type CitationCoverage, type ProseReading } from '../../../../src/citations/prose-citations.ts';
import type { ContentProblem } from '../../../../src/files/content-error.ts';
import { locateEvidence } from '../../../../src/questions/locate-evidence.ts';
import type { ContentUnderCheck, ReadCollection, ReadEntry } from '../read-content.ts';

/** The collections whose bodies cite, in the manifest's order. */
function citingCollections(content: ContentUnderCheck): ReadCollection[] {
  return COLLECTION_NAMES.map((name): ReadCollection => content.collections[name]).filter((collection) => collection.declaration.citations !== undefined);
}

/**
 * The citations of an entry whose citations are only checked. A URL can only read "source:…"
 * if the text spells "source" or hides letters in character references ("&#115;ource:"); most
 * sources do neither, and parsing them again cost as much as reading them.
 */
function checkedReading(content: ContentUnderCheck, collection: ReadCollection, entry: ReadEntry): ProseReading | undefined {
  if (collection.declaration.citations === 'checked' && !entry.body.includes('source') && !entry.body.includes('&')) return undefined;
  return content.prose(entry);
}

export function checkCitations(content: ContentUnderCheck): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const refusedSources = content.collections.sources.refused;
  for (const collection of citingCollections(content)) {
    for (const entry of collection.entries) {
      for (const citation of checkedReading(content, collection, entry)?.citations ?? []) {
        const at = { file: entry.file, line: citation.line };
        const list = citation.source === undefined ? undefined : content.paragraphs.get(citation.source);
        if (citation.source === undefined || citation.paragraph === undefined) {
          problems.push({ ...at, message: `citation "${citation.url}" must look like ${CITATION_URL_SHAPE}.` });
        } else if (!list) {
          // A source that exists but was refused has its own problem; one is enough.
          if (refusedSources.has(citation.source)) continue;
          problems.push({ ...at, message: `citation "${citation.url}": there is no content/sources/${citation.source}.md.` });
        } else if (citation.paragraph < 1 || citation.paragraph > list.length) {
          problems.push({ ...at, message: `citation "${citation.url}": that source has paragraphs 1 to ${list.length}.` });
        } else if (citation.words !== undefined) {
          const located = locateEvidence([list[citation.paragraph - 1] ?? ''], citation.words);
          if (!located.found) {
            problems.push({ ...at, message: `citation "${citation.url}" rests on "${citation.words}", which is not in ¶${citation.paragraph} of content/sources/${citation.source}.md: ${located.hint}` });
          }
        }
      }
    }
  }
  return problems;
}

/** The entries of the editors' prose about the events: `every-sentence` collections, less entries that say they are not factual. */
export function citedProse(content: ContentUnderCheck): Array<{ collection: ReadCollection; entry: ReadEntry }> {
  return citingCollections(content)
    .filter((collection) => collection.declaration.citations === 'every-sentence')
    .flatMap((collection) => collection.entries.filter((entry) => (entry.data as { factual?: boolean }).factual !== false).map((entry) => ({ collection, entry })));
}

/** How much of each file of the editors' prose about the events cites a paragraph. */
export function proseCoverage(content: ContentUnderCheck): Array<{ file: string } & CitationCoverage> {
  return citedProse(content).map(({ entry }) => ({ file: entry.file, ...citationCoverage(content.prose(entry)) }));
}

export function checkCitedProse(content: ContentUnderCheck): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { collection, entry } of citedProse(content)) {
    const reading = content.prose(entry);
    for (const sentence of uncitedSentences(reading)) {
      const shown = sentence.text.length > 90 ? `${sentence.text.slice(0, 87)}...` : sentence.text;
      problems.push({
        file: entry.file,
        line: sentence.line,
        message: `the sentence "${shown}" cites no source paragraph; cite the paragraph it rests on, with its words (${CITATION_EXAMPLE}), or mark it <!-- not a claim --> if it states no fact about the events.`,
      });
    }
    // The words make a citation checkable at a glance; checkCitations checks them.
    for (const citation of reading.citations.filter((candidate) => candidate.words === undefined)) {
      problems.push({
        file: entry.file,
        line: citation.line,
        message: `citation "${citation.url}" does not give the words it rests on; write them as its title: [${citation.label || `¶${citation.paragraph ?? 1}`}](${citation.url} "the words of that paragraph").`,
      });
    }
    const mustCite = collection.declaration.mustCite;
    if (mustCite && reading.citations.length === 0) {
      problems.push({ file: entry.file, line: entry.bodyLine, message: `${mustCite} must cite at least one source paragraph, e.g. ${CITATION_EXAMPLE}.` });
    }
  }
  return problems;
}
