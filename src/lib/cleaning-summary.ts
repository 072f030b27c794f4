/**
 * Reader-facing summaries of a cleaning record: changes grouped by the pass that made them.
 */
import type { Change } from '../schemas/cleaning-record.ts';

export const passLabels: Readonly<Record<string, string>> = {
  debris: 'Web-page debris removed',
  structure: 'Structure',
  whitespace: 'Spacing',
  punctuation: 'Punctuation',
  typography: 'Quotation marks',
};

export interface ChangeGroup {
  pass: string;
  label: string;
  changes: Change[];
}

export function passOf(ruleId: string): string {
  return ruleId.split('/')[0] ?? ruleId;
}

/** Groups changes by pass, in the order the passes first appear in the record. */
export function groupChanges(changes: readonly Change[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const change of changes) {
    const pass = passOf(change.ruleId);
    let group = groups.get(pass);
    if (!group) {
      group = { pass, label: passLabels[pass] ?? pass, changes: [] };
      groups.set(pass, group);
    }
    group.changes.push(change);
  }
  return [...groups.values()];
}

/** Shows whitespace-only text so a reader can see what changed. */
export function visible(text: string): string {
  if (text === '') return '(nothing)';
  if (text.trim() === '') return `(${text.length === 1 ? 'a space' : `${text.length} spaces`})`;
  return text;
}
