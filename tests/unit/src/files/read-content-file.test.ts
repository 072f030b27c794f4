/**
 * Strict reading of content files: the first NUL or ill-formed UTF-8 byte, located.
 */
import { describe, expect, it } from 'vitest';
import { decodeContentText, findTextFault } from '../../../../src/files/read-content-file.ts';
import { ContentError } from '../../../../src/files/content-error.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('findTextFault', () => {
  it('accepts UTF-8 of every length, BOM and CRLF included', () => {
    expect(findTextFault(new TextEncoder().encode('\uFEFFa\r\né – “q” 𝄞 中'))).toBeUndefined();
  });

  it.each([
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['a truncated sequence at the end', [0x61, 0x0a, 0xe2, 0x82], 2],
    ['an overlong encoding', [0xc0, 0xaf], 0],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['Latin-1 é', [0x63, 0x61, 0x66, 0xe9, 0x0a], 3],
  ])('finds %s', (_, values, offset) => {
    expect(findTextFault(bytes(...values))).toMatchObject({ kind: 'utf-8', offset });
  });

  it('finds a NUL anywhere, with its line', () => {
    const text = new TextEncoder().encode(`${'line\n'.repeat(5000)}x\u0000`);
    expect(findTextFault(text)).toEqual({ kind: 'nul', offset: text.length - 1, line: 5001 });
  });
});

describe('decodeContentText', () => {
  it('drops a BOM and keeps the rest as it is', () => {
    expect(decodeContentText(bytes(0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a), 'a.md')).toBe('a\r\n');
  });

  it('throws a ContentError naming the file, line and byte', () => {
    try {
      decodeContentText(bytes(0x61, 0x0a, 0x62, 0xff), 'a.md');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).problems).toEqual([{ file: 'a.md', line: 2, message: 'is not valid UTF-8 (byte 3: 0xff); save it as UTF-8.' }]);
    }
  });
});
