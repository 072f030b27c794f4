/**
 * Damage made reproducibly from clean English, for the restoration benchmark. Each is a
 * simulation of a real tool, not the tool: a seeded spinner that swaps words for thesaurus
 * terms (the same thesauri the un-spinner inverts, so it flatters it: the real spinner's
 * table is its own), a round trip through "another language" reduced to the closed-class
 * errors such trips make (articles and prepositions, possessives turned round, some words
 * swapped), and UTF-8 read as cp1252, with and without the undefined bytes dropped.
 */
import type { EnglishModel } from '../../../src/language/en/language-model.ts';
import { tokenize } from '../../../src/language/en/swap-readings.ts';
import { misreadAsCp1252, misreadAsLatin1 } from '../../../src/language/encoding/cp1252.ts';
import { matchCase } from '../../clean/lexicon.ts';
import { MIN_PIECE } from '../../../src/language/en/inside-word-swaps.ts';
import { pick, type Random } from '../random.ts';

/** original form → the forms a thesaurus spinner may write for it, sorted. */
export function spinnerTable(model: EnglishModel, forms: Iterable<string>): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const form of forms) {
    for (const original of model.candidates(form)) {
      const list = table.get(original) ?? [];
      list.push(form);
      table.set(original, list);
    }
  }
  for (const list of table.values()) list.sort();
  return table;
}

/** Swaps a share of the words that have thesaurus terms, names left alone, as a spinner does. */
export function spin(text: string, table: ReadonlyMap<string, readonly string[]>, random: Random, rate: number): string {
  let output = '';
  let cursor = 0;
  for (const token of tokenize(text)) {
    const options = table.get(token.word);
    if (token.nameLike || !options || options.length === 0 || random() >= rate) continue;
    output += text.slice(cursor, token.start) + matchCase(text.slice(token.start, token.end), pick(random, options));
    cursor = token.end;
  }
  return output + text.slice(cursor);
}

/**
 * A spinner that ignores word boundaries: it swaps a thesaurus word wherever its letters
 * occur, so pieces inside longer words are swapped too ("forward" holds "war"). A share of
 * the words holding such a piece (of at least MIN_PIECE letters, not the whole word) get one
 * piece swapped; whole words are left to `spin`. Only swaps that leave a string English does
 * not know are made: a piece swap that happened to make another real word would be a
 * whole-word swap in disguise.
 */
export function spinInsideWords(text: string, table: ReadonlyMap<string, readonly string[]>, random: Random, rate: number, known: (word: string) => boolean): string {
  let output = '';
  let cursor = 0;
  for (const token of tokenize(text)) {
    if (token.nameLike || !/^[a-z]+$/.test(token.word) || random() >= rate) continue;
    const pieces: Array<{ at: number; end: number; forms: readonly string[] }> = [];
    for (let at = 0; at < token.word.length; at += 1) {
      for (let end = at + MIN_PIECE; end <= token.word.length; end += 1) {
        if (at === 0 && end === token.word.length) continue;
        const forms = (table.get(token.word.slice(at, end)) ?? []).filter((form) => /^[a-z]+$/.test(form));
        if (forms.length > 0) pieces.push({ at, end, forms });
      }
    }
    if (pieces.length === 0) continue;
    const piece = pick(random, pieces);
    const broken = token.word.slice(0, piece.at) + pick(random, piece.forms) + token.word.slice(piece.end);
    if (known(broken)) continue;
    output += text.slice(cursor, token.start) + matchCase(text.slice(token.start, token.end), broken);
    cursor = token.end;
  }
  return output + text.slice(cursor);
}

/**
 * A real spinner's own table (original → what it wrote, as a seed shows it) applied to other
 * text: each occurrence of an original phrase, matched word for word between single spaces and
 * never in a name, is swapped with probability `rate`, longest phrases first.
 */
export function spinWithTable(text: string, table: ReadonlyMap<string, string>, random: Random, rate: number): string {
  const longest = Math.max(1, ...[...table.keys()].map((original) => original.split(' ').length));
  const tokens = tokenize(text);
  let output = '';
  let cursor = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const first = tokens[index];
    if (!first || first.nameLike) continue;
    for (let length = Math.min(longest, tokens.length - index); length >= 1; length -= 1) {
      const run = tokens.slice(index, index + length);
      if (run.some((token, at) => token.nameLike || (at > 0 && !token.joined))) continue;
      const written = table.get(run.map((token) => token.word).join(' '));
      if (written === undefined) continue;
      if (random() < rate) {
        const last = run[run.length - 1] ?? first;
        output += text.slice(cursor, first.start) + matchCase(text.slice(first.start, last.end), written);
        cursor = last.end;
        index += length - 1;
      }
      break;
    }
  }
  return output + text.slice(cursor);
}

/** Closed-class slips of a round trip: preposition pairs a translation confuses. */
const PREPOSITIONS: Record<string, string> = { in: 'on', on: 'in', to: 'for', for: 'to', at: 'in', of: 'from', with: 'by', about: 'on' };

export function roundTrip(text: string, table: ReadonlyMap<string, readonly string[]>, random: Random): string {
  let output = '';
  let cursor = 0;
  for (const token of tokenize(text)) {
    const raw = text.slice(token.start, token.end);
    let replacement: string | undefined;
    const roll = random();
    if (token.word === 'the' && roll < 0.15) {
      // An article dropped, with the space after it.
      output += text.slice(cursor, token.start);
      cursor = text[token.end] === ' ' ? token.end + 1 : token.end;
      continue;
    }
    const preposition = PREPOSITIONS[token.word];
    if (preposition && roll < 0.12) replacement = matchCase(raw, preposition);
    else if (!token.nameLike && roll < 0.1) {
      const options = table.get(token.word);
      if (options && options.length > 0) replacement = matchCase(raw, pick(random, options));
    }
    if (replacement === undefined) continue;
    output += text.slice(cursor, token.start) + replacement;
    cursor = token.end;
  }
  // Possessives turned round: "the company’s chief" → "the chief of the company".
  return (output + text.slice(cursor)).replace(/\b([Tt]he) (\p{Ll}+)’s (\p{Ll}+)\b/gu, (whole, article: string, owner: string, owned: string) =>
    random() < 0.5 ? `${article} ${owned} of the ${owner}` : whole,
  );
}

/** UTF-8 read as cp1252; `lossy` also drops the bytes cp1252 leaves undefined, as many pipelines do. */
export function mojibake(text: string, lossy: boolean): string {
  const misread = misreadAsCp1252(text);
  return lossy ? misread.replace(/[\u0080-\u009f]/g, '') : misread;
}

/** UTF-8 read as Latin-1, its C1 controls (bytes 0x80–0x9F) then stripped as invisible: a lone "â" for ’ “ ” – —. */
export function latin1Stripped(text: string): string {
  return misreadAsLatin1(text).replace(/[\u0080-\u009f]/g, '');
}

/**
 * A text misread twice (the misreading saved as UTF-8 and misread again), then stripped of the
 * C1 controls: through Latin-1 ’ arrives as "Ã¢ÂÂ"; through cp1252, whose undefined bytes a
 * browser reads as controls, ” as "Ã¢â‚¬Â".
 */
export function misreadTwiceStripped(text: string, encoding: 'latin1' | 'cp1252'): string {
  const misread = encoding === 'latin1' ? misreadAsLatin1 : misreadAsCp1252;
  return misread(misread(text)).replace(/[\u0080-\u009f]/g, '');
}
