/**
 * Pass: restore the damaged forms one lexicon lists (see `lexicon.ts` and `lexicons/`).
 * An entry applies where its context holds and its gate is open for this document (see
 * `classify-damage.ts`); a match whose gate is closed is left alone and reported as a
 * suspect, so the damage score says what may remain.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { contextHolds, formKey, matchCase, type Gate, type Lexicon, type LexiconEntry } from '../lexicon.ts';
import type { Confidence } from '../../../src/schemas/cleaning-record.ts';
import { meaningChanges } from '../../../src/language/en/meaning-bearing.ts';
import { documentText, rewriteBlocks } from '../tree.ts';

declare module 'vfile' {
  interface DataMap {
    /** Lexicon matches left alone because their gate was closed: possible damage, not fixed. */
    suspects: Array<{ ruleId: string; text: string }>;
  }
}

/** Rule id of an entry: the lexicon's prefix and the damaged form in kebab case. */
export function entryRuleId(lexicon: Lexicon, damaged: string): string {
  const slug = damaged
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return `${lexicon.ruleId}/${slug}`;
}

/**
 * A lexicon change is certain only when its damaged form never occurs in correct English
 * (`when: always`) and the swap cannot alter a claim; a form that is also English, restored
 * because the document was found damaged, is probable, and so is any swap that can change
 * who, whether, how many or for how long (the lexicon is no evidence of that).
 */
export function entryConfidence(entry: LexiconEntry, before: string, after: string): Confidence {
  return entry.when === 'always' && meaningChanges(before, after).length === 0 ? 'certain' : 'probable';
}

function gateOpen(gate: Gate, kinds: readonly string[]): boolean {
  if (gate === 'always') return true;
  if (gate === 'damaged') return kinds.length > 0;
  return kinds.includes(gate);
}

/**
 * A pass for one lexicon. A factory, not a plugin with options: unified merges the options
 * of a plugin used twice, so two lexicons must be two plugins.
 */
export function lexiconPass(lexicon: Lexicon): Plugin<[], Root> {
  return () => (tree, file) => {
    const document = documentText(tree);
    const kinds = file.data.damageKinds ?? [];
    const suspects = (file.data.suspects ??= []);
    rewriteBlocks(tree, file, {
      ruleId: lexicon.ruleId,
      kind: 'wording',
      pattern: lexicon.pattern,
      reason: lexicon.description,
      replace: (match, text) => {
        const end = match.index + match[0].length;
        // A damaged form quoted on its own (“White Home”) is mentioned, not used: leave it.
        if (/["“‘']/.test(text[match.index - 1] ?? '') && /["”’']/.test(text[end] ?? '')) return null;
        const candidates = (lexicon.byForm.get(formKey(match[0])) ?? []).filter((entry) =>
          contextHolds(entry, text, match.index, end, document),
        );
        const entry = candidates.find((candidate) => gateOpen(candidate.when, kinds));
        if (!entry) {
          const closed = candidates[0];
          if (closed) suspects.push({ ruleId: entryRuleId(lexicon, closed.damaged), text: match[0] });
          return null;
        }
        const after = matchCase(match[0], entry.restored);
        return { after, ruleId: entryRuleId(lexicon, entry.damaged), reason: entry.rationale, confidence: entryConfidence(entry, match[0], after) };
      },
    });
  };
}
