/**
 * Pass: a seed's own editorial corrections, from its sidecar. These are fixes that only
 * make sense for one article (a mistranslated clause, a name that needs knowledge of the
 * events), each with its reason and how sure it is. A correction whose text is not found is
 * an error, so a change to the general rules can never silently orphan one. A correction is
 * only certain with evidence (another source's paragraph, or this copy's own words) that
 * holds every word it adds; the build checks that evidence against the text it cites (see
 * scripts/content/plan-content.ts). Passages the editors could not restore are flagged
 * as damaged and left as received.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { Correction, UncertainPassage } from '../../../src/schemas/seed-metadata.ts';
import { blocksOf, blockText, editBlock, flagPassage, UnsupportedCertaintyError, type Edit } from '../tree.ts';

export interface CorrectionOptions {
  corrections: readonly Correction[];
  uncertain: readonly UncertainPassage[];
}

/** A sidecar entry the pass cannot apply as written: its list, index and field, and why. */
export class CorrectionError extends Error {
  readonly list: 'corrections' | 'uncertain';
  readonly index: number;
  /** The field at fault, for the located message. */
  readonly field: string;

  constructor(list: 'corrections' | 'uncertain', index: number, field: string, message: string) {
    super(message);
    this.name = 'CorrectionError';
    this.list = list;
    this.index = index;
    this.field = field;
  }
}

/** The rule id of a correction, by how sure it is. */
export function correctionRuleId(correction: Pick<Correction, 'certainty'>): string {
  return correction.certainty === 'certain' ? 'editorial/correction' : `editorial/${correction.certainty}-correction`;
}

const notFound = (list: 'corrections' | 'uncertain', index: number, field: string, text: string) =>
  new CorrectionError(list, index, field, `the text "${text}" is not in the cleaned article (the general rules may have changed it); update or remove this entry.`);

const applyCorrections: Plugin<[CorrectionOptions], Root> = function ({ corrections, uncertain }) {
  return (tree, file) => {
    const blocks = blocksOf(tree);
    corrections.forEach((correction, index) => {
      if (correction.certainty === 'certain' && !correction.evidence) {
        throw new CorrectionError(
          'corrections',
          index,
          'certainty',
          'a correction is certain only with evidence the build can check: add "evidence" (another source\'s paragraph, or this copy\'s own words, that hold every word it adds), or make it probable or a guess.',
        );
      }
      const edit = {
        after: correction.replace,
        ruleId: correctionRuleId(correction),
        reason: correction.reason,
        kind: 'wording',
        confidence: correction.certainty,
        ...(correction.evidence
          ? { evidence: { source: correction.evidence.source ?? null, paragraph: correction.evidence.paragraph, text: correction.evidence.text } }
          : {}),
      } satisfies Omit<Edit, 'start' | 'end'>;
      let applied = 0;
      for (const block of blocks) {
        const text = blockText(block);
        // Every occurrence (or the first), found in the text before this correction.
        const edits: Edit[] = [];
        for (let at = text.indexOf(correction.find); at !== -1; at = text.indexOf(correction.find, at + correction.find.length)) {
          edits.push({ ...edit, start: at, end: at + correction.find.length });
          if (!correction.everywhere) break;
        }
        try {
          editBlock(file, block, edits);
        } catch (error) {
          if (error instanceof UnsupportedCertaintyError) throw new CorrectionError('corrections', index, 'certainty', error.message);
          throw error;
        }
        applied += edits.length;
        if (applied > 0 && !correction.everywhere) break;
      }
      if (applied === 0) throw notFound('corrections', index, 'find', correction.find);
    });
    uncertain.forEach((passage, index) => {
      const block = blocks.find((candidate) => blockText(candidate).includes(passage.text));
      if (!block) throw notFound('uncertain', index, 'text', passage.text);
      const at = blockText(block).indexOf(passage.text);
      flagPassage(file, block, at, at + passage.text.length, { ruleId: 'editorial/uncertain', reason: passage.note });
    });
  };
};

export default applyCorrections;
