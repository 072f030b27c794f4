/**
 * A word quoted as a word ("the word “temporary”", "the so-called “harbour tax”") is no one's
 * statement, whoever the sentence's reporting verb names: "Addo said the word “temporary” had
 * lost all meaning" does not make “temporary” Addo's words. The finding rules any speaker out;
 * the quotation stays listed, unattributed.
 */
import type { Finding, Strategy } from '../types.ts';
import { MENTIONED_BEFORE } from '../vocabulary.ts';

export const wordAsWord: Strategy = {
  name: 'word-as-word',
  find({ reading, position }): Finding | undefined {
    const open = reading.view.quotations[position]!.outer.start;
    const before = MENTIONED_BEFORE.exec(reading.view.masked.slice(Math.max(0, open - 40), open));
    if (!before) return undefined;
    return { strategy: 'word-as-word', basis: 'cue-before', via: [], doubt: `“${before[0].trim()}” quotes a word as a word` };
  },
};
