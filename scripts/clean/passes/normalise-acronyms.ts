/**
 * Pass, for damaged documents only: an acronym the document writes in capitals ("NCSO")
 * but also in title case ("Ncso", a translation tool's habit) is written in capitals throughout. The document is
 * its own evidence: a word is only changed when its all-capitals form stands, as a lone
 * capitalised word, among lower-case text elsewhere in the document. Common words ("The",
 * "Who") and place names after a preposition ("in Nice") are never changed.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { UPPER_CASE_AHEAD } from '../../../src/language/letter-classes.ts';
import { blocksOf, blockText, rewriteBlocks } from '../tree.ts';

/** Title-case words that are also everyday English; their capitals are shouting, not an acronym. */
const COMMON_WORDS = new Set(
  'The And But For Not Who What When Where Why How All Any Can May Now New Our Out One Two Six Ten Yes She Her His Him They Them This That With From Into Over Stop Save Free Help Hope Love Care Act Art Nice Well Just Last Next Only Also'.split(
    ' ',
  ),
);

/**
 * An all-caps word with lower-case words on both sides: an acronym, not part of a shouted
 * phrase. The look-ahead first turns away every character that is no capital before the
 * look-behind is tried there (src/language/letter-classes.ts).
 */
const LONE_ACRONYM = new RegExp(String.raw`${UPPER_CASE_AHEAD}(?<=\p{Ll}[\p{P}]* |^)(\p{Lu}{3,6})(?= [\p{P}]*\p{Ll}|[\p{P}]* \p{Ll}|[.,;:]?$)`, 'gmu');

const normaliseAcronyms: Plugin<[], Root> = function () {
  return (tree, file) => {
    // Title-cased acronyms are a translation tool's habit; in undamaged text "Sage" and
    // "SAGE" may well be two different things.
    if ((file.data.damageKinds ?? []).length === 0) return;
    const acronyms = new Set<string>();
    for (const text of blocksOf(tree).map(blockText)) {
      for (const match of text.matchAll(LONE_ACRONYM)) acronyms.add(match[1] ?? '');
    }
    if (acronyms.size === 0) return;
    // Only the title-case forms of this document's acronyms are looked for ("Ncso" for NCSO):
    // every capitalised short word, tried at every letter, cost far more.
    const titleCase = [...acronyms].sort().map((acronym) => `${acronym.charAt(0)}${acronym.slice(1).toLowerCase()}`);
    rewriteBlocks(tree, file, {
      ruleId: 'typography/acronym-case',
      kind: 'typographic',
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${titleCase.join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
      replace: (match, text) => {
        const upper = match[0].toUpperCase();
        if (!acronyms.has(upper) || COMMON_WORDS.has(match[0])) return null;
        // "Doctors in Nice": a place, whatever an agency calls itself.
        if (/\b(?:in|at|from|to|near|of)\s$/.test(text.slice(Math.max(0, match.index - 6), match.index))) return null;
        return upper;
      },
      reason: 'An acronym the article also writes in capitals, written the same way.',
    });
  };
};

export default normaliseAcronyms;
