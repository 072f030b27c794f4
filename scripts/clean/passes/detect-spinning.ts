/**
 * Pass: recognise a spun document without waiting for a lexicon. A spinner swaps words
 * for thesaurus "synonyms" throughout a text, so a spun copy is full of words whose
 * thesaurus neighbour the English model finds far more probable in place (see
 * `../unspin.ts`); correct English has a few such words, not one in thirty. A document
 * past that density is judged spun, which opens the spinner lexicon's gates and the
 * un-spinner, as two lexicon markers would.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { englishModel } from '../../../src/language/en/language-model.ts';
import { blockText, blocksOf } from '../tree.ts';
import { readingCache, spinEvidence, type ReadingCache, type SpinEvidence } from '../unspin.ts';

declare module 'vfile' {
  interface DataMap {
    /** The language model's evidence of spinning, judged once on the text as received. */
    spinEvidence: SpinEvidence;
    /** Swap readings by paragraph text, shared by the detector and the un-spinner. */
    swapReadings: ReadingCache;
  }
}

const detectSpinning: Plugin<[], Root> = function () {
  return (tree, file) => {
    // Judged once: later rounds see restored text, and what the first found still stands.
    if (file.data.spinEvidence) return;
    const fingerprints = (file.data.markers?.spun ?? []).length;
    const evidence = spinEvidence(englishModel(), blocksOf(tree).map(blockText), fingerprints, (file.data.swapReadings ??= readingCache()));
    file.data.spinEvidence = evidence;
    if (!evidence.spun) return;
    const kinds = new Set(file.data.damageKinds ?? []);
    kinds.add('spun');
    file.data.damageKinds = [...kinds].sort();
    const markers = { ...file.data.markers };
    markers.spun = [...new Set([...(markers.spun ?? []), `language model: ${evidence.evidence} swap readings in ${evidence.words} words`])].sort();
    file.data.markers = markers;
  };
};

export default detectSpinning;
