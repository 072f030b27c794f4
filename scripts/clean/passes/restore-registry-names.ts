/**
 * Pass: restore names of institutions and outlets a spinner or a translation broke, from
 * the dossier's registry (see `../registry-names.ts` for when a written name is read as a
 * broken one). In a document already found damaged, or one where two different registry
 * names read as broken (correct English breaks none: its one odd name is more likely a name
 * the registry does not know); every restoration is probable.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { RegistryNames, RegistryRepair } from '../registry-names.ts';
import { blockText, blocksOf, editBlock, type Edit } from '../tree.ts';

export const REGISTRY_RULE = 'registry/name';

declare module 'vfile' {
  interface DataMap {
    /** The registry names each paragraph text mentions, as written. */
    registryMentions: globalThis.Map<string, ReturnType<RegistryNames['mentions']>>;
    /** The broken registry names each paragraph text holds, before their company is asked. */
    registryRepairs: globalThis.Map<string, RegistryRepair[]>;
  }
}

export interface RegistryOptions {
  /** The registry's names; no pass without one. */
  registry?: RegistryNames;
}

type Mention = ReturnType<RegistryNames['mentions']>[number];

/** The mentions overlapping [start, end): mentions come left to right without overlaps, so by binary search. */
function mentionsOverlapping(mentions: readonly Mention[], start: number, end: number): Mention[] {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((mentions[middle]?.end ?? Infinity) <= start) low = middle + 1;
    else high = middle;
  }
  const found: Mention[] = [];
  for (let at = low; at < mentions.length && (mentions[at]?.start ?? Infinity) < end; at += 1) {
    const mention = mentions[at];
    if (mention) found.push(mention);
  }
  return found;
}

const restoreRegistryNames: Plugin<[RegistryOptions?], Root> = function (options = {}) {
  return (tree, file) => {
    const { registry } = options;
    if (!registry || registry.size === 0) return;
    const blocks = blocksOf(tree);
    const texts = blocks.map(blockText);
    // Each paragraph's broken names and mentions, read once per document (rounds see the same
    // paragraphs again), and the mentions only around a broken name: they are its company.
    const known = (file.data.registryMentions ??= new Map<string, ReturnType<RegistryNames['mentions']>>());
    const readings = (file.data.registryRepairs ??= new Map<string, RegistryRepair[]>());
    const mentionsOf = (index: number): ReturnType<RegistryNames['mentions']> => {
      const text = texts[index];
      if (text === undefined) return [];
      let found = known.get(text);
      if (!found) known.set(text, (found = registry.mentions(text)));
      return found;
    };
    const planned = blocks.map((_, index) => {
      const text = texts[index] ?? '';
      let repairs: RegistryRepair[] | undefined = readings.get(text);
      if (!repairs) readings.set(text, (repairs = registry.repairs(text)));
      if (repairs.length === 0) return [];
      // The company a name keeps: what this paragraph names besides it, and the paragraphs
      // either side (a name's company is near it, or a long document names everyone).
      const around = [...mentionsOf(index - 1), ...mentionsOf(index + 1)].map((mention) => mention.id);
      const here = mentionsOf(index);
      // How often each id is mentioned here, so the company beside one name is counted from
      // the few mentions that name overlaps, not by filtering them all (quadratic in a
      // paragraph that repeats a name thousands of times).
      const timesHere = new Map<string, number>();
      for (const mention of here) timesHere.set(mention.id, (timesHere.get(mention.id) ?? 0) + 1);
      const company = (entry: RegistryRepair['entry'], start: number, end: number) => {
        const overlapping = new Map<string, number>();
        for (const mention of mentionsOverlapping(here, start, end)) overlapping.set(mention.id, (overlapping.get(mention.id) ?? 0) + 1);
        const mentioned = new Set(around);
        for (const [id, times] of timesHere) if (times > (overlapping.get(id) ?? 0)) mentioned.add(id);
        return registry.inCompany(entry, mentioned);
      };
      // A name quoted on its own (“The file”) is mentioned, not used: left alone, as the lexicons do.
      return repairs.filter(
        (repair) => company(repair.entry, repair.start, repair.end) && !(/["“‘']/.test(text[repair.start - 1] ?? '') && /["”’']/.test(text[repair.end] ?? '')),
      );
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
