/**
 * Names as a paragraph writes them in capitals ("Rep. Dana Whitfield of Marshfield", "Jonas
 * Albrecht", "Mayor Eliza Crane") outside its quotations and its registry names: the speakers
 * the registry does not know, kept as written rather than dropped.
 *
 * Why it works this way:
 * - A name is a run of capitalised words joined by single spaces, with a title's full stop
 *   ("Rep.", "Dr.") or an initial's ("J.") inside, and lower-case connectors between its
 *   words ("of", "van", "de"). English capitalises little else, so a run of two or more such
 *   words, or a title and one more, is a name; a lone capitalised word is not (it may start a
 *   sentence: "Officials said").
 * - Closed-class words that open a sentence ("The", "In", "However" is not one of them, see
 *   vocabulary.ts) and day and month names (from the runtime's own locale data, `Intl`) are
 *   not part of a name. A name after a determiner ("the Prime Minister", "its Harbour
 *   Council") is a description, not a name.
 * - A registry name cuts a run: "Kessmark Foreign Minister Ana Pereira" is "Foreign Minister
 *   Ana Pereira" beside a known name. A one-word registry name right after a capitalised word
 *   that is no title ("Carla Reyes") is another person's name: the registry's Reyes is not
 *   meant, and `shadowedRegistryName` says so.
 *
 * Cost: one pass over the paragraph's words, walking its registry names alongside.
 */
import type { NameMatch } from '../actors/name-matcher.ts';
import { DETERMINER, TITLE_BEFORE_NAME, isFunctionWord } from './vocabulary.ts';

/** A capitalised name the text writes, that no registry name covers. */
export interface WrittenName {
  start: number;
  end: number;
  /** The name as written, one space between words ("Rep. Dana Whitfield of Marshfield"). */
  text: string;
  /** The word the text refers back to it by ("Whitfield"): the last word before any "of". */
  lastWord: string;
  /** Whether a title opens it ("Rep.", "Mayor"): then it is a person's name. */
  titled: boolean;
  /** Whether it is written as a possessive ("Whitfield’s"). */
  possessive: boolean;
  /** Whether a determiner stands before it ("the Harbour Council"): a description, not a name. */
  described: boolean;
}

/** Lower-case words that join the words of one name ("Bank of Vesland", "Ursula van Dam"). */
const CONNECTORS = new Set(['of', 'de', 'del', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'la', 'le', 'da', 'du', 'dos']);

/** Day and month names in English, long and short, from the runtime's locale data. */
const CALENDAR_WORDS: ReadonlySet<string> = (() => {
  const words = new Set<string>();
  for (let day = 0; day < 7; day += 1) {
    const date = new Date(Date.UTC(2024, 0, 7 + day));
    for (const weekday of ['long', 'short'] as const) words.add(new Intl.DateTimeFormat('en', { weekday, timeZone: 'UTC' }).format(date).toLowerCase());
  }
  for (let month = 0; month < 12; month += 1) {
    const date = new Date(Date.UTC(2024, month, 15));
    for (const form of ['long', 'short'] as const) words.add(new Intl.DateTimeFormat('en', { month: form, timeZone: 'UTC' }).format(date).toLowerCase());
  }
  words.add('sept');
  return words;
})();

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

interface Token {
  start: number;
  end: number;
  value: string;
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** A title's abbreviation or an initial, whose full stop does not end the name ("Rep.", "J."). */
function takesStop(word: string): boolean {
  return TITLE_BEFORE_NAME.has(word.toLowerCase()) || (word.length === 1 && isCapitalised(word));
}

/** The possessive ending of a word, if it has one ("Whitfield’s" → 2). */
function possessiveLength(word: string): number {
  return /['’]s$/u.test(word) && word.length > 2 ? 2 : 0;
}

/** Whether a title word is this token: "Mayor", "Rep", "President-elect". */
export function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_BEFORE_NAME.has(lower) || TITLE_BEFORE_NAME.has(lower.split('-')[0] ?? '');
}

/**
 * A one-word registry name of a person right after a capitalised word that is no title and
 * no closed-class word, with one space between ("Carla Reyes"): another person's name.
 */
export function shadowedRegistryName(text: string, name: NameMatch): boolean {
  if (name.target.kind !== 'person' || /\s/u.test(name.text)) return false;
  const before = /([\p{L}\p{M}\p{N}'’-]+)([.]?) $/u.exec(text.slice(Math.max(0, name.start - 40), name.start));
  if (!before) return false;
  const word = before[1] ?? '';
  if (before[2] === '.' || !isCapitalised(word) || word === word.toUpperCase() || possessiveLength(word) > 0) return false;
  return !isTitleWord(word) && !isFunctionWord(word) && !CALENDAR_WORDS.has(word.toLowerCase());
}

/** The capitalised names of a paragraph (its masked text: quotations blanked), outside `registryNames`. */
export function findWrittenNames(masked: string, registryNames: readonly NameMatch[]): WrittenName[] {
  const found: WrittenName[] = [];
  let run: Token[] = [];
  let nextName = 0;
  const close = () => {
    if (run.length > 0) {
      const name = nameOf(masked, run);
      if (name) found.push(name);
    }
    run = [];
  };
  for (const match of masked.matchAll(TOKEN)) {
    const token = { start: match.index, end: match.index + match[0].length, value: match[0] };
    while (nextName < registryNames.length && registryNames[nextName]!.end <= token.start) nextName += 1;
    const registry = registryNames[nextName];
    const inRegistryName = registry !== undefined && registry.start < token.end;
    const previous = run.at(-1);
    const gap = previous ? masked.slice(previous.end, token.start) : '';
    const joined = previous !== undefined && possessiveLength(previous.value) === 0 && (gap === ' ' || (gap === '. ' && takesStop(previous.value)));
    const capitalised = isCapitalised(token.value) && !CALENDAR_WORDS.has(token.value.toLowerCase());
    const connector = CONNECTORS.has(token.value);
    if (inRegistryName || !joined || !(capitalised || connector)) close();
    if (!inRegistryName && capitalised) run.push(token);
    else if (!inRegistryName && connector && run.length > 0) run.push(token);
  }
  close();
  return found;
}

function nameOf(masked: string, tokens: readonly Token[]): WrittenName | undefined {
  let first = 0;
  let last = tokens.length - 1;
  let described = false;
  // Closed-class words that open a sentence are not part of a name; a determiner makes it a description.
  while (first <= last && isFunctionWord(tokens[first]!.value)) {
    if (DETERMINER.has(tokens[first]!.value.toLowerCase())) described = true;
    first += 1;
  }
  while (last >= first && CONNECTORS.has(tokens[last]!.value)) last -= 1;
  if (first > last) return undefined;
  const words = tokens.slice(first, last + 1);
  const before = /([\p{L}]+)\s+$/u.exec(masked.slice(Math.max(0, words[0]!.start - 20), words[0]!.start))?.[1] ?? '';
  if (DETERMINER.has(before.toLowerCase())) described = true;
  let lastTitle = -1;
  words.forEach((token, index) => {
    if (index < words.length - 1 && isTitleWord(token.value)) lastTitle = index;
  });
  const nameWords = words.slice(lastTitle + 1).filter((token) => !CONNECTORS.has(token.value));
  const titled = lastTitle >= 0;
  // A title alone ("Assistant Secretary", "Prime Minister") names an office, not a person; so does
  // a title with what it is of ("Secretary of Homeland Security"), unless a name of two words
  // follows ("Minister of Defence Ana Pereira").
  if (nameWords.length === 0 || (!titled && nameWords.length < 2) || isTitleWord(words.at(-1)!.value)) return undefined;
  if (titled && words[lastTitle + 1]?.value === 'of' && nameWords.length < 3) return undefined;
  const end = words.at(-1)!.end;
  const possessive = possessiveLength(words.at(-1)!.value);
  const ofAt = words.findIndex((token, index) => index > lastTitle && token.value === 'of');
  const head = ofAt > 0 ? words[ofAt - 1]! : words.at(-1)!;
  const text = masked.slice(words[0]!.start, end - possessive).replace(/\s+/gu, ' ');
  return {
    start: words[0]!.start,
    end: end - possessive,
    text,
    lastWord: head.value.slice(0, head.value.length - possessiveLength(head.value)),
    titled,
    possessive: possessive > 0,
    described,
  };
}
