/**
 * What the sources as a whole say about a word's case. A capitalised word at the start of a
 * sentence or quotation proves nothing; it is kept as part of a name only when the same word
 * is capitalised mid-sentence elsewhere in the sources, or runs straight into another
 * capitalised word it is never seen lower-cased apart from ("Jane Doe said").
 */
import { lookupForm } from '../language/lookup-form.ts';
import type { NameLexicon } from './name-lexicon.ts';
import { units } from './name-units.ts';

export interface CaseEvidence {
  /** Words seen capitalised away from the start of a sentence. */
  capitalisedMidSentence: Set<string>;
  /** Words seen in lower case (lookup form). */
  lowerCase: Set<string>;
}

/** One pass over every paragraph; `lexicon` gives each source's language's rules. */
export function caseEvidence(sources: ReadonlyArray<{ paragraphs: readonly string[]; lexicon: NameLexicon }>): CaseEvidence {
  const evidence: CaseEvidence = { capitalisedMidSentence: new Set(), lowerCase: new Set() };
  for (const source of sources) {
    for (const paragraph of source.paragraphs) {
      for (const unit of units(paragraph, [], source.lexicon)) {
        if (unit.nameLike && !unit.initial) evidence.capitalisedMidSentence.add(unit.text);
        if (/^\p{Ll}/u.test(unit.text)) evidence.lowerCase.add(lookupForm(unit.text));
      }
    }
  }
  return evidence;
}
