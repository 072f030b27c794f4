/**
 * Pass: repair text whose UTF-8 bytes were read as cp1252 or Latin-1 ("â€™" for ’, "Ã©"
 * for é), the way ftfy does: a run of characters that are each one cp1252 byte and
 * together form valid UTF-8 is decoded back. Such runs do not occur in correct English,
 * so the repair is certain.
 *
 * The lossy case: cp1252 leaves five bytes undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), and
 * many pipelines drop them, so ” (E2 80 9D) arrives as a bare "â€" and Á (C3 81) as a lone
 * "Ã". Those are decided from context, and only in a document that shows the damage
 * unmistakably elsewhere: "â€" after a word is a closing quotation mark (the other bytes
 * it could have lost make invisible or rare characters), between letters a hyphen; a lone
 * "Ã" or "Å" is restored only where the same word is spelled out whole elsewhere in the
 * document (an accented name), and otherwise left as found.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { cp1252Byte } from '../../../src/language/encoding/cp1252.ts';
import { documentText, rewriteBlocks } from '../tree.ts';

/** Characters that stand for a UTF-8 continuation byte (0x80–0xBF) once read as cp1252 or Latin-1. */
const CONTINUATION = '[\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178]';
const SEQUENCE = `(?:[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2}|[\\u00F0-\\u00F4]${CONTINUATION}{3})`;
const MOJIBAKE = new RegExp(`${SEQUENCE}+`, 'gu');
/** A three-byte sequence missing its last byte, or a two-byte lead missing its only one. */
const LOSSY = new RegExp(`[\\u00E0-\\u00EF]${CONTINUATION}(?!${CONTINUATION})|[\\u00C2-\\u00DF](?!${CONTINUATION})(?=\\p{L})`, 'gu');
/** The bytes cp1252 leaves undefined: what a lossy pipeline dropped. */
const DROPPED = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text a run of mojibake stood for, or null when its bytes are not valid UTF-8. */
export function decodeMojibake(run: string): string | null {
  const bytes: number[] = [];
  for (const char of run) {
    const byte = cp1252Byte(char);
    if (byte === undefined) return null;
    bytes.push(byte);
  }
  try {
    return utf8.decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

/** Every character a lossy run could have been, one per dropped byte. */
function lossyReadings(run: string): string[] {
  return DROPPED.map((byte) => decodeMojibake(run + String.fromCharCode(byte))).filter((value): value is string => value !== null);
}

const repairMojibake: Plugin<[], Root> = function () {
  return (tree, file) => {
    const document = documentText(tree);
    // Unmistakable damage elsewhere (a whole sequence) is what lets a lossy fragment be read.
    const damaged = [...document.matchAll(MOJIBAKE)].some((match) => decodeMojibake(match[0]) !== null);
    if (!damaged) return;
    rewriteBlocks(tree, file, {
      ruleId: 'encoding/mojibake',
      kind: 'typographic',
      pattern: MOJIBAKE,
      reason: 'UTF-8 text read as cp1252 (mojibake), decoded back.',
      replace: (match) => {
        const decoded = decodeMojibake(match[0]);
        return decoded === null
          ? null
          : { after: decoded, ruleId: 'encoding/mojibake', reason: 'UTF-8 text read as cp1252 (mojibake), decoded back.', confidence: 'certain' };
      },
    });
    const repaired = documentText(tree);
    rewriteBlocks(tree, file, {
      ruleId: 'encoding/mojibake-lossy',
      kind: 'typographic',
      pattern: LOSSY,
      reason: 'Mojibake that lost a byte, read from its context.',
      replace: (match, text) => {
        const before = text[match.index - 1] ?? '';
        const after = text[match.index + match[0].length] ?? '';
        const readings = lossyReadings(match[0]);
        if (readings.includes('\u201D') && /\S/.test(before) && !/\p{L}/u.test(after)) {
          return { after: '\u201D', ruleId: 'encoding/mojibake-lossy', reason: 'A closing quotation mark (”) whose last byte was lost in a cp1252 misreading.', confidence: 'probable' };
        }
        if (readings.includes('\u2010') && /\p{L}/u.test(before) && /\p{L}/u.test(after)) {
          return { after: '-', ruleId: 'encoding/mojibake-lossy', reason: 'A hyphen whose last byte was lost in a cp1252 misreading.', confidence: 'probable' };
        }
        // A letter: only the reading spelled out whole elsewhere in the document (an accented name).
        const wordAfter = /^\p{L}*/u.exec(text.slice(match.index + match[0].length))?.[0] ?? '';
        const wordBefore = /\p{L}*$/u.exec(text.slice(0, match.index))?.[0] ?? '';
        const attested = readings.filter((reading) => /\p{L}/u.test(reading) && repaired.includes(wordBefore + reading + wordAfter));
        if (attested.length === 1 && attested[0] !== undefined) {
          return {
            after: attested[0],
            ruleId: 'encoding/mojibake-lossy',
            reason: `A letter whose second byte was lost in a cp1252 misreading; the document spells “${wordBefore}${attested[0]}${wordAfter}” elsewhere.`,
            confidence: 'probable',
          };
        }
        return null;
      },
    });
  };
};

export default repairMojibake;
