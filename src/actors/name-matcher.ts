/**
 * Finds the registry's actors and outlets in running text by their names, aliases and the
 * forms damaged copies wrote for them.
 *
 * Names are matched word by word through a trie, so the cost grows with the length of the
 * text, not with the number of names: a dossier with thousands of actors scans each source
 * once. Rules, in order:
 * - leftmost, then longest: "Harbour Minister Ilsa Marrow" wins over "Ilsa Marrow";
 * - whole words only, and punctuation must match ("Ilsa, Marrow" is not "Ilsa Marrow");
 * - British and American spellings are one word ("defence" finds "defense");
 * - a capitalised word in an alias must be capitalised in the text ("Brenn" never finds
 *   the verb "trump"; "NCSO" finds "Ncso"), while lower-case alias words match any case
 *   ("the defence secretary" finds "The Defence Secretary");
 * - a possessive ("Brenn's") is a mention, flagged as possessive.
 */
import { english } from '../language/en/index.ts';
import { NEITHER_SPACE_NOR_WORD_CHARACTER, WORD_CHARACTER } from '../language/letter-classes.ts';
import type { Language } from '../language/language.ts';

/** What a name refers to. */
export interface NameTarget {
  /** Registry this name belongs to. */
  type: 'actor' | 'outlet';
  /** Entry id (file name without extension). */
  id: string;
  /** Actor kind, or "outlet". */
  kind: string;
}

/** One entry of the registry: an actor or an outlet with every name it goes by. */
export interface NamedEntry extends NameTarget {
  /** Display name; also matched. */
  name: string;
  /** Other forms of the name. */
  aliases: readonly string[];
  /** Forms a damaged copy wrote for the name: matched like the aliases, but no name of the entry's own. */
  damagedForms?: readonly string[];
}

/** One occurrence of a name in a text. */
export interface NameMatch {
  target: NameTarget;
  /** Offset of the first character of the name. */
  start: number;
  /** Offset just past the name, not counting a possessive ending. */
  end: number;
  /** The name as written in the text. */
  text: string;
  /** True when the name is followed by "'s" or "’s". */
  possessive: boolean;
}

/** Two entries claim the same name: matching would have to guess between them. */
export interface NameConflict {
  name: string;
  first: NameTarget;
  second: NameTarget;
}

interface Token {
  value: string;
  start: number;
  end: number;
}

interface Terminal {
  target: NameTarget;
  /** The alias's own words, for the capitalisation check. */
  words: readonly string[];
  /** For each word, whether white space comes before it in the alias ("U.S. Army": F,F,F,F,T). */
  spaced: readonly boolean[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  terminal?: Terminal;
}

/**
 * Words (letters and digits) and single punctuation marks; white space separates:
 * `[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]`, written ASCII first (letter-classes.ts), since
 * every source is tokenised.
 */
const TOKEN = new RegExp(`${WORD_CHARACTER}+|${NEITHER_SPACE_NOR_WORD_CHARACTER}`, 'gu');
const WORD = /^[\p{L}\p{M}\p{N}]/u;
const APOSTROPHE = /^['’]$/;

export function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => ({ value: match[0], start: match.index, end: match.index + match[0].length }));
}

function startsUpper(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** A capitalised alias word needs a capitalised text word; other words match in any case. */
function caseAgrees(aliasWord: string, textWord: string): boolean {
  return !startsUpper(aliasWord) || startsUpper(textWord);
}

export class NameMatcher {
  readonly #root: TrieNode = { next: new Map() };
  readonly #conflicts: NameConflict[] = [];
  readonly #canonicalWord: (word: string) => string;

  /**
   * `language` is the registry's (the dossier's): its spellings are folded as that
   * language folds them. English by default, the language of every registry so far.
   */
  constructor(entries: readonly NamedEntry[], language: Language = english) {
    this.#canonicalWord = language.canonicalWord;
    for (const entry of entries) {
      const target: NameTarget = { type: entry.type, id: entry.id, kind: entry.kind };
      for (const name of new Set([entry.name, ...entry.aliases, ...(entry.damagedForms ?? [])])) this.#add(name, target);
    }
  }

  /** Names claimed by two different entries; the first claim is kept. */
  get conflicts(): readonly NameConflict[] {
    return this.#conflicts;
  }

  #add(name: string, target: NameTarget): void {
    const tokens = tokenize(name);
    const words = tokens.map((token) => token.value);
    const spaced = tokens.map((token, index) => index > 0 && token.start > tokens[index - 1]!.end);
    if (words.length === 0) return;
    let node = this.#root;
    for (const word of words) {
      const key = this.#canonicalWord(word);
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    const existing = node.terminal;
    if (!existing) {
      node.terminal = { target, words, spaced };
    } else if (existing.target.id !== target.id || existing.target.type !== target.type) {
      this.#conflicts.push({ name, first: existing.target, second: target });
    }
  }

  /** Every name in the text, left to right, without overlaps. */
  find(text: string): NameMatch[] {
    const tokens = tokenize(text);
    const matches: NameMatch[] = [];
    let index = 0;
    while (index < tokens.length) {
      const found = this.#longestAt(text, tokens, index);
      if (!found) {
        index += 1;
        continue;
      }
      const { terminal, last } = found;
      const first = tokens[index]!;
      const end = tokens[last]!.end;
      const possessive = isPossessiveAt(tokens, last + 1);
      matches.push({ target: terminal.target, start: first.start, end, text: text.slice(first.start, end), possessive });
      index = last + 1 + (possessive ? 2 : 0);
    }
    return matches;
  }

  #longestAt(text: string, tokens: readonly Token[], from: number): { terminal: Terminal; last: number } | undefined {
    // A name starts at a word that is not glued to a preceding word character.
    const first = tokens[from]!;
    if (!WORD.test(first.value) || (from > 0 && gluedWord(tokens[from - 1]!, first))) return undefined;
    let node: TrieNode | undefined = this.#root;
    let best: { terminal: Terminal; last: number } | undefined;
    for (let index = from; index < tokens.length && node; index += 1) {
      const token = tokens[index]!;
      // Words of a name are separated by white space or joined by punctuation as in the alias.
      if (index > from && !sameSpacing(text, tokens[index - 1]!, token)) break;
      node = node.next.get(this.#canonicalWord(token.value));
      const terminal = node?.terminal;
      if (terminal && endsCleanly(tokens, index) && wordsAgree(terminal, tokens, from)) {
        best = { terminal, last: index };
      }
    }
    return best;
  }
}

/** "Brenn" in "Brennism" is not a mention: the next character must not be a letter or digit. */
function endsCleanly(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  return !(next && next.start === token.end && WORD.test(next.value) && WORD.test(token.value));
}

function gluedWord(previous: Token, current: Token): boolean {
  return previous.end === current.start && WORD.test(previous.value);
}

/** Tokens inside a name are either adjacent (as in "U.S.") or separated by white space only. */
function sameSpacing(text: string, previous: Token, current: Token): boolean {
  return previous.end === current.start || /^\s+$/.test(text.slice(previous.end, current.start));
}

/** Same capitalisation rules, and white space where the alias has it ("U.S.Army" is not "U.S. Army"). */
function wordsAgree(terminal: Terminal, tokens: readonly Token[], from: number): boolean {
  return terminal.words.every((word, offset) => {
    const token = tokens[from + offset]!;
    const spaced = offset > 0 && token.start > tokens[from + offset - 1]!.end;
    return caseAgrees(word, token.value) && spaced === terminal.spaced[offset];
  });
}

function isPossessiveAt(tokens: readonly Token[], index: number): boolean {
  const mark = tokens[index];
  const s = tokens[index + 1];
  const previous = tokens[index - 1];
  if (!mark || !s || !previous) return false;
  return (
    APOSTROPHE.test(mark.value) &&
    mark.start === previous.end &&
    s.start === mark.end &&
    s.value.toLowerCase() === 's' &&
    endsCleanly(tokens, index + 1)
  );
}
