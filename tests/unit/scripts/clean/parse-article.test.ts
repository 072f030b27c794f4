/**
 * The parser's paragraph rules: blank lines and line ends separate paragraphs, a wrapped
 * line (no closing punctuation before, lower case after) continues one.
 */
import { describe, expect, it } from 'vitest';
import { splitRawParagraphs } from '../../../../scripts/clean/parse-article.ts';

describe('splitRawParagraphs', () => {
  it('reads one paragraph per line', () => {
    expect(splitRawParagraphs('One.\nTwo.\nThree.')).toEqual([['One.'], ['Two.'], ['Three.']]);
  });

  it('treats any number of blank (or whitespace-only) lines as one separator', () => {
    expect(splitRawParagraphs('One\n\n \t\n\nTwo')).toEqual([['One'], ['Two']]);
  });

  it('joins a wrapped line: no closing punctuation before it, lower case at its start', () => {
    expect(splitRawParagraphs('The council met on\nTuesday and\nvoted.')).toEqual([['The council met on'], ['Tuesday and', 'voted.']]);
  });

  it('does not join after a line that closes a sentence, a quotation or a bracket', () => {
    for (const end of ['.', '!', '?', ':', ';', '"', '”', '’', ')', ']']) {
      expect(splitRawParagraphs(`It ended${end}\nmore text`), end).toHaveLength(2);
    }
  });

  it('joins lines starting with any lower-case letter, not only ASCII', () => {
    expect(splitRawParagraphs('La ville a voté pour\nélargir le port.')).toEqual([['La ville a voté pour', 'élargir le port.']]);
  });

  it('reads CRLF, lone CR and LF line endings alike', () => {
    expect(splitRawParagraphs('A.\r\nB.\rC.\nD.')).toEqual([['A.'], ['B.'], ['C.'], ['D.']]);
    expect(splitRawParagraphs('A.\r\n\r\nB.\r\rC.')).toEqual([['A.'], ['B.'], ['C.']]);
  });

  it('drops a leading byte-order mark and nothing else', () => {
    expect(splitRawParagraphs('\uFEFFTitle\nBody.')).toEqual([['Title'], ['Body.']]);
    // Only a leading one is a byte-order mark; anywhere else it is text for the cleaner to judge.
    expect(splitRawParagraphs('Title\n\uFEFFBody.')).toEqual([['Title'], ['\uFEFFBody.']]);
  });

  it('returns no paragraphs for empty or blank text', () => {
    expect(splitRawParagraphs('')).toEqual([]);
    expect(splitRawParagraphs('\n \r\n\t\r')).toEqual([]);
  });
});
