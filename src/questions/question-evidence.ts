/**
 * Where each answer's evidence sits in its source, for the compare page and the open data.
 * The content check (`npm run validate`) reports missing evidence with a located message;
 * this throws too, so a page can never show evidence that is not in the source.
 */
import { locateEvidence, type EvidenceLocation } from './locate-evidence.ts';

/** One evidence quotation with its place in the source. */
export interface PlacedEvidence extends EvidenceLocation {
  /** The words, as given in the question file. */
  text: string;
}

export function placeEvidence(
  questionFile: string,
  sourceSlug: string,
  paragraphs: readonly string[] | undefined,
  evidence: readonly string[],
): PlacedEvidence[] {
  if (!paragraphs) throw new Error(`${questionFile}: no source "${sourceSlug}" in content/sources/.`);
  return evidence.map((text) => {
    const result = locateEvidence(paragraphs, text);
    if (!result.found) {
      throw new Error(`${questionFile}: evidence "${text}" is not in content/sources/${sourceSlug}.md: ${result.hint}`);
    }
    return { text, ...result.location };
  });
}
