/**
 * Reader-facing summaries of a cleaning record: changes grouped by the pass that made them.
 */
import { isEvidenceSummary, type Change } from '../schemas/cleaning-record.ts';
import { compareStrings } from './compare-strings.ts';

export const passLabels: Readonly<Record<string, string>> = {
  editorial: 'Corrected by the editors for this article',
  spinner: 'Words an article spinner swapped',
  'machine-translation': 'Terms garbled by machine translation',
  debris: 'Web-page debris removed',
  structure: 'Structure',
  repeats: 'Repeated words',
  template: 'Spinner template residue',
  typography: 'Typography: quotation marks, fused words, acronyms',
  punctuation: 'Punctuation',
  whitespace: 'Spacing and invisible characters',
};

/** Order of the groups on the page: the changes that matter most to a reader first. */
const GROUP_ORDER = Object.keys(passLabels);

export interface ChangeGroup {
  pass: string;
  label: string;
  changes: Change[];
}

export function passOf(ruleId: string): string {
  return ruleId.split('/')[0] ?? ruleId;
}

/** Flags that leave text as received: listed apart, not as changes. */
export const isUncertainFlag = (change: Change) => change.ruleId === 'editorial/uncertain';

/** Groups changes by pass, the changes that matter most to a reader first (see passLabels). */
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
  const rank = (pass: string) => (GROUP_ORDER.includes(pass) ? GROUP_ORDER.indexOf(pass) : GROUP_ORDER.length);
  return [...groups.values()].sort((a, b) => rank(a.pass) - rank(b.pass) || compareStrings(a.pass, b.pass));
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

/**
 * A record's markers as a reader meets them: the phrases of the copy that gave the damage
 * away (shown quoted: they are the copy's words), and the detector's summaries of its counts
 * (our words, never quoted).
 */
export function damageEvidence(markers: readonly string[]): { phrases: string[]; summaries: string[] } {
  return { phrases: markers.filter((marker) => !isEvidenceSummary(marker)), summaries: markers.filter(isEvidenceSummary) };
}

/**
 * The damage a source page names: what the maintainer declared, then any kind of wording
 * damage the cleaner found in the copy that the declaration left out, said to be the
 * cleaner's finding (a copy with nothing declared can still be judged machine-translated).
 */
export function damageNamed(declared: readonly string[], found: readonly string[]): string[] {
  return [...declared, ...found.filter((kind) => !declared.includes(kind)).map((kind) => `${kind} (found by the cleaner)`)];
}
