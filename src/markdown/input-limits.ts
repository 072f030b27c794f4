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
 * - MAX_TABLE_CELLS: cells of GFM tables in a file, counted as the `|` of every line of a
 *   block that has a table's delimiter row (`| --- | --- |`), from the header row on. Each
 *   cell becomes elements to parse, sanitise, render and index, at about 0.2 ms apiece: a
 *   table of 150,000 cells in 800 KB took 25 s before the page was even built, and many
 *   small tables cost as much as one large one, so the count is per file. A table in an
 *   article has tens of cells, a large data table a few thousand.
 * - MAX_CLEANING_RECORD_BYTES: a cleaning record (`content/cleaning/*.json`) lists every
 *   change made to a seed of at most MAX_MARKDOWN_BYTES; a real one is a few kilobytes, and
 *   a seed whose record would pass this is refused by the content build, naming the seed.
 */

export const MAX_MARKDOWN_BYTES = 1_000_000;
export const MAX_MARKDOWN_LINES = 20_000;
export const MAX_MARKUP_PER_BLOCK = 1_000;
export const MAX_CONTAINER_PREFIX = 100;
export const MAX_HTML_TAGS = 1_000;
export const MAX_TABLE_CELLS = 10_000;
export const MAX_CLEANING_RECORD_BYTES = 48 * MAX_MARKDOWN_BYTES;

/** A limit a text breaks: where (1-based line, when one line is at fault) and what to do; `message` starts with "is" or "has". */
export interface LimitProblem {
  line?: number;
  message: string;
}

const MARKUP = /[*_~[\]`]/g;
/** The start of an HTML tag, comment or declaration. */
const HTML_TAG = /<[A-Za-z/!?]/g;
/**
 * A GFM table's delimiter row, after any container prefix: cells of dashes with optional
 * colons, parted by `|` (the caller also requires a `|`, so `---` alone is a rule).
 */
const TABLE_DELIMITER = /^[ \t>]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const PIPE = /\|/g;
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
  // Pipes of the block so far (before a delimiter row shows it is a table), of tables in the file.
  let blockPipes = 0;
  let inTable = false;
  let tableCells = 0;
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
      blockPipes = 0;
      inTable = false;
    } else {
      if (blockStart === 0) blockStart = lines;
      blockMarkup += line.match(MARKUP)?.length ?? 0;
      if (blockMarkup > MAX_MARKUP_PER_BLOCK) {
        return {
          line: blockStart,
          message: `has a block (from this line on) with more than ${MAX_MARKUP_PER_BLOCK.toLocaleString('en')} emphasis, link or code markers (* _ ~ [ ] \`); Markdown that dense takes the parser minutes. Split it, or escape the characters meant as text.`,
        };
      }
      const pipes = line.match(PIPE)?.length ?? 0;
      if (inTable) {
        tableCells += pipes;
      } else if (pipes > 0 && TABLE_DELIMITER.test(line)) {
        // The header row (and any line before it in the block) counts too.
        inTable = true;
        tableCells += blockPipes + pipes;
      } else {
        blockPipes += pipes;
      }
      if (tableCells > MAX_TABLE_CELLS) {
        return {
          line: lines,
          message: `has tables with more than ${MAX_TABLE_CELLS.toLocaleString('en')} cells in all (this line passes the limit); each cell costs the build time. A source is an article, not a data set: link to the data instead.`,
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
