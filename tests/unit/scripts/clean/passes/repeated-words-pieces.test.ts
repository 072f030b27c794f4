/**
 * A long paragraph is read by retext in pieces (its parser is quadratic in a paragraph's
 * sentences), cut only where no repeated word can be parted: the repeats found are those
 * found reading the paragraph whole.
 */
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextRepeatedWords from 'retext-repeated-words';
import { describe, expect, it } from 'vitest';
import { PIECE_LENGTH, repeatedWordSpans } from '../../../../../scripts/clean/passes/remove-repeated-words.ts';
import { mulberry32 } from '../../../../../scripts/bench/random.ts';

const finder = retext().use(retextEnglish).use(retextRepeatedWords).freeze();

/** Where retext, reading the text whole, finds each repeat: [start, end) of the pair. */
function wholeRepeats(text: string): Array<[number, number]> {
  return finder
    .processSync(text)
    .messages.flatMap((message) => {
      const place = message.place;
      return place && 'start' in place && place.start.offset !== undefined && place.end.offset !== undefined ? [[place.start.offset, place.end.offset] as [number, number]] : [];
    })
    .sort((a, b) => a[0] - b[0]);
}

/** Words, repeats, marks that may and may not be cut after, abbreviations and elisions. */
const WORDS = ['the', 'the', 'The', 'said', 'and', 'and', ',', ';', ':', '!', '?', ')', '(', '”', '“', '"', '.', 'Mr.', 'U.S.', 'don’t', 'x-', 'e.g.', '1.'];

describe('repeatedWordSpans on a long paragraph', () => {
  it('finds, piece by piece, the repeats retext finds in the whole', () => {
    const random = mulberry32(11);
    for (let round = 0; round < 5; round += 1) {
      const parts: string[] = [];
      let length = 0;
      while (length < PIECE_LENGTH * 3) {
        const word = WORDS[Math.floor(random() * WORDS.length)]!;
        parts.push(word);
        length += word.length + 1;
      }
      const text = parts.join(' ').replace(/ ([,;:!?)”])/g, '$1');
      const found = repeatedWordSpans(text);
      // Each span removed is the space and second copy of a repeat retext finds in the whole text.
      const whole = wholeRepeats(text).filter(([start, end]) => !['in', 'on', 'is', 'to', 'it', 'so', 'do', 'was', 'very', 'by'].includes(text.slice(start, end).split(/\s/)[1]!.toLowerCase()));
      expect(found.map(([start]) => start)).toEqual(whole.map(([start, end]) => start + text.slice(start, end).search(/\s/)));
      expect(found.length).toBeGreaterThan(0);
    }
  }, 30_000); // retext parses five long paragraphs whole: seconds on a quiet machine, more on a busy one
});
