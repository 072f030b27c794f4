/**
 * Every match of a global pattern in a text, as `text.matchAll(pattern)` gives them, found
 * faster when the pattern is a list of forms that opens with the look-behind most of the
 * cleaner's patterns start with, `(?<![\p{L}\p{N}])` (no letter or digit before the
 * match): the engine tries such a look-behind at every character before anything else, where
 * the same pattern without it skips ahead to the characters a match can start with. So the
 * pattern is run without it, and each match found is kept only if no letter or digit stands
 * before it; a match refused there is looked for again from the next character, which finds
 * exactly the matches the look-behind would have let through (the leftmost, in the same
 * order). Any other pattern is run as it is: one whose look-behind governs only its first
 * alternative (a `|` outside any group), or one that starts with a class (`startsWithLiteral`).
 */

/** The look-behind this speeds up, as it stands at the start of a pattern's source. */
const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a `|` stands outside every group and character class of a pattern's source. */
function topLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let at = 0; at < source.length; at += 1) {
    const char = source[at];
    if (char === '\\') at += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * Whether a pattern's source (past the look-behind) starts with a literal letter, inside any
 * number of non-capturing groups: a list of forms, as the lexicons' and the un-spinner's
 * patterns are. One that starts with a class ("\p{Ll}{3,}") would, without the look-behind,
 * be tried from every letter of every word, and backtrack through the rest of the word each
 * time: slower than the look-behind, not faster.
 */
function startsWithLiteral(source: string): boolean {
  let at = 0;
  while (source.startsWith('(?:', at)) at += 3;
  return /\p{L}/u.test(String.fromCodePoint(source.codePointAt(at) ?? 0));
}

/** The pattern without its opening look-behind, or null where it cannot or should not be dropped. */
const unanchored = new WeakMap<RegExp, RegExp | null>();

function withoutWordStart(pattern: RegExp): RegExp | null {
  let found = unanchored.get(pattern);
  if (found === undefined) {
    const rest = pattern.source.slice(WORD_START.length);
    const listOfForms = pattern.source.startsWith(WORD_START) && startsWithLiteral(rest) && !topLevelAlternation(rest);
    found = pattern.unicode && pattern.global && !pattern.sticky && listOfForms ? new RegExp(rest, pattern.flags) : null;
    unanchored.set(pattern, found);
  }
  return found;
}

/** The code point that ends just before `index`, as the look-behind reads it. */
function letterOrDigitBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const last = text.charCodeAt(index - 1);
  // ASCII, most of the time: answered without making a string to test.
  if (last < 0x80) return (last >= 0x30 && last <= 0x39) || (last >= 0x41 && last <= 0x5a) || (last >= 0x61 && last <= 0x7a);
  const start = last >= 0xdc00 && last <= 0xdfff && index >= 2 && (text.charCodeAt(index - 2) & 0xfc00) === 0xd800 ? index - 2 : index - 1;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(start) ?? 0));
}

/** Code units of the code point at `index` (1 for a lone surrogate). */
const width = (text: string, index: number) => ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);

/** Every match of a global pattern, in order: `[...text.matchAll(pattern)]`, faster for a word-start pattern. */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const fast = withoutWordStart(pattern);
  if (!fast) {
    pattern.lastIndex = 0;
    return [...text.matchAll(pattern)];
  }
  const found: RegExpExecArray[] = [];
  fast.lastIndex = 0;
  for (let match = fast.exec(text); match !== null; match = fast.exec(text)) {
    if (letterOrDigitBefore(text, match.index)) {
      fast.lastIndex = match.index + width(text, match.index);
      continue;
    }
    found.push(match);
    // An empty match moves on by a code point, as matchAll does.
    if (match[0].length === 0) fast.lastIndex = match.index + width(text, match.index);
  }
  return found;
}
