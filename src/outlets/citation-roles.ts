/**
 * What a source cites an outlet for, as the outlet reader (read-citations.ts) establishes it
 * from the words around the outlet's name:
 *
 * - `report`: the outlet's reporting is relied on ("according to X", "X reported");
 * - `confirmation`: the outlet confirmed someone else's reporting ("confirmed by X");
 * - `statement-venue`: someone spoke to the outlet ("told X", "X's questions");
 * - `mention`: any other mention, and every mention inside a quotation.
 */
import type { CitationCueRole } from '../language/language.ts';

/** What a source cites an outlet for: a role a cue gives, or a plain mention. */
export type CitationRole = CitationCueRole | 'mention';

/** Every role, strongest reliance first: the order roles are listed and counted in. */
export const citationRoles: readonly CitationRole[] = ['report', 'confirmation', 'statement-venue', 'mention'];

/** How many citations of each role, every role present (zero where none). */
export type RoleCounts = Record<CitationRole, number>;

/** Every role at zero. */
export function noRoles(): RoleCounts {
  return { report: 0, confirmation: 0, 'statement-venue': 0, mention: 0 };
}
