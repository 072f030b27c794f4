/**
 * Windows-1252 (cp1252), the encoding a UTF-8 text is most often misread as: bytes 0x80–0x9F
 * are typographic characters there (0x92 ’, 0x93 “, 0x96 –), and five of them (0x81, 0x8D,
 * 0x8F, 0x90, 0x9D) are undefined, which is why a misread text can lose bytes. Latin-1 is
 * the same above 0x9F. From the Unicode mapping file for cp1252.
 */
const HIGH: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d,
  0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014,
  0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

const BYTE_OF = new Map<number, number>(Object.entries(HIGH).map(([byte, code]) => [code, Number(byte)]));

/** The character a cp1252 reader shows for a byte; undefined bytes come through as C1 controls (as browsers do). */
export function cp1252Char(byte: number): string {
  return String.fromCodePoint(HIGH[byte] ?? byte);
}

/** The byte a character came from when text was read as cp1252, or undefined if it cannot have. */
export function cp1252Byte(char: string): number | undefined {
  const code = char.codePointAt(0) ?? -1;
  if (code < 0x100 && !(code >= 0x80 && code <= 0x9f && HIGH[code] !== undefined)) return code;
  return BYTE_OF.get(code);
}

/**
 * The byte a character came from when UTF-8 was read as cp1252 or as Latin-1, or undefined if
 * it cannot have: a C1 control (U+0080–U+009F) is Latin-1's reading of its byte (and a browser's
 * reading of a byte cp1252 leaves undefined); every other character below U+0100 is its own
 * byte in both; above, only cp1252's typographic characters.
 */
export function misreadByte(char: string): number | undefined {
  const code = char.codePointAt(0) ?? -1;
  if (code >= 0 && code < 0x100) return code;
  return BYTE_OF.get(code);
}

/** Reads UTF-8 bytes as Latin-1 (ISO-8859-1): bytes 0x80–0x9F become C1 controls. */
export function misreadAsLatin1(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((byte) => String.fromCharCode(byte)).join('');
}

/** Reads UTF-8 bytes as cp1252: the mojibake itself. */
export function misreadAsCp1252(text: string): string {
  return [...Buffer.from(text, 'utf8')].map(cp1252Char).join('');
}
