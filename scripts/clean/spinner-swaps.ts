/**
 * The swaps a spinner lexicon records, as a table the un-spinner can weigh anywhere: each
 * entry says which words the spinner wrote for which ("Nationwide Safety Adviser" →
 * "National Security Adviser" records nationwide → national and safety → security; "got here
 * earlier than" → "came before" records the whole phrase). An entry restores only in the
 * contexts its gates name; the table lets the English model judge the same swap in any other
 * context (`passes/unspin-known-swaps.ts`).
 */
import type { Lexicon } from './lexicon.ts';

const wordsOf = (text: string) => text.toLowerCase().replace(/’/g, "'").match(/\p{L}+(?:'\p{L}+)*/gu) ?? [];

/**
 * The words an entry changed: what is left of the damaged and the restored form once the
 * words they share at either end are set aside; undefined when nothing is left on either side
 * or the restored words would be more than the damaged ones (a spinner pads, it never shortens).
 */
export function changedWords(damaged: string, restored: string): { written: string; original: string } | undefined {
  const from = wordsOf(damaged);
  const to = wordsOf(restored);
  let head = 0;
  while (head < from.length && head < to.length && from[head] === to[head]) head += 1;
  let tail = 0;
  while (tail < from.length - head && tail < to.length - head && from[from.length - 1 - tail] === to[to.length - 1 - tail]) tail += 1;
  const written = from.slice(head, from.length - tail);
  const original = to.slice(head, to.length - tail);
  if (written.length === 0 || original.length === 0 || original.length > written.length) return undefined;
  return { written: written.join(' '), original: original.join(' ') };
}

/** Written form → the originals the lexicon records for it, sorted; a form recorded for itself is left out. */
export function spinnerSwapTable(lexicon: Lexicon): Map<string, string[]> {
  const table = new Map<string, Set<string>>();
  for (const entry of lexicon.entries) {
    const swap = changedWords(entry.damaged, entry.restored);
    if (!swap || swap.written === swap.original) continue;
    const originals = table.get(swap.written) ?? new Set<string>();
    originals.add(swap.original);
    table.set(swap.written, originals);
  }
  return new Map([...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([form, originals]) => [form, [...originals].sort()]));
}

/** Each lexicon's table, made once: a cleaner (and its passes' options) is made per article. */
const tables = new WeakMap<Lexicon, ReadonlyMap<string, readonly string[]>>();

/** `spinnerSwapTable`, made once per lexicon. */
export function swapTableOf(lexicon: Lexicon): ReadonlyMap<string, readonly string[]> {
  let table = tables.get(lexicon);
  if (!table) tables.set(lexicon, (table = spinnerSwapTable(lexicon)));
  return table;
}
