/**
 * Pass: general repairs for a round-trip machine translation, in documents found (or
 * declared) machine-translated. A translation tool that loses a sentence boundary or a
 * relative clause leaves a subject pronoun after the name it stood for: "The Guardian He
 * also says". A capitalised subject pronoun straight after a name, with no punctuation
 * between and a verb-like lower-case word after, is never correct English outside a
 * quotation of scripture, so it is removed; as probable, since the sentence it came from
 * is lost.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { rewriteBlocks } from '../tree.ts';

const STRAY_PRONOUN = /(?<=\p{Lu}[\p{L}’'-]*) (?:He|She|They|It)(?= \p{Ll})/gu;

const repairTranslation: Plugin<[], Root> = function () {
  return (tree, file) => {
    if (!(file.data.damageKinds ?? []).includes('machine-translated')) return;
    rewriteBlocks(tree, file, {
      ruleId: 'translation/stray-pronoun',
      kind: 'wording',
      pattern: STRAY_PRONOUN,
      reason: 'A subject pronoun a translation left after the name it stands for.',
      replace: (match, text) => {
        // Only after a name that is not itself a sentence's first word ("Then He said…" is not this).
        const before = text.slice(0, match.index);
        const name = /(?:^|[\s“"(])((?:\p{Lu}[\p{L}’'-]*)(?: \p{Lu}[\p{L}’'-]*)*)$/u.exec(before)?.[1] ?? '';
        const atSentenceStart = /(?:^|[.!?:;]\s+)$/u.test(before.slice(0, before.length - name.length));
        if (name === '' || (atSentenceStart && !name.includes(' '))) return null;
        return {
          after: '',
          ruleId: 'translation/stray-pronoun',
          reason: `A subject pronoun (“${match[0].trim()}”) a translation left after the name it stands for (“${name}”).`,
          confidence: 'probable',
        };
      },
    });
  };
};

export default repairTranslation;
