/**
 * The quick-test classes hold every character of the Unicode class each stands for (every
 * code point, checked), so a quick test never turns away a text the exact pattern matches;
 * and they still turn away the punctuation news text is full of.
 */
import { describe, expect, it } from 'vitest';
import {
  INVISIBLE_OR_MORE,
  LETTER,
  LETTER_OR_DIGIT,
  LETTER_OR_MORE,
  LOWER_CASE_OR_MORE,
  UPPER_CASE_AHEAD,
  UPPER_CASE_OR_MORE,
  NEITHER_SPACE_NOR_WORD_CHARACTER,
  WORD_CHARACTER,
} from '../../../../src/language/letter-classes.ts';

/** Every code point the exact class matches, as a string (surrogates alone are no character). */
function membersOf(exact: RegExp): string[] {
  const members: string[] = [];
  for (let point = 0; point <= 0x10ffff; point += 1) {
    if (point >= 0xd800 && point <= 0xdfff) continue;
    const char = String.fromCodePoint(point);
    if (exact.test(char)) members.push(char);
  }
  return members;
}

/** The members whose code units do not all match the class body, without the `u` flag. */
function missed(members: readonly string[], body: string): string[] {
  const unit = new RegExp(`^[${body}]$`);
  return members.filter((char) => [...Array(char.length).keys()].some((at) => !unit.test(char.charAt(at))));
}

describe('letter supersets', () => {
  it.each([
    ['\\p{Ll}', /^\p{Ll}$/u, LOWER_CASE_OR_MORE],
    ['\\p{Lu}', /^\p{Lu}$/u, UPPER_CASE_OR_MORE],
    ['\\p{L}', /^\p{L}$/u, LETTER_OR_MORE],
    ['the whitespace pass’s invisible characters', /^(?:[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200D\u2060-\u2064\uFEFF]|\p{Bidi_Control})$/u, INVISIBLE_OR_MORE],
  ])('every code unit of every %s character is in its quick class', (_name, exact, body) => {
    const members = membersOf(exact);
    expect(members.length).toBeGreaterThan(0);
    expect(missed(members, body)).toEqual([]);
  });

  it('the upper-case look-ahead lets every upper-case letter through', () => {
    const ahead = new RegExp(`^${UPPER_CASE_AHEAD}`, 'u');
    const members = membersOf(/^\p{Lu}$/u);
    expect(members.filter((char) => !ahead.test(char))).toEqual([]);
  });

  it('turns away spaces, digits and the punctuation of news text', () => {
    for (const body of [LOWER_CASE_OR_MORE, UPPER_CASE_OR_MORE, LETTER_OR_MORE]) {
      const unit = new RegExp(`[${body}]`);
      for (const char of [' ', '\u00A0', '0', '9', ',', '.', '-', '\u2014', '\u2019', '\u201C', '\u201D', '\u2026']) expect(unit.test(char)).toBe(false);
    }
    expect(new RegExp(`[${LOWER_CASE_OR_MORE}]`).test('A')).toBe(false);
    expect(new RegExp(`[${UPPER_CASE_OR_MORE}]`).test('a')).toBe(false);
    expect(new RegExp(`[${INVISIBLE_OR_MORE}]`).test('plain text, “quoted” — and dashed')).toBe(false);
  });

  it.each([
    ['\\p{L}', /^\p{L}$/u, LETTER],
    ['[\\p{L}\\p{N}]', /^[\p{L}\p{N}]$/u, LETTER_OR_DIGIT],
    ['[\\p{L}\\p{M}\\p{N}]', /^[\p{L}\p{M}\p{N}]$/u, WORD_CHARACTER],
    ['[^\\s\\p{L}\\p{M}\\p{N}]', /^[^\s\p{L}\p{M}\p{N}]$/u, NEITHER_SPACE_NOR_WORD_CHARACTER],
  ])('the ASCII-first class for %s matches exactly its characters', (_name, exact, written) => {
    const fast = new RegExp(`^${written}$`, 'u');
    const differing: number[] = [];
    for (let point = 0; point <= 0x10ffff; point += 1) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      const char = String.fromCodePoint(point);
      if (exact.test(char) !== fast.test(char)) differing.push(point);
    }
    expect(differing).toEqual([]);
    expect(membersOf(fast).length).toBeGreaterThan(100_000);
  });
});
