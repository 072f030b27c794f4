/**
 * Pass: the swaps a spinner lexicon records (`../spinner-swaps.ts`), judged by the English
 * model wherever they occur in a document judged spun that shows this spinner's fingerprint
 * (one of the lexicon's marker forms, or its recorded swaps at the density
 * `knownSwapEvidence` judges spun: the table is that spinner's), not only where an entry's
 * gates allow.
 * An entry's gates are a reviewer's guess at where the swap shows; a new copy by the same
 * spinner puts the same swaps in other sentences ("officers" for "officials" before a verb the
 * gate did not list). The table says what this spinner writes for a word, so the spinner's
 * choice costs nothing here (the thesaurus un-spinner charges each candidate its fan-out):
 * only the model's reading of the context decides, and it must favour the original by
 * KNOWN_SWAP_MARGIN (by MEANING_MARGIN for modals, negation, numbers, pronouns). Probable at
 * most: the swap is known, this occurrence is the model's reading. Words an earlier wording
 * rule wrote are left alone.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { englishModel } from '../../../src/language/en/language-model.ts';
import { tableReadings, type SwapReading } from '../../../src/language/en/swap-readings.ts';
import { DisjointSpans, overlapsAnyOf } from '../disjoint-spans.ts';
import { formKey, matchCase, type Lexicon } from '../lexicon.ts';
import { swapTableOf } from '../spinner-swaps.ts';
import { blockText, blocksOf, rewriteBlocks } from '../tree.ts';
import { KNOWN_SWAP_MARGIN, MEANING_MARGIN, touchesMeaning } from '../unspin.ts';
import { settledSpans } from './unspin-words.ts';

export const KNOWN_SWAP_RULE = 'unspin/known-swap';

declare module 'vfile' {
  interface DataMap {
    /** The spinner table whose fingerprint the copy shows: set when this pass reads it. */
    knownSwapTable: ReadonlyMap<string, readonly string[]>;
  }
}

export interface KnownSwapsOptions {
  /** The spinner lexicon in use, whose entries are the table. */
  lexicon: Lexicon;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const round = (value: number) => Math.round(value * 100) / 100;

/** The readings to restore in one text: past the margin, outside settled spans, best first, none overlapping. */
function plannedSwaps(readings: readonly SwapReading[], settled: ReadonlyArray<readonly [number, number]>): Map<number, SwapReading> {
  const isSettled = overlapsAnyOf(settled);
  const options = readings
    .filter((reading) => reading.margin >= (touchesMeaning(formKey(reading.text)) || touchesMeaning(reading.best) ? MEANING_MARGIN : KNOWN_SWAP_MARGIN))
    .filter((reading) => !isSettled(reading.start, reading.end))
    .sort((a, b) => b.margin - a.margin || a.start - b.start);
  const taken = new DisjointSpans();
  const chosen = new Map<number, SwapReading>();
  for (const option of options) {
    if (taken.overlaps(option.start, option.end)) continue;
    taken.add(option.start, option.end);
    chosen.set(option.start, option);
  }
  return chosen;
}

interface CompiledTable {
  table: ReadonlyMap<string, readonly string[]>;
  forms: string[];
  /** Every written form, longest first, between word boundaries. */
  pattern: RegExp;
}

/** Each lexicon's table, made once: a cleaner is made per article. */
const compiled = new WeakMap<Lexicon, CompiledTable>();

function compiledTable(lexicon: Lexicon): CompiledTable {
  let found = compiled.get(lexicon);
  if (!found) {
    const table = swapTableOf(lexicon);
    const forms = [...table.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map((form) => escapeRegExp(form).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    compiled.set(lexicon, (found = { table, forms, pattern }));
  }
  return found;
}

const unspinKnownSwaps: Plugin<[KnownSwapsOptions], Root> = function (options) {
  const { table, forms, pattern } = compiledTable(options.lexicon);
  return (tree, file) => {
    if (forms.length === 0 || !(file.data.damageKinds ?? []).includes('spun')) return;
    // The table is this spinner's: read only in a copy that shows one of its fingerprints (a
    // marker entry of the lexicon found in it, or its swaps at a spun copy's density), not in
    // any copy some spinner made.
    const fingerprinted =
      file.data.knownSwapEvidence?.spun === true ||
      (file.data.markers?.spun ?? []).some((text) => options.lexicon.byForm.get(formKey(text))?.some((entry) => entry.marker));
    if (!fingerprinted) return;
    // What the paragraph marks read for the words left (unrestored-paragraphs.ts).
    file.data.knownSwapTable = table;
    const model = englishModel();
    const settled = settledSpans(tree, file);
    const plans = new Map<string, Map<number, SwapReading>>();
    for (const text of new Set(blocksOf(tree).map(blockText))) {
      const chosen = plannedSwaps(tableReadings(model, text, table), settled.get(text) ?? []);
      if (chosen.size > 0) plans.set(text, chosen);
    }
    if (plans.size === 0) return;
    rewriteBlocks(tree, file, {
      ruleId: KNOWN_SWAP_RULE,
      kind: 'wording',
      pattern,
      reason: 'A swap the spinner lexicon records, read by the English model in this context.',
      replace: (match, text) => {
        const swap = plans.get(text)?.get(match.index);
        if (!swap || swap.text !== match[0]) return null;
        const times = swap.margin >= 3 ? `${Math.round(10 ** Math.min(swap.margin, 12)).toLocaleString('en-GB')} times` : `${round(10 ** swap.margin)} times`;
        return {
          after: matchCase(match[0], swap.best),
          ruleId: KNOWN_SWAP_RULE,
          reason: `The spinner lexicon records “${swap.text.toLowerCase().replace(/\s+/g, ' ')}” as this spinner’s word for “${swap.best}” (in other contexts); here the English model finds “${swap.best}” ${times} more probable.`,
          confidence: touchesMeaning(formKey(swap.text)) || touchesMeaning(swap.best) ? 'guess' : 'probable',
          candidates: [...swap.candidates.map((candidate) => ({ text: candidate.text, score: round(candidate.score) })), { text: match[0], score: round(swap.observed) }],
        };
      },
    });
  };
};

export default unspinKnownSwaps;
