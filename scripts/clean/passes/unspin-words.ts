/**
 * Pass: undo a spinner's thesaurus swaps in a document judged spun (by lexicon markers,
 * the language model's density of swaps, or the maintainer). Each word or phrase with a
 * thesaurus candidate the English model finds far more probable in its place is restored
 * (a word English does not know, as a known word with a piece swapped inside it)
 * (see `../unspin.ts` for the margins); every change records the readings weighed, best
 * first, and is `probable` at most: a model's reading is evidence, not proof.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { insideWordSwaps } from '../../../src/language/en/inside-word-swaps.ts';
import { englishModel } from '../../../src/language/en/language-model.ts';
import { matchCase } from '../lexicon.ts';
import { isWordingRule } from '../rule-families.ts';
import { blockText, blocksOf, rewriteBlocks } from '../tree.ts';
import { plannedDocumentSwaps, readingCache, type PlannedSwap } from '../unspin.ts';

export const UNSPIN_RULE = 'unspin/thesaurus-swap';

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const round = (value: number) => Math.round(value * 100) / 100;


/** For each block's text, the spans earlier wording restorations wrote. */
export function settledSpans(tree: Root, file: VFile): Map<string, Array<[number, number]>> {
  const changes = file.data.changes ?? [];
  const settled = new Map<string, Array<[number, number]>>();
  for (const block of blocksOf(tree)) {
    const spans = (block.data?.changeSpans ?? [])
      .filter((span) => isWordingRule(changes[span.change]?.ruleId ?? ''))
      .map((span): [number, number] => [span.start, Math.max(span.end, span.start + 1)]);
    if (spans.length > 0) settled.set(blockText(block), [...(settled.get(blockText(block)) ?? []), ...spans]);
  }
  return settled;
}

const unspinWords: Plugin<[], Root> = function () {
  return (tree, file) => {
    if (!(file.data.damageKinds ?? []).includes('spun')) return;
    const model = englishModel();
    const plans = new Map<string, Map<number, PlannedSwap>>();
    const documentPlans = plannedDocumentSwaps(model, blocksOf(tree).map(blockText), (file.data.swapReadings ??= readingCache()), settledSpans(tree, file));
    for (const [text, swaps] of documentPlans) plans.set(text, new Map(swaps.map((swap) => [swap.start, swap])));
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
        const times = swap.margin >= 3 ? `${Math.round(10 ** Math.min(swap.margin, 12)).toLocaleString('en-GB')} times` : `${round(10 ** swap.margin)} times`;
        // A word English does not know, read as a known word with a piece swapped inside it.
        const inside = insideWordSwaps(model, match[0].toLowerCase()).find((candidate) => candidate.word === swap.best);
        const what = inside
          ? `“${match[0]}” is no English word; it reads as “${swap.best}” with a spinner’s thesaurus swap inside it (“${inside.written}” for “${inside.original}”)`
          : `“${match[0]}” reads as a spinner’s thesaurus swap for “${swap.best}”`;
        const reason = swap.pooled
          ? `${what} at each of its ${swap.pooled.occurrences} places in the document (a spinner swaps a word the same way throughout); together the English model finds the original ${times} more probable.`
          : `${what}, which the English model finds ${times} more probable here.`;
        return {
          after: matchCase(match[0], swap.best),
          ruleId: UNSPIN_RULE,
          reason,
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
