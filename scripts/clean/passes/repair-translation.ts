/**
 * Pass: general repairs for a round-trip machine translation. A translation tool that loses a
 * sentence boundary or a relative clause leaves a subject pronoun after the name it stood
 * for: "The Sentinel He also says". A capitalised subject pronoun straight after a name, with
 * no punctuation between and a verb-like lower-case word after, is never correct English
 * outside a quotation of scripture, so it is removed; as probable, since the sentence it came
 * from is lost. The other repairs below are of the same kind.
 *
 * Runs on every document: each slip is one correct English does not make (the clean-English
 * corpus and the restoration benchmark's clean articles get no change). A gate would miss
 * copies that need it most: one whose broken names the registry lists as damaged forms ("The
 * Ledger" for a "Daily Ledger") may have no name the registry repairs, and then nothing would
 * open it.
 *
 * The repairs are also evidence: a copy with two different kinds of slip is judged
 * machine-translated, as two lexicon markers would judge it, from its own slips rather than a
 * phrase some earlier copy showed (`judgeTranslated`). That opens the translation lexicon's
 * gated entries in the next round and marks what is left in doubt.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { functionWords } from '../../../src/language/en/corpus-words.ts';
import { englishModel } from '../../../src/language/en/language-model.ts';
import { evidenceSummary } from '../../../src/schemas/cleaning-record.ts';
import type { VFile } from 'vfile';
import { UPPER_CASE_AHEAD, UPPER_CASE_OR_MORE } from '../../../src/language/letter-classes.ts';
import { blockText, blocksOf, rewriteBlocks } from '../tree.ts';

/**
 * A capitalised subject pronoun before a lower-case word; the name before it is checked where
 * one is found (a look-behind first made the engine scan back over every word of a copy).
 */
const STRAY_PRONOUN = / (?:He|She|They|It)(?= \p{Ll})/gu;

/** An acronym after "the" inside a sentence, where it heads its phrase: punctuation, the end, or a function word follows. */
const ARTICLE_ACRONYM = /(?<=\p{Ll} )the (\p{Lu}{2,6})(?=[,.;:)]|$| (?:not|to|and|or|is|was|has|had|would|will|could|should|must|may|might|can|did|does|said|says|also)\b)/gu;
/** What every match of ARTICLE_ACRONYM holds, in plain ranges (src/language/letter-classes.ts): most paragraphs have none. */
const ARTICLE_ACRONYM_QUICK = new RegExp(`the [${UPPER_CASE_OR_MORE}]{2}`);
/** A capitalised word, one of the titles given, and the name the title goes with (led by the capital look-ahead of src/language/letter-classes.ts). */
const countryTitle = (titles: readonly string[]) => new RegExp(`${UPPER_CASE_AHEAD}(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+) (${titles.join('|')})(?= \\p{Lu})`, 'gu');
/** The title between spaces, as every match of `countryTitle` has it. */
const titleBetweenSpaces = (titles: readonly string[]) => new RegExp(` (?:${titles.join('|')}) `);
/** English's demonym suffixes (a closed class of derivational endings). */
const DEMONYM_ENDING = /(?:an|ian|ese|ish|i)$/u;
/** An adjective of place before a title before a name, as the copy writes it (led by the capital look-ahead of src/language/letter-classes.ts). */
const DEMONYM_TITLE = new RegExp(String.raw`${UPPER_CASE_AHEAD}(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)) (\p{Lu}\p{Ll}+)(?= \p{Lu})`, 'gu');

/** The adjectives English forms from a place name, in the order tried. */
function demonyms(place: string): string[] {
  const stem = place.replace(/[aeiouy]$/u, '');
  return [...new Set([`${place}n`, `${stem}ian`, `${place}ian`, `${stem}an`, `${place}an`, `${stem}ese`, `${stem}ish`, `${stem}i`])];
}

/** Distinct kinds of translation slip a copy must show to be judged machine-translated. */
export const SLIP_KINDS_TO_CLASSIFY = 2;

/** What each repair found, as the judgement names it. */
const SLIP_NAMES: Readonly<Record<string, string>> = {
  'translation/stray-pronoun': 'a subject pronoun left after a name',
  'translation/country-for-adjective': 'a country’s name where its adjective stands before a title',
  'translation/article-before-name': 'an article before a name the copy writes without one',
};

/**
 * Judges the copy machine-translated when the repairs of this pass (in any round) found
 * SLIP_KINDS_TO_CLASSIFY different kinds of slip; the marker summarises which.
 */
function judgeTranslated(file: VFile): void {
  if ((file.data.damageKinds ?? []).includes('machine-translated')) return;
  const kinds = [...new Set((file.data.changes ?? []).map((change) => change.ruleId).filter((ruleId) => ruleId in SLIP_NAMES))].sort();
  if (kinds.length < SLIP_KINDS_TO_CLASSIFY) return;
  file.data.damageKinds = [...new Set([...(file.data.damageKinds ?? []), 'machine-translated' as const])].sort();
  const markers = { ...file.data.markers };
  const summary = evidenceSummary('translation repairs', kinds.map((ruleId) => SLIP_NAMES[ruleId]).join('; '));
  markers['machine-translated'] = [...new Set([...(markers['machine-translated'] ?? []), summary])].sort();
  file.data.markers = markers;
}

const repairTranslation: Plugin<[], Root> = function () {
  return (tree, file) => {
    rewriteBlocks(tree, file, {
      ruleId: 'translation/stray-pronoun',
      kind: 'wording',
      pattern: STRAY_PRONOUN,
      reason: 'A subject pronoun a translation left after the name it stands for.',
      replace: (match, text) => {
        if (!/\p{Lu}[\p{L}’'-]*$/u.test(text.slice(Math.max(0, match.index - 40), match.index))) return null;
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
    // An article a translation put before a name the copy itself writes bare ("ordered the
    // NCSO not to", where it has "new priorities for NCSO,"): acronyms read as words take no
    // article, and the copy's own usage (after a preposition or another function word) says
    // which kind this one is. Not where the copy also writes it with the article elsewhere
    // (the FBI, the KGB).
    const document = blocksOf(tree).map(blockText).join('\n\n');
    // What the copy does with each acronym, asked once per acronym, by a literal search: a
    // pattern starting on a lower-case word was tried at every letter of the copy.
    const usage = new Map<string, { withArticle: number; bare: string | undefined }>();
    const usageOf = (acronym: string) => {
      let found = usage.get(acronym);
      if (found) return found;
      found = { withArticle: 0, bare: undefined };
      for (let at = document.indexOf(acronym); at !== -1; at = document.indexOf(acronym, at + 1)) {
        const end = at + acronym.length;
        if (/[\p{L}\p{N}]/u.test(document[end] ?? '') || /[\p{L}\p{N}]/u.test(document[at - 1] ?? '')) continue;
        const word = /(?:^|[^\p{L}\p{N}])(\p{L}+) $/u.exec(document.slice(Math.max(0, at - 30), at))?.[1];
        if (word === undefined) continue;
        if (word === 'the' || word === 'The') found.withArticle += 1;
        // Bare where a function word governs it ("for NCSO,", "by NCSO."): after a noun ("the
        // café US.") an acronym may be a modifier or apposition, which says nothing of its article.
        else if (found.bare === undefined && /^\p{Ll}+$/u.test(word) && functionWords().has(word) && /^(?:[,.;:)]|$)/u.test(document.slice(end, end + 1))) found.bare = `${word} ${acronym}`;
      }
      usage.set(acronym, found);
      return found;
    };
    // A country's name where its adjective stands before a title ("Ukraine President Ivo
    // Marek"), in a copy that writes the adjective before the same title elsewhere
    // ("Russian President Pavel Ostrov"): the adjective is formed by English's demonym
    // suffixes and must be a word the model knows, and likelier before the title.
    const titled = [...new Set([...document.matchAll(DEMONYM_TITLE)].map((match) => match[2] ?? ''))].sort();
    const model = englishModel();
    // Most copies write no adjective before a title: nothing to compare with, nothing to read.
    if (titled.length > 0) {
      rewriteBlocks(tree, file, {
        ruleId: 'translation/country-for-adjective',
        kind: 'wording',
        // Only before the titles the copy gives an adjective elsewhere: every pair of capitalised words cost far more.
        pattern: countryTitle(titled),
        mayMatch: titleBetweenSpaces(titled),
        reason: 'A country’s name a translation left where its adjective stands before a title.',
        replace: (match) => {
          const country = match[1] ?? '';
          const title = match[2] ?? '';
          if (DEMONYM_ENDING.test(country)) return null;
          const lower = country.toLowerCase();
          const next = model.idOf(title.toLowerCase());
          const adjective = demonyms(lower).find((form) => model.idOf(form) >= 0 && model.logProbById(model.idOf(form), next) - model.logProbById(model.idOf(lower), next) >= 1);
          if (!adjective) return null;
          const after = adjective.charAt(0).toUpperCase() + adjective.slice(1);
          return {
            after: `${after} ${title}`,
            ruleId: 'translation/country-for-adjective',
            reason: `“${country} ${title}”: the copy writes the adjective before “${title}” elsewhere, and the model finds “${after} ${title}” far more probable.`,
            confidence: 'probable',
          };
        },
      });
    }
    rewriteBlocks(tree, file, {
      ruleId: 'translation/article-before-name',
      kind: 'wording',
      pattern: ARTICLE_ACRONYM,
      mayMatch: ARTICLE_ACRONYM_QUICK,
      reason: 'An article a translation put before a name the copy writes without one.',
      replace: (match) => {
        const acronym = match[1] ?? '';
        const { withArticle, bare } = usageOf(acronym);
        if (withArticle !== 1 || bare === undefined || /^(?:a|an)\s/i.test(bare)) return null;
        return {
          after: acronym,
          ruleId: 'translation/article-before-name',
          reason: `“${match[0]}”: the copy writes ${acronym} without an article where a noun phrase stands (“${bare}”), so the article is the translation’s.`,
          confidence: 'probable',
        };
      },
    });
    judgeTranslated(file);
  };
};

export default repairTranslation;
