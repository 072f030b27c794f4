/**
 * Citation roles in words, one wording for every page, so the source page, the outlet page
 * and the graph's table never describe the same citation differently.
 */
import { citationRoles, type CitationRole, type RoleCounts } from './citation-roles.ts';

/** How a role is written. */
export interface RoleWording {
  /** A short label for lists: "report". */
  short: string;
  /** A phrase that stands alone before a sentence: "Cited for its reporting". */
  long: string;
}

export const roleWording: Readonly<Record<CitationRole, RoleWording>> = {
  report: { short: 'report', long: 'Cited for its reporting' },
  confirmation: { short: 'confirmation', long: 'Cited as confirming the reporting' },
  'statement-venue': { short: 'statement venue', long: 'Someone spoke to it' },
  mention: { short: 'mention', long: 'Named, with no reporting role' },
};

/** "confirmation, report ×2": the roles with a count, each with its number when above one. */
export function roleSummary(counts: RoleCounts): string {
  return citationRoles
    .filter((role) => counts[role] > 0)
    .map((role) => (counts[role] > 1 ? `${roleWording[role].short} ×${counts[role]}` : roleWording[role].short))
    .join(', ');
}
