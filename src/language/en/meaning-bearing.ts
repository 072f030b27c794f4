/**
 * Which changes to a text can change what it claims, read from the words a change removes
 * and adds (never from a flag a maintainer could forget). A restoration that swaps "denied"
 * for "declined", "might" for "would", "some" for "all", "he" for "it", "paused" for
 * "ended" or one name for another changes who did what, whether, how much or for how long:
 * such a change may only be presented as certain when evidence the build can check stands
 * behind it (see CONTRIBUTING.md, "Certainty and evidence").
 *
 * The classes rest on English grammar's closed classes (negation, modal verbs, auxiliaries,
 * quantifiers, numerals, pronouns), which a short list states completely, and on a few
 * families of reporting and aspect verbs, matched by their Porter stem so every inflection
 * counts ("denies", "denied", "denying"). A changed capitalised word counts as a change of
 * who acted (a name, a title, an institution).
 */
import { diffArrays } from 'diff';
import { stemmer } from 'stemmer';
import { termOf } from '../../compare/passage-terms.ts';
import { english } from './index.ts';

/** What a change can alter in a claim. */
export const meaningClasses = ['polarity', 'modality', 'tense', 'quantity', 'agent', 'permanence'] as const;
export type MeaningClass = (typeof meaningClasses)[number];

/** Why each class matters, for messages and the method page. */
export const MEANING_CLASS_DESCRIPTIONS: Readonly<Record<MeaningClass, string>> = {
  polarity: 'whether something happened, or was said, denied or refused',
  modality: 'how sure or obliged (might, would, must)',
  tense: 'when (tense and auxiliaries)',
  quantity: 'how many or how much',
  agent: 'who acted or was named',
  permanence: 'for how long (paused, ended, temporary)',
};

/** Negation: English's closed set of negating words (contractions split at the apostrophe). */
const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nothing', 'nobody', 'neither', 'nor', 'without', 'cannot', 'nt', 't']);

/** The modal verbs. */
const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would', 'ought']);

/** Auxiliaries and copulas: a change among them changes tense or aspect ("has warned" / "warned"). */
const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'll', 's', 'd', 've', 're']);

/** Quantifiers, number words and fractions (numerals in digits are matched apart). */
const QUANTIFIERS = new Set([
  // "More" and "most" are left out: far more often comparatives ("more likely", "greater than"
  // for "more than") than amounts; "less" and "least" stay, for "more" → "less".
  'all', 'some', 'any', 'many', 'much', 'few', 'fewer', 'several', 'less', 'least', 'every', 'each', 'both',
  'either', 'half', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions',
  'first', 'once', 'twice', 'only', 'numerous', 'countless', 'fewest', 'none',
]);

/** Personal and possessive pronouns: who acted. */
const PRONOUNS = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'hers', 'it', 'its', 'they', 'them', 'their', 'theirs', 'one', 'someone', 'somebody', 'anyone', 'everyone']);

/**
 * Families of verbs that take a stance on a claim: a change from one family to another (or
 * to none) turns a denial into a refusal to comment, an admission into a statement.
 */
const STANCE_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  denial: ['deny', 'dispute', 'reject', 'refute', 'contradict', 'rebut', 'dismiss'],
  refusal: ['decline', 'refuse', 'withhold'],
  affirmation: ['confirm', 'acknowledge', 'admit', 'concede', 'accept', 'agree', 'verify', 'corroborate'],
  claim: ['claim', 'allege', 'assert', 'insist', 'maintain'],
  report: ['say', 'said', 'state', 'tell', 'told', 'report'],
};

/** Families of verbs and adjectives of duration: paused is not ended. */
const PERMANENCE_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  interruption: ['pause', 'suspend', 'halt', 'freeze', 'interrupt', 'temporary', 'temporarily'],
  cessation: ['end', 'finish', 'stop', 'cease', 'terminate', 'cancel', 'abandon', 'scrap', 'permanent', 'permanently'],
  resumption: ['resume', 'restart', 'restore', 'reinstate', 'continue', 'lift'],
  duration: ['indefinite', 'indefinitely', 'brief', 'briefly'],
};

/** Family of each stem, for one table. */
function familyIndex(families: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [family, words] of Object.entries(families)) for (const word of words) index.set(stemmer(word), family);
  return index;
}

const STANCE = familyIndex(STANCE_FAMILIES);
const PERMANENCE = familyIndex(PERMANENCE_FAMILIES);

/** A word as written, and the same lower-cased. */
interface Word {
  text: string;
  lower: string;
}

/** The first piece of a negative contraction, as the auxiliary it is ("didn’t" → "did", "t"). */
const CONTRACTED: Readonly<Record<string, string>> = {
  didn: 'did', doesn: 'does', don: 'do', isn: 'is', wasn: 'was', weren: 'were', aren: 'are', hasn: 'has', haven: 'have',
  hadn: 'had', won: 'will', wouldn: 'would', couldn: 'could', shouldn: 'should', mustn: 'must', needn: 'need', ca: 'can',
};

/** Words, numbers and contraction pieces ("didn’t" → "did", "t"). */
function words(text: string): Word[] {
  return [...text.matchAll(/([\p{L}\p{M}]+)([’']t\b)?|\p{N}+(?:[.,]\p{N}+)*/gu)].flatMap((match): Word[] => {
    const lower = match[0].toLowerCase();
    if (match[2] === undefined) return [{ text: match[0], lower }];
    const stem = (match[1] ?? '').toLowerCase();
    return [
      { text: match[1] ?? '', lower: CONTRACTED[stem] ?? stem },
      { text: 't', lower: 't' },
    ];
  });
}

/** Articles: they start a name ("The Record") without being part of whom it names. */
const ARTICLES = new Set(['the', 'a', 'an']);

/** Words that join the parts of one name ("Department of Defense", "Bureau for Fisheries and Oceans"). */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'du', 'von', 'van']);

/** A capitalised word that names something: not a function word capitalised at a sentence's start ("On", "At"). */
const isNameWord = (word: Word) => isCapitalised(word) && !ARTICLES.has(word.lower) && (isAcronym(word) || termOf(word.text, english) !== undefined);

/** The families a list of words touches in one table, counted by family. */
function families(list: readonly Word[], table: ReadonlyMap<string, string>): Map<string, number> {
  const found = new Map<string, number>();
  for (const word of list) {
    const family = table.get(stemmer(word.lower));
    if (family) found.set(family, (found.get(family) ?? 0) + 1);
  }
  return found;
}

const sameCounts = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
  a.size === b.size && [...a].every(([key, count]) => b.get(key) === count);

/** An acronym ("US", "IT") is a name, never the pronoun or word it spells in lower case. */
const isAcronym = (word: Word) => word.text.length > 1 && word.text === word.text.toUpperCase() && /\p{Lu}/u.test(word.text);

/** The members of `set` in a list, counted, so "not" removed and "not" added elsewhere cancel. */
function counted(list: readonly Word[], set: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  for (const word of list) if (set.has(word.lower) && !isAcronym(word)) found.set(word.lower, (found.get(word.lower) ?? 0) + 1);
  return found;
}

const isNumber = (word: Word) => /^\p{N}/u.test(word.text);
const isCapitalised = (word: Word) => /^\p{Lu}/u.test(word.text);

/**
 * The classes of meaning a change from `before` to `after` can alter; empty when it only
 * restores a word for a word of the same kind (a synonym, a spelling, punctuation).
 */
export function meaningChanges(before: string, after: string): MeaningClass[] {
  // A pure function of its two strings, asked again and again for the same swaps ("warfare"
  // → "war" at every occurrence): remembered, within a bound.
  const key = `${before}\u0000${after}`;
  const known = remembered.get(key);
  if (known) return [...known];
  const classes = computeMeaningChanges(before, after);
  if (remembered.size >= REMEMBERED_LIMIT) remembered.clear();
  remembered.set(key, classes);
  return [...classes];
}

const remembered = new Map<string, readonly MeaningClass[]>();
const REMEMBERED_LIMIT = 8192;

function computeMeaningChanges(before: string, after: string): MeaningClass[] {
  const removed: Word[] = [];
  const added: Word[] = [];
  // A change of a whole name is a change of who; a word repaired inside a longer name
  // ("White Home" → "White House": the unchanged "White" goes on) is not.
  let renamed = false;
  const parts = diffArrays(words(before), words(after), { comparator: (a, b) => a.lower === b.lower });
  parts.forEach((part, index) => {
    if (part.removed) removed.push(...part.value);
    else if (part.added) added.push(...part.value);
    else return;
    const changedNames = part.value.some(isNameWord);
    // The nearest unchanged word on one side, past the words that join a name's parts.
    const neighbour = (step: number) => {
      for (let at = index + step; at >= 0 && at < parts.length; at += step) {
        const other = parts[at];
        if (!other || other.added || other.removed) continue;
        const list = step < 0 ? [...other.value].reverse() : other.value;
        const word = list.find((candidate) => !NAME_JOINERS.has(candidate.lower));
        if (word) return word;
      }
      return undefined;
    };
    const insideName = [neighbour(-1), neighbour(1)].some((word) => word !== undefined && isNameWord(word));
    if (changedNames && !insideName) renamed = true;
  });
  if (removed.length === 0 && added.length === 0) return [];
  const classes = new Set<MeaningClass>();
  if (!sameCounts(counted(removed, NEGATORS), counted(added, NEGATORS)) || !sameCounts(families(removed, STANCE), families(added, STANCE))) {
    classes.add('polarity');
  }
  if (!sameCounts(counted(removed, MODALS), counted(added, MODALS))) classes.add('modality');
  // Tense is read from the auxiliaries only: a stem shared by two forms ("operation",
  // "operational"; "accordance", "according") is as often a change of word class as of tense.
  if (!sameCounts(counted(removed, AUXILIARIES), counted(added, AUXILIARIES))) classes.add('tense');
  const numbers = (list: readonly Word[]) => list.filter(isNumber).map((word) => word.text).sort().join(' ');
  if (!sameCounts(counted(removed, QUANTIFIERS), counted(added, QUANTIFIERS)) || numbers(removed) !== numbers(added)) classes.add('quantity');
  if (!sameCounts(counted(removed, PRONOUNS), counted(added, PRONOUNS)) || renamed) classes.add('agent');
  if (!sameCounts(families(removed, PERMANENCE), families(added, PERMANENCE))) classes.add('permanence');
  return meaningClasses.filter((name) => classes.has(name));
}
