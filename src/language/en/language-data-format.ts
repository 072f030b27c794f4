/**
 * The byte layout of the committed English table (`english.lm.gz`, gzip of what follows),
 * shared by the build (`scripts/language-data/`) and the reader (`language-model.ts`):
 *
 *   "DOSSIER-EN-LM\n" · sections, each a uint32 byte length then the bytes:
 *   1 header (JSON: sources, licences, counts, input hashes)
 *   2 words, by rank (most probable first), NUL-separated
 *   3 log10 P(word) per word, as a byte: -value × 32 (0 … 255)
 *   4 log10 backoff per n-gram word, as a signed byte × 32
 *   5 bigrams per first word (varint count), 6 second-word id deltas (varint),
 *   7 log10 P(second | first) per bigram, as a byte like 3
 *   8 candidate sets: lines `form<TAB>candidate|candidate…`, sorted
 *   9 log10 backoff per bigram (as a history for trigrams), as a signed byte × 32
 *   10 trigrams per bigram, in bigram order (varint count), 11 third-word id deltas
 *      (varint), 12 log10 P(third | first second) per trigram, as a byte like 3
 *
 * Quantising log10 probabilities to 1/32 (0.07 in natural log) costs nothing the decisions
 * need (margins are whole units) and halves the table.
 */

export interface LanguageDataHeader {
  format: 2;
  description: string;
  licences: Record<string, string>;
  counts: { words: number; ngramVocabulary: number; bigrams: number; trigrams: number; candidateForms: number };
  /** SHA-256 of the build scripts and sources, and package versions: what makes the table stale. */
  inputs: { scripts: Record<string, string>; packages: Record<string, string>; sources: Record<string, string> };
}

export interface LanguageDataParts {
  header: LanguageDataHeader;
  words: readonly string[];
  unigramProb: readonly number[];
  unigramBackoff: readonly number[];
  /** [first id, second id, log10 prob, log10 backoff], sorted by first then second. */
  bigrams: ReadonlyArray<readonly [number, number, number, number]>;
  /** [first id, second id, third id, log10 prob], sorted by first, second, then third; each first-second pair a bigram. */
  trigrams: ReadonlyArray<readonly [number, number, number, number]>;
  candidateLines: readonly string[];
}

export const MAGIC = 'DOSSIER-EN-LM\n';
export const STEPS_PER_UNIT = 32;

const probByte = (log10: number) => Math.max(0, Math.min(255, Math.round(-log10 * STEPS_PER_UNIT)));
const signedByte = (log10: number) => Math.max(-128, Math.min(127, Math.round(log10 * STEPS_PER_UNIT)));

function varints(values: Iterable<number>): Buffer {
  const bytes: number[] = [];
  for (let value of values) {
    while (value >= 0x80) {
      bytes.push((value & 0x7f) | 0x80);
      value = Math.floor(value / 128);
    }
    bytes.push(value);
  }
  return Buffer.from(bytes);
}

export function encodeLanguageData(parts: LanguageDataParts): Buffer {
  const vocabulary = parts.header.counts.ngramVocabulary;
  const perFirst = new Array<number>(vocabulary).fill(0);
  const deltas: number[] = [];
  let previousFirst = -1;
  let previousSecond = 0;
  for (const [first, second] of parts.bigrams) {
    perFirst[first] = (perFirst[first] ?? 0) + 1;
    deltas.push(first === previousFirst ? second - previousSecond : second);
    previousFirst = first;
    previousSecond = second;
  }
  // Trigrams grouped under their first two words' bigram, as bigrams under their first word.
  const perBigram = new Array<number>(parts.bigrams.length).fill(0);
  const thirdDeltas: number[] = [];
  let bigramAt = 0;
  let previousPair = -1;
  let previousThird = 0;
  for (const [first, second, third] of parts.trigrams) {
    while (bigramAt < parts.bigrams.length && ((parts.bigrams[bigramAt]?.[0] ?? 0) < first || ((parts.bigrams[bigramAt]?.[0] ?? 0) === first && (parts.bigrams[bigramAt]?.[1] ?? 0) < second))) bigramAt += 1;
    const pair = parts.bigrams[bigramAt];
    if (!pair || pair[0] !== first || pair[1] !== second) throw new Error(`trigram ${first} ${second} ${third} has no bigram ${first} ${second}`);
    perBigram[bigramAt] = (perBigram[bigramAt] ?? 0) + 1;
    thirdDeltas.push(bigramAt === previousPair ? third - previousThird : third);
    previousPair = bigramAt;
    previousThird = third;
  }
  const sections = [
    Buffer.from(JSON.stringify(parts.header), 'utf8'),
    Buffer.from(parts.words.join('\0'), 'utf8'),
    Buffer.from(parts.unigramProb.map(probByte)),
    Buffer.from(parts.unigramBackoff.slice(0, vocabulary).map((value) => signedByte(value) & 0xff)),
    varints(perFirst),
    varints(deltas),
    Buffer.from(parts.bigrams.map(([, , prob]) => probByte(prob))),
    Buffer.from(parts.candidateLines.join('\n'), 'utf8'),
    Buffer.from(parts.bigrams.map(([, , , backoff]) => signedByte(backoff) & 0xff)),
    varints(perBigram),
    varints(thirdDeltas),
    Buffer.from(parts.trigrams.map(([, , , prob]) => probByte(prob))),
  ];
  const chunks: Buffer[] = [Buffer.from(MAGIC, 'latin1')];
  for (const section of sections) {
    const length = Buffer.alloc(4);
    length.writeUInt32LE(section.length);
    chunks.push(length, section);
  }
  return Buffer.concat(chunks);
}

/** The sections of a decoded (gunzipped) table, in order. */
export function splitSections(bytes: Buffer): Buffer[] {
  if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a dossier English language table');
  const sections: Buffer[] = [];
  let at = MAGIC.length;
  while (at < bytes.length) {
    const length = bytes.readUInt32LE(at);
    sections.push(bytes.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return sections;
}

export function readVarints(bytes: Buffer, count: number): Uint32Array {
  const values = new Uint32Array(count);
  let at = 0;
  for (let index = 0; index < count; index += 1) {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[at] ?? 0;
      at += 1;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) break;
      scale *= 128;
    }
    values[index] = value;
  }
  return values;
}
