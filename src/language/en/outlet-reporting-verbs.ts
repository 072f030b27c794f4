/**
 * The verbs that say an outlet reported or confirmed something ("X reported", "X, which
 * confirmed …"), every form, as the outlet-citation reader reads them after an outlet's
 * name. The attribution work (src/actors/attribute-quotations.ts) brings `reporting-verbs.ts`
 * for the verbs that report speech; the two are one vocabulary when they merge.
 */

/** Verbs that report: the outlet's reporting is relied on. */
export const REPORTING_VERBS: readonly string[] = [
  'reported', 'reports', 'reporting', 'report', 'says', 'said', 'say', 'wrote', 'writes', 'revealed', 'reveals', 'published',
  'publishes', 'found', 'finds', 'added', 'adds', 'noted', 'notes', 'cited', 'cites', 'claimed', 'claims', 'quoted', 'quotes',
  'described', 'describes', 'obtained', 'learned', 'broke', 'disclosed',
];

/** Verbs that confirm someone else's reporting. */
export const CONFIRMING_VERBS: readonly string[] = ['confirmed', 'confirms', 'confirm', 'corroborated', 'corroborates', 'verified', 'verifies'];
