/**
 * Character classes that spare V8's regular-expression engine its Unicode property tables:
 * a property class (`\p{Ll}`) costs a table search at every character tried, about twenty
 * times a plain range here.
 *
 * Supersets, for a pattern's quick test (`Rewrite.mayMatch`) and for the look-ahead that
 * guards a pattern's first character: plain ranges that hold every character of the property
 * and more, so a text that fails them cannot match the exact pattern, and one that passes is
 * then read by it. Exact classes, ASCII first, for patterns that read every character (below).
 *
 * Why the ranges hold: below U+00AA the only letters are ASCII's, no upper-case letter comes
 * before U+00C0, and the General Punctuation block (U+2000–U+206F: spaces, dashes, curly
 * quotation marks) holds no letter; everything else is kept. Without the `u` flag a
 * character beyond U+FFFF is two surrogate code units, both inside U+2070–U+FFFF, so a
 * quick test without the flag still passes wherever the exact pattern could match.
 * tests/unit/src/language/letter-classes.test.ts checks every code point.
 */

/** Every lower-case letter's code units (`\p{Ll}`), as a class body for a pattern without the `u` flag. */
export const LOWER_CASE_OR_MORE = 'a-z\\u00AA-\\u1FFF\\u2070-\\uFFFF';
/** Every upper-case letter's code units (`\p{Lu}`), likewise. */
export const UPPER_CASE_OR_MORE = 'A-Z\\u00C0-\\u1FFF\\u2070-\\uFFFF';
/** Every letter's code units (`\p{L}`), likewise. */
export const LETTER_OR_MORE = 'A-Za-z\\u00AA-\\u1FFF\\u2070-\\uFFFF';

/**
 * A look-ahead for the start of a `u`-flag pattern whose match begins with an upper-case
 * letter: it fails at once on most characters, before the pattern's look-behinds and
 * property classes are tried there.
 */
export const UPPER_CASE_AHEAD = '(?=[A-Z\\u00C0-\\u1FFF\\u2070-\\u{10FFFF}])';

/**
 * Every character `\p{Bidi_Control}` names, and the C0, C1 and zero-width characters the
 * whitespace pass removes, as a class body for a pattern without the `u` flag.
 */
export const INVISIBLE_OR_MORE = '\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF';

// Exact classes, ASCII first: the same characters as the property class named, written so
// that an ASCII character (most of English text) is decided by a plain range and only another
// character is looked up in the property table. For `u`-flag patterns that read every
// character of a text (tokenisers): half the time of the property class here. The ASCII
// members of `\p{L}` are A–Z and a–z, of `\p{N}` 0–9, and `\p{M}` has none.

/** Exactly `\p{L}`. */
export const LETTER = '(?:[A-Za-z]|(?=[^\\x00-\\x7f])\\p{L})';
/** Exactly `[\p{L}\p{N}]`. */
export const LETTER_OR_DIGIT = '(?:[A-Za-z0-9]|(?=[^\\x00-\\x7f])[\\p{L}\\p{N}])';
/** Exactly `[\p{L}\p{M}\p{N}]`. */
export const WORD_CHARACTER = '(?:[A-Za-z0-9]|(?=[^\\x00-\\x7f])[\\p{L}\\p{M}\\p{N}])';
/** Exactly `[^\s\p{L}\p{M}\p{N}]`: a mark of punctuation or a symbol. */
export const NEITHER_SPACE_NOR_WORD_CHARACTER = '(?:[^\\sA-Za-z0-9\\x80-\\u{10FFFF}]|(?=[^\\x00-\\x7f])[^\\s\\p{L}\\p{M}\\p{N}])';
