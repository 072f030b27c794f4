/**
 * Pass: a seed's own editorial corrections, from its sidecar. These are fixes that only
 * make sense for one article (a mistranslated clause, a name that needs knowledge of the
 * events), each with its reason. A correction whose text is not found is an error, so a
 * change to the general rules can never silently orphan one. Passages the editors could
 * not restore with confidence are flagged as uncertain and left as they are.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { Correction, UncertainPassage } from '../../../src/schemas/seed-metadata.ts';
import { blocksOf, blockText, isInQuotation, quotationLookup, rawParagraphOf, recordChange, setBlockText } from '../tree.ts';

export interface CorrectionOptions {
  corrections: readonly Correction[];
  uncertain: readonly UncertainPassage[];
}

/** A correction or flag that matched nothing: its index in the sidecar list, and which list. */
export class UnmatchedCorrectionError extends Error {
  readonly list: 'corrections' | 'uncertain';
  readonly index: number;

  constructor(list: 'corrections' | 'uncertain', index: number, text: string) {
    super(`the text "${text}" is not in the cleaned article (the general rules may have changed it); update or remove this entry.`);
    this.name = 'UnmatchedCorrectionError';
    this.list = list;
    this.index = index;
  }
}

/** The marks `quotationSpans` pairs into quotations. */
const QUOTATION_MARK = /[“”"]/;

const applyCorrections: Plugin<[CorrectionOptions], Root> = function ({ corrections, uncertain }) {
  return (tree, file) => {
    const blocks = blocksOf(tree);
    corrections.forEach((correction, index) => {
      let applied = 0;
      // What a replacement does to the offsets after it.
      const shift = correction.replace.length - correction.find.length;
      // Quotation marks in neither text: replacing keeps every quotation (its marks only
      // move), so the block's quotations, found once, answer for every occurrence.
      const keepsQuotations = !QUOTATION_MARK.test(correction.find) && !QUOTATION_MARK.test(correction.replace);
      for (const block of blocks) {
        const text = blockText(block);
        // Occurrences are found in the text as it was before this correction (each search
        // resumes after the last occurrence, which replacing does not touch) and the new
        // text is built once: rebuilding it per occurrence copied the paragraph each time.
        const inQuotation = keepsQuotations ? quotationLookup(text) : undefined;
        let output = '';
        let cursor = 0;
        let replaced = 0;
        for (;;) {
          const found = text.indexOf(correction.find, cursor);
          if (found === -1) break;
          const at = found + replaced * shift;
          const end = at + correction.find.length;
          recordChange(file, {
            ruleId: `editorial/${correction.certainty === 'certain' ? 'correction' : 'probable-correction'}`,
            before: correction.find,
            after: correction.replace,
            rawParagraph: rawParagraphOf(block),
            offset: at,
            inQuotation: inQuotation ? inQuotation(found, found + correction.find.length) : isInQuotation(output + text.slice(cursor), at, end),
            reason: correction.reason,
          });
          output += text.slice(cursor, found) + correction.replace;
          cursor = found + correction.find.length;
          replaced += 1;
          applied += 1;
          if (!correction.everywhere) break;
        }
        setBlockText(block, output + text.slice(cursor));
        if (applied > 0 && !correction.everywhere) break;
      }
      if (applied === 0) throw new UnmatchedCorrectionError('corrections', index, correction.find);
    });
    uncertain.forEach((passage, index) => {
      const block = blocks.find((candidate) => blockText(candidate).includes(passage.text));
      if (!block) throw new UnmatchedCorrectionError('uncertain', index, passage.text);
      const text = blockText(block);
      const at = text.indexOf(passage.text);
      recordChange(file, {
        ruleId: 'editorial/uncertain',
        before: passage.text,
        after: passage.text,
        rawParagraph: rawParagraphOf(block),
        offset: at,
        inQuotation: isInQuotation(text, at, at + passage.text.length),
        reason: passage.note,
      });
    });
  };
};

export default applyCorrections;
