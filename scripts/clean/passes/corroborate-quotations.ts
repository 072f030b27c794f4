/**
 * Pass: the dossier's clean sources vouch for, or restore, the quotations of this copy
 * (see src/quotations/corroboration.ts). A quotation whose words a clean source carries is
 * corroborated; one whose words are nearly a clean source's is restored to that source's
 * words, a change whose evidence is the source's paragraph; the rest keep the copy's
 * wording. It runs last, on the text the rules and the editors left: the words it restores
 * are another source's, whatever this copy's cleaning made of them.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { english } from '../../../src/language/en/index.ts';
import type { ChangeEvidence } from '../../../src/schemas/cleaning-record.ts';
import { corroborateQuotation, type CleanQuotationIndex } from '../../../src/quotations/corroboration.ts';
import { wordingWords } from '../../../src/quotations/wording.ts';
import { blocksOf, blockText, editBlock, type Block, type Edit } from '../tree.ts';

/** A quotation the clean sources carry word for word, by its block and its place among the block's quotations. */
export interface Corroboration {
  block: Block;
  /** 0-based index among the block's quotations. */
  quotation: number;
  evidence: ChangeEvidence[];
}

declare module 'vfile' {
  interface DataMap {
    /** Quotations corroborated by clean sources. */
    corroborations: Corroboration[];
  }
}

export interface CorroborateOptions {
  /** The clean sources' quotations. */
  index: CleanQuotationIndex;
  /** This source's own slug, which cannot vouch for itself. */
  self?: string;
  /** Display names of sources by slug, for the reason readers see. */
  nameOf?: (slug: string) => string;
}

const corroborateQuotations: Plugin<[CorroborateOptions], Root> = function ({ index, self, nameOf = (slug) => slug }) {
  return (tree, file) => {
    const corroborations: Corroboration[] = (file.data.corroborations = []);
    for (const block of blocksOf(tree)) {
      if (block.type !== 'paragraph') continue;
      const text = blockText(block);
      const edits: Edit[] = [];
      english.findQuotations(text).forEach((quotation, position) => {
        const finding = corroborateQuotation(index, text.slice(quotation.inner.start, quotation.inner.end), self);
        if (finding.kind === 'corroborated') {
          corroborations.push({ block, quotation: position, evidence: finding.evidence.map((evidence) => ({ ...evidence })) });
        } else if (finding.kind === 'restore') {
          // From the first quoted word to the last: the marks, and the punctuation this
          // copy puts around the words ("…them,”), stay as they are.
          const words = wordingWords(text.slice(quotation.inner.start, quotation.inner.end));
          edits.push({
            start: quotation.inner.start + (words[0]?.start ?? 0),
            end: quotation.inner.start + (words.at(-1)?.end ?? 0),
            after: finding.evidence.text,
            ruleId: 'corroboration/quotation',
            kind: 'wording',
            confidence: 'certain',
            evidence: { ...finding.evidence },
            reason: `Restored to the words of ${nameOf(finding.evidence.source)} (¶${finding.evidence.paragraph}), a copy that arrived undamaged and quotes nearly the same words; this copy's wording differed in ${Math.round((1 - finding.similarity) * 100)} % of them.`,
          });
        }
      });
      editBlock(file, block, edits);
    }
  };
};

export default corroborateQuotations;
