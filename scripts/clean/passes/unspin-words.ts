/**
 * Pass: undo a spinner's thesaurus swaps in a document judged spun (by lexicon markers,
 * the language model's density of swaps, or the maintainer). Each word or phrase with a
 * thesaurus candidate the English model finds far more probable in its place is restored
 * (see `../unspin.ts` for the margins); every change records the readings weighed, best
 * first, and is `probable` at most: a model's reading is evidence, not proof.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { englishModel } from '../../../src/language/en/language-model.ts';
import { matchCase } from '../lexicon.ts';
import { blockText, blocksOf, rewriteBlocks } from '../tree.ts';
import { plannedSwaps, type PlannedSwap } from '../unspin.ts';

export const UNSPIN_RULE = 'unspin/thesaurus-swap';

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const round = (value: number) => Math.round(value * 100) / 100;

const unspinWords: Plugin<[], Root> = function () {
  return (tree, file) => {
    if (!(file.data.damageKinds ?? []).includes('spun')) return;
    const model = englishModel();
    const plans = new Map<string, Map<number, PlannedSwap>>();
    for (const block of blocksOf(tree)) {
      const text = blockText(block);
      const swaps = plannedSwaps(model, text, (file.data.swapReadings ??= new Map()));
      if (swaps.length > 0) plans.set(text, new Map(swaps.map((swap) => [swap.start, swap])));
    }
    const forms = [...new Set([...plans.values()].flatMap((byStart) => [...byStart.values()].map((swap) => swap.text)))];
    if (forms.length === 0) return;
    forms.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    rewriteBlocks(tree, file, {
      ruleId: UNSPIN_RULE,
      kind: 'wording',
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
      reason: 'A thesaurus swap undone by the English model.',
      replace: (match, text) => {
        const swap = plans.get(text)?.get(match.index);
        if (!swap || swap.text !== match[0]) return null;
        const times = swap.margin >= 3 ? `${Math.round(10 ** swap.margin).toLocaleString('en-GB')} times` : `${round(10 ** swap.margin)} times`;
        return {
          after: matchCase(match[0], swap.best),
          ruleId: UNSPIN_RULE,
          reason: `“${match[0]}” reads as a spinner’s thesaurus swap for “${swap.best}”, which the English model finds ${times} more probable here.`,
          confidence: swap.confidence,
          candidates: [
            ...swap.candidates.slice(0, 4).map((candidate) => ({ text: candidate.text, score: round(candidate.score) })),
            { text: match[0], score: round(swap.observed) },
          ],
        };
      },
    });
  };
};

export default unspinWords;
