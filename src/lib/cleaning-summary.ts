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

const CHARACTER_NAMES: Readonly<Record<string, string>> = {
  ' ': 'space',
  '\t': 'tab',
  '\u00A0': 'no-break space',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\uFEFF': 'byte-order mark',
};

/** `space`, `tab`, or `U+202E` for any other invisible character. */
function characterName(character: string): string {
  return CHARACTER_NAMES[character] ?? `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const INVISIBLE_ONLY = /^[\s\p{Cc}\p{Cf}]+$/u;

/** Makes text a reader cannot see (spaces, tabs, invisible characters) visible by naming it. */
export function visible(text: string): string {
  if (text === '') return '(nothing)';
  if (!INVISIBLE_ONLY.test(text)) return text;
  const names = [...text].map(characterName);
  const counted = names.length > 1 && names.every((name) => name === names[0]) ? `${names.length} × ${names[0]}` : names.join(', ');
  return `(${counted})`;
}
