/**
 * Pass: restore a name a spinner broke ("Los Angeles Occasions", "Wall Road Journal")
 * when the English model knows the name as a fixed phrase. Within a run of capitalised
 * words, one word at a time is replaced by a thesaurus candidate; a replacement is kept
 * only where the run becomes overwhelmingly more probable (NAME_MARGIN, log10), at most
 * two per name. Names are where a spinner's swap is most visible and an author's choice
 * least free, and each restored name proves a swap for the rest of the document (see
 * `unspin-proven-swaps.ts`). Runs on every document: the margin is what keeps correct
 * names ("Home Office", "Wall Street") as they are, and a name the dossier's registry lists,
 * exactly as written, is never "restored" (an agency called "… Agriculture Commission" is
 * not a broken "… Agriculture Organization").
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { englishModel, type EnglishModel } from '../../../src/language/en/language-model.ts';
import { tokenize } from '../../../src/language/en/swap-readings.ts';
import { matchCase } from '../lexicon.ts';
import type { RegistryNames } from '../registry-names.ts';
import { isMeaningWord } from '../unspin.ts';
import { blockText, blocksOf, rewriteBlocks } from '../tree.ts';

/** How much more probable (log10) a name must become: a thousand times. */
export const NAME_MARGIN = 3;
/**
 * And the restored word must make a phrase the model has seen, with a neighbour in the name,
 * at least this probable (log10), where the word as written made none: a name is a fixed
 * phrase ("Los Angeles Times"), not any likelier pair of words.
 */
export const PHRASE_PROB = -2.5;
/**
 * … and a collocation: at least this much more probable (log10) after its neighbour than on
 * its own. Names are (“York Times” 2.2, “White House” 2.7); a verb after its subject is not
 * (“officials say” 1.3).
 */
export const PHRASE_ASSOCIATION = 1.7;
const MAX_SWAPS_PER_NAME = 2;

interface NameRepair {
  start: number;
  end: number;
  text: string;
  after: string;
  margin: number;
  candidates: Array<{ text: string; score: number }>;
}

function runScore(model: EnglishModel, before: string, words: readonly string[]): number {
  let score = 0;
  let previous = before;
  for (const word of words) {
    score += model.logProb(previous, word);
    previous = word;
  }
  return score;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Whether two words make a phrase the model knows, probable and associated; pronouns and the like never count. */
function isPhrase(model: EnglishModel, first: string | undefined, second: string | undefined): boolean {
  if (first === undefined || second === undefined || isMeaningWord(first) || isMeaningWord(second)) return false;
  const stored = model.bigram(first, second);
  const association = stored === undefined ? -Infinity : stored - model.unigram(second);
  return stored !== undefined && stored >= PHRASE_PROB && association >= PHRASE_ASSOCIATION;
}

/** How much more probable (log10) a written name word is after its neighbour than alone for the name to stand as written. */
export const WRITTEN_ASSOCIATION = 1;

/** Whether the model has met two words together at least WRITTEN_ASSOCIATION more often than chance. */
function associated(model: EnglishModel, first: string | undefined, second: string | undefined): boolean {
  if (first === undefined || second === undefined) return false;
  const stored = model.bigram(first, second);
  return stored !== undefined && stored - model.unigram(second) >= WRITTEN_ASSOCIATION;
}

/** Repairs of the names in one paragraph. */
export function nameRepairs(model: EnglishModel, text: string): NameRepair[] {
  const tokens = tokenize(text);
  const repairs: NameRepair[] = [];
  const capital = (index: number) => /^\p{Lu}/u.test(text.slice(tokens[index]?.start ?? 0));
  for (let index = 0; index < tokens.length; ) {
    // A run: capitalised words joined by single spaces, at least two, one of them name-like.
    let end = index;
    while (end + 1 < tokens.length && capital(end + 1) && tokens[end + 1]?.joined && !tokens[end + 1]?.sentenceStart && capital(index)) end += 1;
    const run = tokens.slice(index, end + 1);
    index = end + 1;
    if (run.length < 2 || !run.some((token) => token.nameLike)) continue;
    const first = run[0];
    if (!first) continue;
    const words = run.map((token) => token.word);
    const previousIndex = tokens.indexOf(first) - 1;
    const before = first.sentenceStart || !first.joined || previousIndex < 0 ? '<s>' : (tokens[previousIndex]?.word ?? '<s>');
    const observed = runScore(model, before, words);
    let current = [...words];
    let currentScore = observed;
    const tried: Array<{ text: string; score: number }> = [];
    for (let swap = 0; swap < MAX_SWAPS_PER_NAME; swap += 1) {
      let best: { at: number; word: string; score: number } | undefined;
      current.forEach((word, at) => {
        // Only a word capitalised where a sentence does not start: a sentence's first word
        // is capitalised whatever it is.
        if (word !== words[at] || !run[at]?.nameLike) return;
        const neighbours = [current[at - 1], current[at + 1]];
        // The word as written already goes with a neighbour: a name as it is. A pair the model
        // has only met ("Warfare Three") is no such evidence; one it has met ten times more
        // often than chance is (most names' words), and spares the candidates' scoring.
        if (associated(model, neighbours[0], word) || associated(model, word, neighbours[1])) return;
        for (const candidate of model.candidates(word)) {
          if (candidate.includes(' ')) continue;
          if (!isPhrase(model, neighbours[0], candidate) && !isPhrase(model, candidate, neighbours[1])) continue;
          const reading = current.map((value, position) => (position === at ? candidate : value));
          const score = runScore(model, before, reading);
          if (!best || score > best.score) best = { at, word: candidate, score };
        }
      });
      if (!best || best.score - currentScore < NAME_MARGIN) break;
      const chosen = best;
      current = current.map((value, position) => (position === chosen.at ? chosen.word : value));
      tried.push({ text: current.join(' '), score: round(chosen.score) });
      currentScore = chosen.score;
    }
    if (tried.length === 0) continue;
    const last = run[run.length - 1] ?? first;
    // A name quoted on its own (“White Home”) is mentioned, not used: leave it, as the lexicon does.
    if (/["“‘']/.test(text[first.start - 1] ?? '') && /["”’']/.test(text[last.end] ?? '')) continue;
    const original = text.slice(first.start, last.end);
    const after = original
      .split(' ')
      .map((word, at) => (current[at] === words[at] ? word : matchCase(word, current[at] ?? word)))
      .join(' ');
    repairs.push({
      start: first.start,
      end: last.end,
      text: original,
      after,
      margin: currentScore - observed,
      candidates: [...tried.reverse(), { text: original, score: round(observed) }],
    });
  }
  return repairs;
}

/** Name repairs by paragraph text: a paragraph no round changed is read once. */
type NameRepairCache = Map<string, NameRepair[]>;

declare module 'vfile' {
  interface DataMap {
    nameRepairs: NameRepairCache;
  }
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a repair would change a word inside a name the registry lists (the mentions of its text). */
function changesListedName(repair: NameRepair, listed: ReadonlyArray<{ start: number; end: number }>): boolean {
  if (listed.length === 0) return false;
  const written = repair.text.split(' ');
  const restored = repair.after.split(' ');
  let offset = repair.start;
  return written.some((word, at) => {
    const start = offset;
    offset += word.length + 1;
    return word !== restored[at] && listed.some((mention) => mention.start <= start && start + word.length <= mention.end);
  });
}

export interface UnspinNamesOptions {
  /** The dossier's registry: a name it lists, exactly as written, is the world's name, never a broken one. */
  registry?: RegistryNames;
}

const unspinNames: Plugin<[UnspinNamesOptions?], Root> = function (options = {}) {
  return (tree, file) => {
    const model = englishModel();
    const plans = new Map<string, Map<number, NameRepair>>();
    const cache: NameRepairCache = (file.data.nameRepairs ??= new Map<string, NameRepair[]>());
    for (const block of blocksOf(tree)) {
      const text = blockText(block);
      let repairs: NameRepair[] | undefined = cache.get(text);
      if (!repairs) {
        const listed = options.registry?.mentions(text) ?? [];
        repairs = nameRepairs(model, text).filter((repair) => !changesListedName(repair, listed));
        cache.set(text, repairs);
      }
      if (repairs.length > 0) plans.set(text, new Map(repairs.map((repair): [number, NameRepair] => [repair.start, repair])));
    }
    const forms = [...new Set([...plans.values()].flatMap((byStart) => [...byStart.values()].map((repair) => repair.text)))];
    if (forms.length === 0) return;
    forms.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    rewriteBlocks(tree, file, {
      ruleId: 'unspin/name',
      kind: 'wording',
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
      reason: 'A name a spinner broke, restored by the English model.',
      replace: (match, text) => {
        const repair = plans.get(text)?.get(match.index);
        if (!repair || repair.text !== match[0]) return null;
        return {
          after: repair.after,
          ruleId: 'unspin/name',
          reason: `“${repair.text}” reads as a name a spinner broke: the English model knows “${repair.after}” as a phrase, ${Math.round(10 ** Math.min(repair.margin, 9)).toLocaleString('en-GB')} times more probable.`,
          confidence: 'probable',
          candidates: repair.candidates,
        };
      },
    });
    // A restored name is a fingerprint of spinning, as a lexicon marker is.
    const restored = (file.data.changes ?? []).filter((change) => change.ruleId === 'unspin/name').map((change) => change.before);
    if (restored.length > 0) {
      const markers = { ...file.data.markers };
      markers.spun = [...new Set([...(markers.spun ?? []), ...restored])].sort();
      file.data.markers = markers;
    }
  };
};

export default unspinNames;
