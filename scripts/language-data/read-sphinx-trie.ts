/**
 * Reads a CMU Sphinx trie language model (`*.lm.bin`, "Trie Language Model"), the format
 * Debian's `pocketsphinx-en-us` ships its US English trigram model in. Debian's
 * `sphinx_lm_convert` aborts when asked to write it out as ARPA, so the build reads the
 * trie directly. The layout follows sphinxbase's `lm_trie.c`, `lm_trie_quant.c` and
 * `bitarr.c` (little-endian):
 *
 *   "Trie Language Model" · uint8 order · uint32 counts[order]
 *   int32 (unused) · float32 quantisation bins: per middle order 2^16 probabilities and
 *     2^16 backoffs, then 2^16 probabilities for the longest order
 *   unigrams[counts[0] + 1]: float32 log10 prob, float32 log10 backoff, uint32 next
 *   bit-packed middle and longest arrays; int32 byte length · NUL-separated word strings
 *
 * The trie is keyed backwards: under a unigram (the predicted word) the bigram entries are
 * keyed by the word before it, and under those the trigram entries by the word before that.
 * Only order 3 is supported (the only order the Debian model has).
 */

export interface SphinxTrigramModel {
  words: string[];
  /** log10 P(w), by word id. */
  unigramProb: Float32Array;
  /** log10 backoff weight of w as a history, by word id. */
  unigramBackoff: Float32Array;
  /** Visits every bigram: `previous` then `word`, log10 P(word | previous), log10 backoff of the pair. */
  forEachBigram(visit: (previous: number, word: number, prob: number, backoff: number) => void): void;
  /** Visits every trigram `first second word` with log10 P(word | first second). */
  forEachTrigram(visit: (first: number, second: number, word: number, prob: number) => void): void;
  counts: number[];
}

const HEADER = 'Trie Language Model';
const BINS = 1 << 16;

/** Bits needed to store values up to `max` (sphinxbase's `bitarr_required_bits`). */
function requiredBits(max: number): number {
  if (max === 0) return 0;
  return Math.floor(Math.log2(max)) + 1;
}

/** An unsigned integer of `length` bits (at most 25) starting at bit `offset`, little-endian. */
function readBits(bytes: Buffer, offset: number, length: number): number {
  const shift = offset & 7;
  const value = bytes.readUInt32LE(offset >>> 3);
  return (value >>> shift) & ((1 << length) - 1);
}

export function readSphinxTrie(file: Buffer): SphinxTrigramModel {
  if (file.toString('latin1', 0, HEADER.length) !== HEADER) throw new Error('not a Sphinx trie language model');
  let at = HEADER.length;
  const order = file.readUInt8(at);
  at += 1;
  if (order !== 3) throw new Error(`only trigram models are supported, this one has order ${order}`);
  const counts: number[] = [];
  for (let index = 0; index < order; index += 1) {
    counts.push(file.readUInt32LE(at));
    at += 4;
  }
  const [unigramCount = 0, bigramCount = 0, trigramCount = 0] = counts;
  at += 4; // former quantisation type, unused
  const readFloats = (count: number): Float32Array => {
    const values = new Float32Array(count);
    for (let index = 0; index < count; index += 1) values[index] = file.readFloatLE(at + index * 4);
    at += count * 4;
    return values;
  };
  const middleProbBins = readFloats(BINS);
  const middleBackoffBins = readFloats(BINS);
  const longestProbBins = readFloats(BINS);

  const unigramProb = new Float32Array(unigramCount);
  const unigramBackoff = new Float32Array(unigramCount);
  const unigramNext = new Uint32Array(unigramCount + 1);
  for (let index = 0; index <= unigramCount; index += 1) {
    if (index < unigramCount) {
      unigramProb[index] = file.readFloatLE(at);
      unigramBackoff[index] = file.readFloatLE(at + 4);
    }
    unigramNext[index] = file.readUInt32LE(at + 8);
    at += 12;
  }

  // Middle (bigram) entries: word id, 16-bit backoff bin, 16-bit probability bin, next pointer.
  const wordBits = requiredBits(unigramCount);
  const nextBits = requiredBits(trigramCount);
  const middleBits = wordBits + 32 + nextBits;
  const middleBytes = Math.floor(((1 + bigramCount) * middleBits + 7) / 8) + 8;
  const middle = file.subarray(at, at + middleBytes);
  at += middleBytes;
  // Longest (trigram) entries: word id, 16-bit probability bin.
  const longestBits = wordBits + 16;
  const longestBytes = Math.floor(((1 + trigramCount) * longestBits + 7) / 8) + 8;
  const longest = file.subarray(at, at + longestBytes);
  at += longestBytes;

  const stringBytes = file.readInt32LE(at);
  at += 4;
  const words = file.toString('utf8', at, at + stringBytes).split('\0').slice(0, unigramCount);
  if (words.length !== unigramCount) throw new Error(`expected ${unigramCount} words, read ${words.length}`);

  const middleNext = (index: number) => readBits(middle, index * middleBits + wordBits + 32, nextBits);

  return {
    words,
    unigramProb,
    unigramBackoff,
    counts,
    forEachBigram(visit) {
      for (let word = 0; word < unigramCount; word += 1) {
        for (let entry = unigramNext[word] ?? 0; entry < (unigramNext[word + 1] ?? 0); entry += 1) {
          const base = entry * middleBits;
          const previous = readBits(middle, base, wordBits);
          const backoff = middleBackoffBins[readBits(middle, base + wordBits, 16)] ?? 0;
          const prob = middleProbBins[readBits(middle, base + wordBits + 16, 16)] ?? 0;
          visit(previous, word, prob, backoff);
        }
      }
    },
    forEachTrigram(visit) {
      for (let word = 0; word < unigramCount; word += 1) {
        for (let entry = unigramNext[word] ?? 0; entry < (unigramNext[word + 1] ?? 0); entry += 1) {
          const second = readBits(middle, entry * middleBits, wordBits);
          for (let leaf = middleNext(entry); leaf < middleNext(entry + 1); leaf += 1) {
            const base = leaf * longestBits;
            visit(readBits(longest, base, wordBits), second, word, longestProbBins[readBits(longest, base + wordBits, 16)] ?? 0);
          }
        }
      }
    },
  };
}
