/**
 * Pass: restore names of institutions and outlets a spinner or a translation broke, from
 * the dossier's registry (see `../registry-names.ts` for when a written name is read as a
 * broken one). In a document already found damaged, or one where two different registry
 * names read as broken (correct English breaks none: its one odd name is more likely a name
 * the registry does not know); every restoration is probable.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { RegistryNames } from '../registry-names.ts';
import { blockText, blocksOf, editBlock, type Edit } from '../tree.ts';

export const REGISTRY_RULE = 'registry/name';

export interface RegistryOptions {
  /** The registry's names; no pass without one. */
  registry?: RegistryNames;
}

const restoreRegistryNames: Plugin<[RegistryOptions?], Root> = function (options = {}) {
  return (tree, file) => {
    const { registry } = options;
    if (!registry || registry.size === 0) return;
    const blocks = blocksOf(tree);
    const texts = blocks.map(blockText);
    const mentions = texts.map((text) => registry.mentions(text));
    const planned = blocks.map((_, index) => {
      const text = texts[index] ?? '';
      // The company a name keeps: what this paragraph names besides it, and the paragraphs
      // either side (a name's company is near it, or a long document names everyone).
      const around = [...(mentions[index - 1] ?? []), ...(mentions[index + 1] ?? [])].map((mention) => mention.id);
      const company: Parameters<RegistryNames['repairs']>[1] = (entry, start, end) =>
        registry.inCompany(
          entry,
          new Set([...around, ...(mentions[index] ?? []).filter((mention) => mention.end <= start || mention.start >= end).map((mention) => mention.id)]),
        );
      // A name quoted on its own (“The file”) is mentioned, not used: left alone, as the lexicons do.
      return registry.repairs(text, company).filter((repair) => !(/["“‘']/.test(text[repair.start - 1] ?? '') && /["”’']/.test(text[repair.end] ?? '')));
    });
    const distinct = new Set(planned.flatMap((repairs) => repairs.map((repair) => `${repair.entry.id}:${repair.after}`)));
    if ((file.data.damageKinds ?? []).length === 0 && distinct.size < 2) return;
    blocks.forEach((block, index) => {
      const edits: Edit[] = [];
      for (const repair of planned[index] ?? []) {
        edits.push({
          start: repair.start,
          end: repair.end,
          after: repair.after,
          ruleId: REGISTRY_RULE,
          kind: 'wording',
          confidence: 'probable',
          reason: `“${repair.text}” reads as the dossier’s ${repair.entry.type === 'outlet' ? 'outlet' : 'actor'} “${repair.target}” (content/${repair.entry.type === 'outlet' ? 'outlets' : 'actors'}/${repair.entry.id}.md) with a word swapped or its capitals lost; the words that differ are thesaurus neighbours and the document names its company.`,
        });
      }
      editBlock(file, block, edits);
    });
  };
};

export default restoreRegistryNames;
