/**
 * unified parser: raw article text → a tree of paragraphs (see `tree.ts`).
 *
 * Raw articles come one paragraph per line, or with blank lines between paragraphs, or
 * hard-wrapped. A line is its own paragraph unless it continues the previous one: the
 * previous line has no closing punctuation and this one starts in lower case (a wrap).
 * Line endings (CRLF, lone CR, Unicode line and paragraph separators) and a leading
 * byte-order mark are read, not kept. A line of only invisible characters is blank.
 */
import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';

const CLOSES_SENTENCE = /[.!?:;"”’)\]]\s*$/u;
/** Characters that show nothing; a line of only these (and spaces) is blank. */
const INVISIBLE = /[\s\p{Cc}\p{Cf}]/gu;
const STARTS_LOWER_CASE = /^\s*\p{Ll}/u;

/** Splits raw text into paragraphs; each is the raw lines it was read from. */
export function splitRawParagraphs(raw: string): string[][] {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r\n|[\r\n\u2028\u2029]/);
  const paragraphs: string[][] = [];
  let previous: string[] | undefined;
  for (const line of lines) {
    if (line.replace(INVISIBLE, '') === '') {
      previous = undefined;
      continue;
    }
    const last = previous?.at(-1);
    if (previous && last !== undefined && !CLOSES_SENTENCE.test(last) && STARTS_LOWER_CASE.test(line)) {
      previous.push(line);
    } else {
      previous = [line];
      paragraphs.push(previous);
    }
  }
  return paragraphs;
}

export function parseArticleText(raw: string, file: VFile): Root {
  const rawParagraphs = splitRawParagraphs(raw);
  file.data.rawParagraphs = rawParagraphs.map((lines) => lines.join('\n'));
  file.data.changes = [];
  return {
    type: 'root',
    children: rawParagraphs.map(
      (lines, index): Paragraph => ({
        type: 'paragraph',
        // Wrapped lines are joined with a space; the whitespace pass tidies the rest.
        children: [{ type: 'text', value: lines.join(' ') }],
        data: { rawParagraph: index + 1 },
      }),
    ),
  };
}

const parseArticle: Plugin<[], string, Root> = function () {
  this.parser = (document, file) => parseArticleText(document, file);
};

export default parseArticle;
