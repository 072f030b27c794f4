/**
 * Suggested evidence as `npm run suggest-evidence` prints it: by question, then by source,
 * each suggestion with its paragraph, the words that would be the evidence, and why it was
 * proposed (the existing evidence it resembles, the actors and words they share). Pure.
 */
import type { SuggestedEvidence } from '../../src/questions/evidence-suggestions.ts';
import { groupBy } from '../../src/lib/list-limits.ts';

export interface SuggestionLabels {
  /** The question as a reader asks it, by id. */
  question: (id: string) => string;
  /** How many sources answer a question now, by id. */
  answered: (id: string) => number;
  /** An actor's name, by id. */
  actor: (id: string) => string;
}

/** Why a suggestion was made, in a few words: "like kestrel-x ¶2; shares Ilsa Marrow; words ordered, guidance". */
export function suggestionReason(suggestion: SuggestedEvidence, actor: (id: string) => string): string {
  const parts = [`like ${suggestion.like.source} ¶${suggestion.like.paragraph}`];
  if (suggestion.sharedActors.length > 0) parts.push(`shares ${suggestion.sharedActors.map(actor).join(', ')}`);
  if (suggestion.sharedWords.length > 0) parts.push(`words ${suggestion.sharedWords.join(', ')}`);
  return parts.join('; ');
}

export function formatSuggestions(suggestions: readonly SuggestedEvidence[], labels: SuggestionLabels): string[] {
  if (suggestions.length === 0) return ['No suggestions: every source that could answer a key question has an answer, or none resembles the evidence there is.'];
  const lines: string[] = [];
  for (const [question, forQuestion] of groupBy(suggestions, (entry) => entry.question)) {
    const answered = labels.answered(question);
    lines.push(`${question}: ${labels.question(question)} (answered by ${answered} ${answered === 1 ? 'source' : 'sources'})`);
    for (const [source, forSource] of groupBy(forQuestion, (entry) => entry.source)) {
      lines.push(`  ${source}`);
      for (const suggestion of forSource) {
        lines.push(`    ${suggestion.rank}. ¶${suggestion.paragraph} (score ${suggestion.score.toFixed(2)}) "${suggestion.text}"`);
        lines.push(`       ${suggestionReason(suggestion, labels.actor)}`);
      }
    }
    lines.push('');
  }
  return lines;
}
