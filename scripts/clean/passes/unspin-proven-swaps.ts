/**
 * Pass: apply, across the document, the swaps its restored names prove (see
 * `../proven-swaps.ts`): where "Northern Occasions" was the Northern Times, "occasions"
 * elsewhere in the copy is likely "times" too. Each occurrence is restored only where the
 * English model also prefers the original in place (a spinner's word can still be the
 * author's: "cyber warfare"), and as probable: the swap is proven, this occurrence is not.
 * Names count too ("the Home Workplace" once "Oval Workplace" proved office → workplace).
 * Runs in spun documents only.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { englishModel } from '../../../src/language/en/language-model.ts';
import { tokenize } from '../../../src/language/en/swap-readings.ts';
import { matchCase } from '../lexicon.ts';
import { provenSwaps, type ProvenSwap } from '../proven-swaps.ts';
import { rewriteBlocks } from '../tree.ts';

/** How much more probable (log10) the original must be in place. */
export const PROPAGATE_MARGIN = 0.5;

declare module 'vfile' {
  interface DataMap {
    /** Swaps the document's restored names prove: the spinner profile's evidence. */
    provenSwaps: ProvenSwap[];
  }
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const unspinProvenSwaps: Plugin<[], Root> = function () {
  return (tree, file) => {
    const swaps = provenSwaps(file.data.changes ?? []);
    file.data.provenSwaps = swaps;
    if (swaps.length === 0 || !(file.data.damageKinds ?? []).includes('spun')) return;
    const model = englishModel();
    const bySpun = new Map(swaps.map((swap) => [swap.spun, swap]));
    const tokensOf = new Map<string, ReturnType<typeof tokenize>>();
    rewriteBlocks(tree, file, {
      ruleId: 'unspin/proven-swap',
      kind: 'wording',
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${swaps.map((swap) => escapeRegExp(swap.spun)).join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
      reason: 'A swap the document’s restored names prove.',
      replace: (match, text) => {
        const swap = bySpun.get(match[0].toLowerCase());
        if (!swap) return null;
        let tokens = tokensOf.get(text);
        if (!tokens) tokensOf.set(text, (tokens = tokenize(text)));
        const index = tokens.findIndex((token) => token.start === match.index);
        const token = tokens[index];
        if (!token) return null;
        const previous = index > 0 && token.joined && !token.sentenceStart ? (tokens[index - 1]?.word ?? '<s>') : '<s>';
        const nextToken = tokens[index + 1];
        const next = nextToken && nextToken.joined && !nextToken.sentenceStart ? nextToken.word : '</s>';
        const score = (word: string) => model.logProb(previous, word) + model.logProb(word, next);
        const margin = score(swap.original) - score(swap.spun);
        if (margin < PROPAGATE_MARGIN) return null;
        const round = (value: number) => Math.round(value * 100) / 100;
        return {
          after: matchCase(match[0], swap.original),
          ruleId: 'unspin/proven-swap',
          reason: `The spinner swapped “${swap.original}” for “${swap.spun}” in a name (${swap.proof[0] ?? ''}); the English model agrees here.`,
          confidence: 'probable',
          candidates: [
            { text: swap.original, score: round(score(swap.original)) },
            { text: match[0], score: round(score(swap.spun)) },
          ],
        };
      },
    });
  };
};

export default unspinProvenSwaps;
