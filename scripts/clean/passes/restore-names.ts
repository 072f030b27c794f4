/**
 * Pass: names this copy's damage mangled, restored from the actor and outlet registry where a
 * clean source's passage on the same ground writes the name (see
 * src/quotations/registry-names.ts). The evidence is that passage, so the restoration is
 * certain; it runs in the dossier's stage, before the quotations are corroborated.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { mangledNames, type AlignedPassage } from '../../../src/quotations/registry-names.ts';
import { blocksOf, blockText, editBlock, type Edit } from '../tree.ts';

export interface RestoreNamesOptions {
  /** The clean sources' passages on the same ground as each paragraph (1-based). */
  alignedOf: (paragraph: number) => readonly AlignedPassage[];
  /** Every name and alias the registry knows. */
  names: readonly string[];
  /** A source's display name, for the reason. */
  nameOf?: (slug: string) => string;
}

const restoreNames: Plugin<[RestoreNamesOptions], Root> = function ({ alignedOf, names, nameOf = (slug) => slug }) {
  return (tree, file) => {
    let paragraph = 0;
    for (const block of blocksOf(tree)) {
      if (block.type !== 'paragraph' || blockText(block) === '') continue;
      paragraph += 1;
      const passages = alignedOf(paragraph);
      if (passages.length === 0) continue;
      const text = blockText(block);
      const edits: Edit[] = mangledNames(text, passages, names).map((found) => ({
        start: found.start,
        end: found.end,
        after: found.name,
        ruleId: 'corroboration/registry-name',
        kind: 'wording',
        confidence: 'certain',
        evidence: { source: found.passage.source, paragraph: found.passage.paragraph, text: found.name },
        reason: `A name the registry knows, as ${nameOf(found.passage.source)} (¶${found.passage.paragraph}), a copy that arrived undamaged, writes it in a passage on the same ground; this copy's damage had changed its words.`,
      }));
      editBlock(file, block, edits);
    }
  };
};

export default restoreNames;
