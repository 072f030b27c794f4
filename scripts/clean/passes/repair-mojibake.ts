/**
 * Pass: repair text whose UTF-8 bytes were read as cp1252 or Latin-1 ("â€™" for ’, "Ã©"
 * for é), the way ftfy does: a run of characters that are each one cp1252 or Latin-1 byte
 * and together form valid UTF-8 is decoded back. Such runs do not occur in correct English,
 * so the repair is certain.
 *
 * The lossy cases, decided from context and recorded as probable:
 *
 * - cp1252 leaves five bytes undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), and many pipelines
 *   drop them, so ” (E2 80 9D) arrives as a bare "â€" and Á (C3 81) as a lone "Ã". "â€"
 *   after a word is a closing quotation mark (the other bytes it could have lost make
 *   invisible or rare characters), between letters a hyphen.
 * - Read as Latin-1, bytes 0x80–0x9F become invisible C1 controls, which many pipelines
 *   strip: every ’ “ ” – — (E2 80 9x) is left as a lone "â", and É, Ü, ß (C3 8x–9x) as a
 *   lone "Ã". A lone "â" is read from where it stands (`lonePunctuation`): inside a
 *   possessive or one of English's contractions ("party’s", "don’t", "I’m") an apostrophe;
 *   before a word an opening quotation mark; after a stop or comma, or after a word while a
 *   quotation is open, a closing one; after a word ending in "s" an apostrophe; between
 *   spaces a dash; between digits an en dash. Anywhere else it is left as found ("château"
 *   keeps its â).
 * - Read as Latin-1 with its controls stripped, a three-byte character can lose its middle
 *   byte alone ("â¦" for …): read as general punctuation (E2 80 xx), "â¬" as €, "â¢" after a
 *   word as ™.
 * - A lone "Ã" or "Å" is restored only where the same word is spelled out whole elsewhere in
 *   the document (an accented name), and otherwise left as found.
 * - A "?" or "�" a pipeline put in place of a lost byte ("â€?") is read as that byte.
 *
 * A text misread twice ("Ã¢â‚¬â„¢") is decoded layer by layer, each layer certain. Misread
 * twice and then stripped of its controls (shown by "Ã¢Â", "Ã¢â" or "ÃÂ", which a text
 * misread once never has), every byte the first reading made a control is left as a lone "Â"
 * (its own control stripped): ’ arrives as "Ã¢ÂÂ", ” as "Ã¢â‚¬Â". Each such "Â" after misread
 * bytes is dropped, leaving what a text misread once and stripped shows ("â", "â€"), which
 * the readings above then read from context. A two-byte character whose lead byte's control
 * was stripped ("ÃÂ£") could be a symbol (C2: £ © ° and the no-break space) or a letter
 * (C3: é ü ñ): a letter inside a word, a symbol elsewhere. All of these are probable.
 *
 * Each lossy reading is made only in a document that shows the damage unmistakably: a whole
 * sequence that decodes, or a lone "â" where correct text never has one (in a contraction or
 * possessive, before a capital, after a stop, between spaces).
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { misreadByte } from '../../../src/language/encoding/cp1252.ts';
import { writesContraction } from '../../../src/language/en/corpus-words.ts';
import { documentText, rewriteBlocks, type RuledReplacement } from '../tree.ts';

/** Characters that stand for a UTF-8 continuation byte (0x80–0xBF) once read as cp1252 or Latin-1. */
const CONTINUATION = '[\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178]';
const SEQUENCE = `(?:[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2}|[\\u00F0-\\u00F4]${CONTINUATION}{3})`;
const MOJIBAKE = new RegExp(`${SEQUENCE}+`, 'gu');
/**
 * A three-byte sequence missing a byte (a "?" or "�" where a pipeline put one in its place is
 * taken with it), or a two-byte lead missing its only one.
 */
const LOSSY = new RegExp(`[\\u00E0-\\u00EF]${CONTINUATION}(?:[?\\uFFFD]|(?!${CONTINUATION}))|[\\u00C2-\\u00DF](?!${CONTINUATION})(?=\\p{L})`, 'gu');
/** Layers of misreading decoded at most: a text misread twice ("Ã¢â‚¬â„¢" for ’) is decoded twice. */
const MAX_LAYERS = 3;
/** A lone "â": the lead byte of the punctuation U+2000–U+201F, both its other bytes stripped. */
const LONE_PUNCTUATION = new RegExp(`â(?!${CONTINUATION})`, 'gu');
/**
 * A text misread twice: "Ã¢" (â, the lead byte of ’ “ ” – —, misread again) followed by another
 * misread byte, or "ÃÂ" (a lead byte whose control was stripped, then "Â" misread again). A
 * text misread once never has these ("chÃ¢teau" is château misread once).
 */
const MISREAD_TWICE = /Ã¢[Ââ]|ÃÂ/u;
/** A character a misreading makes of a byte of 0x80 or above. */
const MISREAD_HIGH = CONTINUATION.replace('\\u0080-\\u00BF', '\\u0080-\\u00FF');
/**
 * In a text misread twice, a lone "Â" after misread bytes (not starting a sequence of its
 * own): a byte the first reading made a control, encoded again ("Â" and the control), its
 * control stripped.
 */
const ORPHAN = new RegExp(`(?<=${MISREAD_HIGH})Â+(?!${CONTINUATION})`, 'gu');
const ORPHAN_DROPPED = 'Misread twice: a lone “Â” is what is left of a byte the first reading made an invisible control, stripped; it is dropped, and the character around it read from its context.';
/**
 * In a text misread twice, "Ã" then "Â" and a byte of 0xA0–0xBF: a two-byte character whose
 * lead byte the first reading kept as "Â" (C2: £ © ° and the no-break space) or "Ã" (C3: é ü ñ),
 * the byte telling them apart stripped as a control.
 */
const LEAD_LOST = /Ã(Â[\u00A0-\u00BF])/gu;

/**
 * Characters read either side of a lossy fragment for the word it stands in: no word is
 * longer, and a bounded look keeps a text made of fragments linear.
 */
const WORD_REACH = 64;
/** The bytes cp1252 leaves undefined: what a lossy cp1252 pipeline dropped. */
const DROPPED = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
/** The bytes Latin-1 reads as C1 controls: what a pipeline that strips them dropped. */
const C1 = Array.from({ length: 0x20 }, (_, index) => 0x80 + index);
/**
 * An apostrophe inside a word: a possessive, or a contraction the Brown corpus writes
 * ("party’s", "don’t", "they’re", "I’m"); the words before a contraction are a closed class,
 * so a name spelled with â ("Lâm") is never read as one.
 */
function apostropheWord(before: string, after: string): boolean {
  return after.toLowerCase() === 's' || writesContraction(before, after);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text a run of mojibake stood for, or null when its bytes are not valid UTF-8. */
export function decodeMojibake(run: string): string | null {
  const bytes: number[] = [];
  for (const char of run) {
    const byte = misreadByte(char);
    if (byte === undefined) return null;
    bytes.push(byte);
  }
  try {
    return utf8.decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

/** Every character a lossy run could have been, one per byte it may have lost. */
function lossyReadings(run: string, lost: readonly number[]): string[] {
  return [...new Set(lost.map((byte) => decodeMojibake(run + String.fromCharCode(byte))).filter((value): value is string => value !== null))];
}

const lossy = (after: string, reason: string): RuledReplacement => ({ after, ruleId: 'encoding/mojibake-lossy', reason, confidence: 'probable' });

/** What a lone "â" stood for, and whether correct text could never have an "â" there. */
interface LoneReading {
  replacement: RuledReplacement;
  /** An "â" no correct text has (a contraction, before a capital, after a stop, between spaces): evidence of the damage. */
  telling: boolean;
}

/**
 * What a lone "â" stood for, from the characters around it (see the module comment), or null
 * to leave it. `open`: whether a quotation opened earlier in the paragraph is still open.
 */
function lonePunctuation(text: string, index: number, open: boolean, dash: string): LoneReading | null {
  const before = text[index - 1] ?? '';
  const after = text[index + 1] ?? '';
  const letterBefore = /[\p{L}\p{N}]/u.test(before);
  const letterAfter = /[\p{L}\p{N}]/u.test(after);
  const lost = 'its other two bytes, which Latin-1 read as invisible controls, were stripped';
  const reading = (after: string, reason: string, telling: boolean): LoneReading => ({ replacement: lossy(after, reason), telling });
  if (/\p{L}/u.test(before) && /\p{L}/u.test(after)) {
    const head = /\p{L}+$/u.exec(text.slice(Math.max(0, index - WORD_REACH), index))?.[0] ?? '';
    const rest = /^\p{L}+/u.exec(text.slice(index + 1, index + 1 + WORD_REACH))?.[0] ?? '';
    return apostropheWord(head, rest) ? reading('’', `An apostrophe (’) in “${head}’${rest}”: ${lost}.`, true) : null;
  }
  if (/\p{N}/u.test(before) && /\p{N}/u.test(after)) return reading('–', `An en dash (–) between numbers: ${lost}.`, false);
  if ((before === '' || /[\s([{]/u.test(before)) && letterAfter) {
    // Telling before a capital, or with its closing mark ahead: no word begins and ends with â.
    const closed = /^[^â\n]{0,200}?[\p{L}\p{N}.,!?…]â(?![\p{L}\p{N}])/u.test(text.slice(index + 1, index + 204));
    return reading('“', `An opening quotation mark (“) before a word: ${lost}.`, /\p{Lu}/u.test(after) || closed);
  }
  if (/\s/u.test(before) && /\s/u.test(after)) return reading(dash, `A dash (${dash}) between spaces: ${lost}.`, true);
  if (!letterAfter && /[.,!?…]/u.test(before)) return reading('”', `A closing quotation mark (”) after “${before}”: ${lost}.`, true);
  if (!letterAfter && letterBefore) {
    if (open) return reading('”', `A closing quotation mark (”) after a word, a quotation being open: ${lost}.`, false);
    if (/[sS]/u.test(before)) return reading('’', `An apostrophe (’) after a plural’s “s”: ${lost}.`, false);
  }
  return null;
}

/** Whether a text holds a lone "â" that no correct text has (see `LoneReading.telling`). */
function showsStrippedControls(text: string): boolean {
  for (const match of text.matchAll(LONE_PUNCTUATION)) {
    if (lonePunctuation(text, match.index, false, '—')?.telling) return true;
  }
  return false;
}

const repairMojibake: Plugin<[], Root> = function () {
  return (tree, file) => {
    const document = documentText(tree);
    // Unmistakable damage elsewhere (a whole sequence, or lone "â" where text never has one) is what lets a lossy fragment be read.
    const whole = [...document.matchAll(MOJIBAKE)].some((match) => decodeMojibake(match[0]) !== null);
    let stripped = showsStrippedControls(document);
    if (!whole && !stripped) return;
    // Misread twice and stripped of its controls: what the stripping left is put back to what a
    // text misread once and stripped shows ("â", "â€", a lone "Ã"), which the layers and the
    // lossy readings below then read.
    if (whole && MISREAD_TWICE.test(document)) {
      rewriteBlocks(tree, file, {
        ruleId: 'encoding/mojibake-lossy',
        kind: 'typographic',
        pattern: LEAD_LOST,
        mayMatch: /ÃÂ/u,
        reason: 'A two-byte character misread twice, the byte that told its lead apart stripped.',
        replace: (match, text) => {
          const trail = match[1]?.codePointAt(1) ?? 0;
          const letter = String.fromCodePoint(0xc0 + (trail - 0x80));
          const symbol = String.fromCodePoint(trail);
          // A letter inside a word (café), a symbol elsewhere (£300m, 25°).
          const inWord = /\p{L}/u.test(text[match.index - 1] ?? '') && /\p{L}/u.test(letter);
          const after = inWord ? letter : symbol;
          const shown = after === '\u00A0' ? 'a no-break space' : `“${after}”`;
          return lossy(after, `Misread twice, and its first reading’s control stripped: ${shown}, read from the ${inWord ? 'word it stands in' : 'characters around it'} (the other reading was “${inWord ? symbol : letter}”).`);
        },
      });
      rewriteBlocks(tree, file, {
        ruleId: 'encoding/mojibake-lossy',
        kind: 'typographic',
        pattern: ORPHAN,
        mayMatch: /Â/u,
        reason: ORPHAN_DROPPED,
        replace: () => lossy('', ORPHAN_DROPPED),
      });
    }
    // A text misread twice decodes to one misread once: decode again while a layer changes something.
    let repaired = document;
    for (let layer = 1; layer <= MAX_LAYERS; layer += 1) {
      const reason = layer === 1 ? 'UTF-8 text read as cp1252 or Latin-1 (mojibake), decoded back.' : 'UTF-8 text read as cp1252 or Latin-1 twice over, its second layer decoded back.';
      rewriteBlocks(tree, file, {
        ruleId: 'encoding/mojibake',
        kind: 'typographic',
        pattern: MOJIBAKE,
        reason,
        replace: (match) => {
          const decoded = decodeMojibake(match[0]);
          return decoded === null ? null : { after: decoded, ruleId: 'encoding/mojibake', reason, confidence: 'certain' };
        },
      });
      const after = documentText(tree);
      if (after === repaired) break;
      repaired = after;
    }
    // A layer decoded may show what a text misread once shows: lone "â"s where text never has one.
    stripped ||= repaired !== document && showsStrippedControls(repaired);
    rewriteBlocks(tree, file, {
      ruleId: 'encoding/mojibake-lossy',
      kind: 'typographic',
      pattern: LOSSY,
      reason: 'Mojibake that lost a byte, read from its context.',
      replace: (match, text) => {
        // A "?" or "�" put where the lost byte was is part of what is replaced, not of the run read.
        const run = match[0].replace(/[?\uFFFD]$/u, '');
        const before = text[match.index - 1] ?? '';
        const after = text[match.index + match[0].length] ?? '';
        const partial = run.length > 1;
        // Read as Latin-1 with its controls stripped, a three-byte sequence lost its middle byte
        // ("â¦" for …): the commonest block behind it, general punctuation (E2 80 xx), with the
        // euro sign (E2 82 AC) and the trade mark sign after a word (E2 84 A2).
        if (partial && stripped && run === match[0] && run.startsWith('â') && run !== 'â€') {
          const last = run.charAt(1);
          const middle = last === '¬' ? 0x82 : last === '¢' && /\p{L}/u.test(before) ? 0x84 : 0x80;
          const decoded = decodeMojibake(`â${String.fromCharCode(middle)}${last}`);
          if (decoded !== null && /[\p{P}\p{S}]/u.test(decoded)) {
            return lossy(decoded, `“${decoded}”, whose middle byte, which Latin-1 read as an invisible control, was stripped.`);
          }
        }
        // A three-byte sequence cut short lost a byte cp1252 leaves undefined; a lone lead, any byte Latin-1 reads as a control too.
        const readings = lossyReadings(run, partial ? DROPPED : C1);
        if (partial && readings.includes('\u201D') && /\S/.test(before) && !/\p{L}/u.test(after)) {
          return lossy('\u201D', 'A closing quotation mark (”) whose last byte was lost in a cp1252 misreading.');
        }
        if (partial && readings.includes('\u2010') && /\p{L}/u.test(before) && /\p{L}/u.test(after)) {
          return lossy('-', 'A hyphen whose last byte was lost in a cp1252 misreading.');
        }
        // A letter: only the reading spelled out whole elsewhere in the document (an accented name).
        if (run !== match[0]) return null;
        const end = match.index + match[0].length;
        const wordAfter = /^\p{L}*/u.exec(text.slice(end, end + WORD_REACH))?.[0] ?? '';
        const wordBefore = /\p{L}*$/u.exec(text.slice(Math.max(0, match.index - WORD_REACH), match.index))?.[0] ?? '';
        // Not the damaged form itself (Ã is also C3 83 read back): the document spells that everywhere it is damaged.
        const attested = readings.filter((reading) => reading !== run && /\p{L}/u.test(reading) && repaired.includes(wordBefore + reading + wordAfter));
        if (attested.length === 1 && attested[0] !== undefined) {
          return lossy(attested[0], `A letter whose second byte was lost in a cp1252 or Latin-1 misreading; the document spells “${wordBefore}${attested[0]}${wordAfter}” elsewhere.`);
        }
        return null;
      },
    });
    if (!stripped) return;
    // The dash the copy's own intact text uses, if it shows only one kind; an em dash otherwise.
    const final = documentText(tree);
    const dash = final.includes('–') && !final.includes('—') ? '–' : '—';
    let paragraph = '';
    let last = -1;
    let open = false;
    rewriteBlocks(tree, file, {
      ruleId: 'encoding/mojibake-lossy',
      kind: 'typographic',
      pattern: LONE_PUNCTUATION,
      reason: 'Mojibake that lost two bytes, read from its context.',
      replace: (match, text) => {
        // Quotations are followed within a paragraph, matches in order; a new paragraph (another
        // text, or the same text again in the next block) starts closed.
        if (text !== paragraph || match.index <= last) {
          paragraph = text;
          open = false;
        }
        last = match.index;
        const reading = lonePunctuation(text, match.index, open, dash)?.replacement ?? null;
        if (reading?.after === '“') open = true;
        if (reading?.after === '”') open = false;
        return reading;
      },
    });

  };
};

export default repairMojibake;
