/**
 * cmark's pathological Markdown through the site's real Markdown processor: at 30,000
 * repetitions each is refused before parsing, naming the file and line; the largest
 * instance the limits let through renders. The per-test timeouts are hang guards (micromark
 * takes minutes on some of these), not performance assertions.
 */
import { describe, expect, it } from 'vitest';
import { MAX_TABLE_CELLS, markdownLimitProblem, MarkdownLimitError } from '../../../../src/markdown/input-limits.ts';
import { PATHOLOGICAL_MARKDOWN } from '../../fixtures/bad-files/pathological-markdown.ts';
import { renderMarkdown, SOURCE_PATH } from '../../support/markdown.ts';

const REPETITIONS = 30_000;
const HANG_GUARD_MS = 10_000;

/** The largest repetition count whose text passes the limits (they only grow with the count). */
function largestAccepted(make: (repetitions: number) => string, most: number): number {
  let low = 0;
  let high = most;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (markdownLimitProblem(make(middle)) === undefined) low = middle;
    else high = middle - 1;
  }
  return low;
}

async function renderFailure(markdown: string): Promise<unknown> {
  try {
    await renderMarkdown(markdown, SOURCE_PATH);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe.each(PATHOLOGICAL_MARKDOWN)('pathological Markdown: $name', ({ make, repetitions: count = REPETITIONS }) => {
  it(`is refused at ${count.toLocaleString('en')} repetitions, naming the file (and line)`, async () => {
    const error = await renderFailure(make(count));
    expect(error).toBeInstanceOf(MarkdownLimitError);
    expect(String((error as Error).message)).toMatch(new RegExp(`^${SOURCE_PATH}(?::\\d+)?: `));
  }, HANG_GUARD_MS);

  it('renders the largest instance the limits accept', async () => {
    const repetitions = largestAccepted(make, count);
    expect(repetitions).toBeLessThan(count);
    const html = await renderMarkdown(make(repetitions), SOURCE_PATH);
    expect(html.length).toBeGreaterThan(0);
  }, HANG_GUARD_MS);
});

describe('GFM tables', () => {
  const COLUMNS = 4;
  /** A table of `rows` body rows: each of its lines holds COLUMNS + 1 pipes. */
  const table = (rows: number) => `|${' h |'.repeat(COLUMNS)}\n|${' - |'.repeat(COLUMNS)}\n${`|${' c |'.repeat(COLUMNS)}\n`.repeat(rows)}`;
  const pipesPerLine = COLUMNS + 1;
  /** Body rows of the largest table within the limit (header and delimiter rows count too). */
  const mostRows = Math.floor(MAX_TABLE_CELLS / pipesPerLine) - 2;

  it('accepts a table of up to MAX_TABLE_CELLS cells and refuses a row more, at that row’s line', async () => {
    expect(markdownLimitProblem(table(mostRows))).toBeUndefined();
    const problem = markdownLimitProblem(table(mostRows + 1));
    // Header, delimiter, then the rows: the last row is line mostRows + 3.
    expect(problem).toEqual({ line: mostRows + 3, message: expect.stringContaining(`more than ${MAX_TABLE_CELLS.toLocaleString('en')} cells`) });
    const error = await renderFailure(table(mostRows + 1));
    expect(error).toBeInstanceOf(MarkdownLimitError);
    expect((error as MarkdownLimitError).message).toMatch(new RegExp(`^${SOURCE_PATH}:${mostRows + 3}: `));
  }, HANG_GUARD_MS);

  it('counts every table of a file together', () => {
    // Small tables, one blank line apart: each is three lines and 3 × 5 pipes.
    const tables = Math.floor(MAX_TABLE_CELLS / (3 * pipesPerLine)) + 1;
    const problem = markdownLimitProblem(Array.from({ length: tables }, () => table(1)).join('\n'));
    // The last table's body row passes the limit; each table before it takes four lines.
    expect(problem?.line).toBe((tables - 1) * 4 + 3);
  });

  it('counts the pipes of tables only, not of prose', () => {
    const prose = 'a | b | c | d\n'.repeat(MAX_TABLE_CELLS);
    expect(Buffer.byteLength(prose)).toBeLessThan(1_000_000);
    expect(markdownLimitProblem(prose)).toBeUndefined();
  });

  it('counts a table inside a block quote', () => {
    const quoted = table(mostRows + 1)
      .split('\n')
      .map((line) => (line === '' ? line : `> ${line}`))
      .join('\n');
    expect(markdownLimitProblem(quoted)?.line).toBe(mostRows + 3);
  });
});

describe('U+0000 in Markdown (cmark’s case)', () => {
  it('renders with each NUL replaced, never passed into the page', async () => {
    const html = await renderMarkdown('abc\u0000de\u0000', SOURCE_PATH);
    expect(html).not.toContain('\u0000');
    expect(html).toContain('abc\uFFFDde\uFFFD');
  });
});
