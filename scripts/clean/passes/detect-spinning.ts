/**
 * Pass: recognise a spun document without waiting for a lexicon's marker forms. Two kinds of
 * evidence, each judged on the text as received (see `../unspin.ts`):
 *
 * - any spinner swaps words for thesaurus "synonyms" throughout a text, so a spun copy is full
 *   of words whose thesaurus neighbour the English model finds far more probable in place;
 *   correct English has a few such words, not one in thirty (`spinEvidence`);
 * - a spinner the lexicon records swaps the same words the same way in every copy, so a new
 *   copy it made is dense with its recorded swaps reading as swaps, marker forms or not
 *   (`knownSwapEvidence`).
 *
 * A document past either line is judged spun, which opens the spinner lexicon's gates and the
 * un-spinner, as two lexicon markers would; the second also counts as that spinner's
 * fingerprint for its recorded swaps (`unspin-known-swaps.ts`).
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { englishModel } from '../../../src/language/en/language-model.ts';
import { evidenceSummary } from '../../../src/schemas/cleaning-record.ts';
import type { Lexicon } from '../lexicon.ts';
import { swapTableOf } from '../spinner-swaps.ts';
import { blockText, blocksOf } from '../tree.ts';
import { knownSwapEvidence, readingCache, spinEvidence, type KnownSwapEvidence, type ReadingCache, type SpinEvidence } from '../unspin.ts';

declare module 'vfile' {
  interface DataMap {
    /** The language model's evidence of spinning, judged once on the text as received. */
    spinEvidence: SpinEvidence;
    /** The spinner lexicon's recorded swaps read in the text as received, judged once. */
    knownSwapEvidence: KnownSwapEvidence;
    /** Swap readings by paragraph text, shared by the detector and the un-spinner. */
    swapReadings: ReadingCache;
  }
}

export interface DetectSpinningOptions {
  /** The spinner lexicon in use, whose recorded swaps are one spinner's fingerprint. */
  lexicon: Lexicon;
}

const detectSpinning: Plugin<[DetectSpinningOptions], Root> = function (options) {
  const table = swapTableOf(options.lexicon);
  return (tree, file) => {
    // Judged once: later rounds see restored text, and what the first found still stands.
    if (file.data.spinEvidence) return;
    const model = englishModel();
    const paragraphs = blocksOf(tree).map(blockText);
    const fingerprints = (file.data.markers?.spun ?? []).length;
    const evidence = spinEvidence(model, paragraphs, fingerprints, (file.data.swapReadings ??= readingCache()));
    const known = knownSwapEvidence(model, paragraphs, table);
    file.data.spinEvidence = evidence;
    file.data.knownSwapEvidence = known;
    const found = [
      ...(evidence.spun ? [evidenceSummary('language model', `${evidence.evidence} swap readings in ${evidence.words} words`)] : []),
      ...(known.spun ? [evidenceSummary('spinner lexicon', `${known.swaps} of its recorded swaps read as swaps in ${known.words} words`)] : []),
    ];
    if (found.length === 0) return;
    const kinds = new Set(file.data.damageKinds ?? []);
    kinds.add('spun');
    file.data.damageKinds = [...kinds].sort();
    const markers = { ...file.data.markers };
    markers.spun = [...new Set([...(markers.spun ?? []), ...found])].sort();
    file.data.markers = markers;
  };
};

export default detectSpinning;
