/**
 * fast-check arbitraries for raw articles: not just random strings (which rarely have
 * paragraphs, headlines or debris) but text shaped like the seeds, with their damage.
 */
import fc from 'fast-check';

const WORDS = [
  'the', 'minister', 'said', 'on', 'Monday', 'US', 'Cyber', 'Command', 'Russia', 'talks', 'deal',
  'officials', 'report', 'it’s', 'isn’t', 'don\'t', '1,000', '3.5', 'war', 'Ukraine', 'a', 'of',
  'leave', 'reply', 'share', 'subscribe', 'Trump’s', 'Zelensky', 'café', 'naïve', '2025',
];

/** Damage the seeds carry between or inside words. */
const SEPARATORS = [
  ' ', ' ', ' ', ' ', '  ', '\t', '\u00A0', ' ,', ',', ' ,,,, ', ', ', ' .', ' ;', '\u200B', '\u202E', '\u2066', '\u2069',
  ' "', '" ', ' \'', '\' ', ' “', '” ', ' (', ') ', ' – ',
];

/** Whole lines a scraped page adds. */
const DEBRIS = [
  'Leave a Reply', 'Leave a comment', 'Your email address will not be published. Required fields are marked *',
  'Share this article', 'Share on Facebook', 'Subscribe to our newsletter', 'Advertisement', 'Read more:',
  'Related stories', 'Post Comment', 'Tweet', 'Copy link',
];

const word = fc.constantFrom(...WORDS);
const separator = fc.constantFrom(...SEPARATORS);

/** A run of words joined by (possibly damaged) separators, optionally ending a sentence. */
const sentence = fc
  .tuple(fc.array(fc.tuple(word, separator), { minLength: 0, maxLength: 12 }), word, fc.constantFrom('', '.', '?', '”', '."', ':', ' '))
  .map(([pairs, last, end]) => `${pairs.map(([w, s]) => w + s).join('')}${last}${end}`);

const line = fc.oneof(
  { weight: 6, arbitrary: sentence },
  { weight: 1, arbitrary: fc.constantFrom(...DEBRIS) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '\u200B') },
);

const lineEnding = fc.constantFrom('\n', '\n', '\n\n', '\r\n', '\r');

/** A raw article: lines (sometimes a doubled first line, as a doubled headline) with mixed line endings. */
export const rawArticle: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(line, lineEnding), { minLength: 1, maxLength: 10 }),
    fc.boolean(),
  )
  .map(([bom, lines, doubleFirst]) => {
    const parts = lines.map(([text, ending]) => text + ending);
    if (doubleFirst && parts[0] !== undefined) parts.unshift(parts[0]);
    return `${bom ? '\uFEFF' : ''}${parts.join('')}`;
  });

/** Words that are text whichever way they are combined (not debris on their own, no straight quotes). */
const CLEAN_WORDS = WORDS.filter((w) => !w.includes('\'') && w !== 'share' && w !== 'subscribe');

/** A word printed twice in a row is damage (the repeated-words pass removes it), not clean text. */
const noAdjacentRepeats = (words: readonly string[]) =>
  words.every((word, index) => index === 0 || word.toLowerCase() !== words[index - 1]?.toLowerCase());

/** Text of clean words only: one paragraph per line or blank-line separated, nothing to repair. */
export const cleanArticleText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.constantFrom(...CLEAN_WORDS), { minLength: 1, maxLength: 8 }).filter(noAdjacentRepeats),
    fc.array(
      fc.tuple(
        fc.array(fc.constantFrom(...CLEAN_WORDS), { minLength: 1, maxLength: 15 }).filter(noAdjacentRepeats),
        fc.constantFrom('.', '?', '!'),
        fc.boolean(),
      ),
      { minLength: 1, maxLength: 6 },
    )
    // Two identical paragraphs in a row are a scraping slip the cleaner rightly removes.
    .filter((paragraphs) => paragraphs.every((p, i) => i === 0 || p[0].join(' ') !== paragraphs[i - 1]?.[0].join(' '))),
    fc.constantFrom('\n', '\n\n'),
  )
  .map(([headline, paragraphs, separator]) =>
    [
      headline.join(' '),
      ...paragraphs.map(([words, end, quoted]) => {
        const text = `${words.join(' ')}${end}`;
        return quoted ? `He said: “${text}”` : text.charAt(0).toUpperCase() + text.slice(1);
      }),
    ].join(separator),
  );
