/**
 * What a document's restored names prove about its spinner. A spinner swaps the same word
 * the same way everywhere, names included, and a name's original is known: each name
 * restored word for word ("Northern Occasions" → "Northern Times", by a lexicon entry or the
 * English model) is evidence of one swap (times → occasions) for the whole document.
 */
import type { PendingChange } from './tree.ts';

export interface ProvenSwap {
  /** The spinner's word, lower case. */
  spun: string;
  /** The word it replaced, lower case. */
  original: string;
  /** The name restorations that prove it, as "damaged → restored". */
  proof: string[];
}

/** Rules whose changes restore names (a spinner lexicon entry, the registry, or the model's name repair). */
const NAME_RULE = /^(?:spinner|unspin|registry)\//;
const capitalised = (word: string) => /^\p{Lu}/u.test(word);

export function provenSwaps(changes: readonly PendingChange[]): ProvenSwap[] {
  const swaps = new Map<string, ProvenSwap>();
  for (const change of changes) {
    if (!NAME_RULE.test(change.ruleId)) continue;
    const before = change.before.split(/\s+/);
    const after = change.after.split(/\s+/);
    if (before.length !== after.length || before.length < 2) continue;
    // A name: at least two capitalised words, the same number each side.
    if (before.filter(capitalised).length < 2) continue;
    before.forEach((word, index) => {
      const restored = after[index] ?? '';
      if (word === restored || !capitalised(word) || !capitalised(restored)) return;
      if (!/^\p{L}+$/u.test(word) || !/^\p{L}+$/u.test(restored)) return;
      const key = `${word.toLowerCase()}→${restored.toLowerCase()}`;
      const swap = swaps.get(key) ?? { spun: word.toLowerCase(), original: restored.toLowerCase(), proof: [] };
      const proof = `${change.before} → ${change.after}`;
      if (!swap.proof.includes(proof)) swap.proof.push(proof);
      swaps.set(key, swap);
    });
  }
  return [...swaps.values()].sort((a, b) => (a.spun < b.spun ? -1 : a.spun > b.spun ? 1 : 0));
}
