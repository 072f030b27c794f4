/**
 * Limits on Markdown checked before it is parsed. micromark (under remark and Astro) is
 * quadratic or worse on some inputs — cmark's "pathological" patterns: thousands of
 * emphasis or bracket openers in one paragraph, containers nested hundreds deep — and a few
 * tens of kilobytes of them take minutes, or overflow the stack. No real article comes near
 * these limits; the check is one linear pass, so refusing is cheap and the message can say
 * where the problem is.
 *
 * - MAX_MARKDOWN_BYTES: the largest source here is 4 KB and a long news article is under
 *   100 KB; 1 MB leaves room for anything real while cleaning (about 1 MB/s) and rendering
 *   one file stay around a second.
 * - MAX_MARKDOWN_LINES: a 1 MB article wrapped at 50 characters; 100,000 one-line
 *   headings would otherwise take tens of seconds to render and index.
 * - MAX_MARKUP_PER_BLOCK: emphasis, link and code markers (`* _ ~ [ ] \``) in one block of
 *   consecutive non-blank lines, where micromark matches openers against closers; a
 *   paragraph with ten citations uses about 20.
 * - MAX_CONTAINER_PREFIX: characters of block-quote markers, list markers and indentation
 *   in front of a line's text, which bound how deep containers nest.
 * - MAX_HTML_TAGS: raw HTML tags in a file; unclosed ones nest, and tens of thousands of
 *   nested elements overflow the stack of the HTML tree tools. Sources rarely hold any.
 */

export const MAX_MARKDOWN_BYTES = 1_000_000;
/** A cleaning record lists every change of a source of at most MAX_MARKDOWN_BYTES; this bounds it with room to spare. */
export const MAX_CLEANING_RECORD_BYTES = 16 * MAX_MARKDOWN_BYTES;
export const MAX_MARKDOWN_LINES = 20_000;
export const MAX_MARKUP_PER_BLOCK = 1_000;
export const MAX_CONTAINER_PREFIX = 100;
export const MAX_HTML_TAGS = 1_000;

/** A limit a text breaks: where (1-based line, when one line is at fault) and what to do; `message` starts with "is" or "has". */
export interface LimitProblem {
  line?: number;
  message: string;
}

const MARKUP = /[*_~[\]`]/g;
/** The start of an HTML tag, comment or declaration. */
const HTML_TAG = /<[A-Za-z/!?]/g;
/** Indentation, `>` and list markers (`-`, `*`, `+`, `1.`, `1)`) in front of a line's text. */
const CONTAINER_PREFIX = /^(?:[ \t>]|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/;

const bytes = (count: number) => `${(count / 1_000_000).toFixed(1)} MB`;

/**
 * The first limit `text` breaks, or undefined. `byteLength` is the size on disk when the
 * caller knows it (UTF-8 bytes, not UTF-16 units).
 */
export function markdownLimitProblem(text: string, byteLength: number = new TextEncoder().encode(text).length): LimitProblem | undefined {
  if (byteLength > MAX_MARKDOWN_BYTES) {
    return { message: `is ${bytes(byteLength)}; a file here may be at most ${bytes(MAX_MARKDOWN_BYTES)} (no article is anywhere near that; see CONTRIBUTING.md, "Limits").` };
  }
  let lines = 0;
  let blockStart = 0;
  let blockMarkup = 0;
  let htmlTags = 0;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    lines += 1;
    if (lines > MAX_MARKDOWN_LINES) {
      return { line: lines, message: `has more than ${MAX_MARKDOWN_LINES.toLocaleString('en')} lines; a file here may have at most that many (see CONTRIBUTING.md, "Limits").` };
    }
    if (line.trim() === '') {
      blockMarkup = 0;
      blockStart = 0;
    } else {
      if (blockStart === 0) blockStart = lines;
      blockMarkup += line.match(MARKUP)?.length ?? 0;
      if (blockMarkup > MAX_MARKUP_PER_BLOCK) {
        return {
          line: blockStart,
          message: `has a block (from this line on) with more than ${MAX_MARKUP_PER_BLOCK.toLocaleString('en')} emphasis, link or code markers (* _ ~ [ ] \`); Markdown that dense takes the parser minutes. Split it, or escape the characters meant as text.`,
        };
      }
      htmlTags += line.match(HTML_TAG)?.length ?? 0;
      if (htmlTags > MAX_HTML_TAGS) {
        return { line: lines, message: `has more than ${MAX_HTML_TAGS.toLocaleString('en')} raw HTML tags (this line passes the limit); write the text as Markdown.` };
      }
      const prefix = CONTAINER_PREFIX.exec(line)?.[0].length ?? 0;
      if (prefix > MAX_CONTAINER_PREFIX) {
        return {
          line: lines,
          message: `is indented or nested (quotes, lists) ${prefix} characters deep; at most ${MAX_CONTAINER_PREFIX} are allowed.`,
        };
      }
    }
    if (end === -1) break;
    start = end + 1;
  }
  return undefined;
}

/** Thrown by the Markdown processor for a file over the limits; the message names the file and line. */
export class MarkdownLimitError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, problem: LimitProblem) {
    super(`${problem.line === undefined ? file : `${file}:${problem.line}`}: ${problem.message}`);
    this.name = 'MarkdownLimitError';
    this.file = file;
    this.line = problem.line;
  }
}
